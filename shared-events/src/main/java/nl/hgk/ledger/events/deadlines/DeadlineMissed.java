package nl.hgk.ledger.events.deadlines;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * A time limit of the case passed without being met. Recorded by the ledger itself (the system is the actor).
 *
 * @param dueAt the moment the limit ran out
 */
@Revision("1")
public record DeadlineMissed(UUID caseId, TimeLimit limit, Instant dueAt) {
}
