package nl.hgk.ledger.command.cases;

import nl.hgk.ledger.access.CaseStep;

import java.util.UUID;
import nl.hgk.ledger.events.coordination.Coordinator;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Links the family's coordinator.
 *
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record AppointCoordinator(@TargetAggregateIdentifier UUID caseId, Coordinator coordinator,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {

    @Override
    public CaseStep caseStep() {
        return CaseStep.APPOINT_COORDINATOR;
    }
}
