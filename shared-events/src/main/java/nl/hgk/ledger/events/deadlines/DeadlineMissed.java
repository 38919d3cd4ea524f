package nl.hgk.ledger.events.deadlines;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * A time limit of the case passed without being met. Recorded by the ledger itself (the system is the actor). The
 * limit keeps running, overdue, until it is met or withdrawn ({@link TimeLimitCleared}).
 *
 * <p>Revision 2 added {@code subject}; revision 1 events (limits a case has one of) are read with an absent subject
 * by {@link DeadlineMissedUpcaster}.
 *
 * @param subject as in {@link TimeLimitSet}
 * @param dueAt   the moment the limit ran out
 */
@Revision("2")
public record DeadlineMissed(UUID caseId, TimeLimit limit, String subject, Instant dueAt) {
}
