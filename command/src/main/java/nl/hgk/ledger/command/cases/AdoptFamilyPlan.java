package nl.hgk.ledger.command.cases;

import nl.hgk.ledger.access.CaseStep;

import java.util.UUID;
import nl.hgk.ledger.events.coordination.FamilyPlan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Adopts the first version of the family plan.
 *
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record AdoptFamilyPlan(@TargetAggregateIdentifier UUID caseId, FamilyPlan plan,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {

    @Override
    public CaseStep caseStep() {
        return CaseStep.ADOPT_FAMILY_PLAN;
    }
}
