package nl.hgk.ledger.command.cases;

import java.util.UUID;

import nl.hgk.ledger.access.CaseStep;
import nl.hgk.ledger.events.careavoidance.ActionPlanApproach;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The Meldpunt records the action plan it drew up after a care avoidance, and the approach it chose.
 *
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record DrawUpActionPlan(@TargetAggregateIdentifier UUID caseId, ActionPlanApproach approach,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {

    @Override
    public CaseStep caseStep() {
        return CaseStep.DRAW_UP_ACTION_PLAN;
    }
}
