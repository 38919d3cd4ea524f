package nl.hgk.ledger.events.deadlines;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * A time limit of the case stopped running: it was met (in time or late), no longer applies, or (a huisverbod) its
 * term ended. A limit that passed unmet stays running, overdue, until it is cleared.
 *
 * @param subject as in {@link TimeLimitSet}
 * @param dueAt   the due moment the limit had
 */
@Revision("1")
public record TimeLimitCleared(UUID caseId, TimeLimit limit, String subject, Instant dueAt,
                               TimeLimitOutcome outcome) {
}
