package nl.hgk.ledger.events.coordination;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * The family plan was evaluated for one of its evaluation dates. A changed plan is a revision of its own; an
 * evaluation may also leave the plan as it is.
 *
 * @param planVersion    the plan version that was evaluated
 * @param evaluationDate the evaluation date of the plan this evaluation was for
 */
@Revision("1")
public record FamilyPlanEvaluated(UUID caseId, int planVersion, LocalDate evaluationDate) {
}
