package nl.hgk.ledger.events.deadlines;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * A time limit of the case started to run, or its due moment moved (a later {@code TimeLimitSet} with the same limit
 * and subject replaces the earlier one, as when a huisverbod is extended or a task gets another due date). Recorded
 * so that everyone reads the same due moment, instead of each view computing its own.
 *
 * @param subject what the limit is about when a case can have several of the kind (a task id, an evaluation date,
 *                an administrative decision id); absent for limits a case has at most one of
 * @param dueAt   the moment the limit runs out
 */
@Revision("1")
public record TimeLimitSet(UUID caseId, TimeLimit limit, String subject, Instant dueAt) {
}
