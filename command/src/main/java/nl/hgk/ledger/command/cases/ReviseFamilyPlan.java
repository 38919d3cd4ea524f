package nl.hgk.ledger.command.cases;

import nl.hgk.ledger.access.CaseStep;

import java.util.UUID;
import nl.hgk.ledger.events.coordination.FamilyPlan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Replaces the plan by its next version; the reason travels as metadata.
 *
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record ReviseFamilyPlan(@TargetAggregateIdentifier UUID caseId, int planVersion, FamilyPlan plan,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {

    @Override
    public CaseStep caseStep() {
        return CaseStep.REVISE_FAMILY_PLAN;
    }
}
