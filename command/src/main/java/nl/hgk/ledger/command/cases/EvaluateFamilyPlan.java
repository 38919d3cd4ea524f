package nl.hgk.ledger.command.cases;

import nl.hgk.ledger.access.CaseStep;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records that the family plan was evaluated for one of its evaluation dates.
 *
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record EvaluateFamilyPlan(@TargetAggregateIdentifier UUID caseId, LocalDate evaluationDate,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {

    @Override
    public CaseStep caseStep() {
        return CaseStep.EVALUATE_FAMILY_PLAN;
    }
}
