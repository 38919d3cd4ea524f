package nl.hgk.ledger.command.cases;

import java.util.UUID;

import nl.hgk.ledger.access.CaseStep;
import nl.hgk.ledger.events.coordination.Coordinator;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The process director decides that coordination returns to a party (seed 000 B2 §5.2.5), which ends step 4.
 *
 * @param coordinator     who coordinates from now on: the coordinator of before, or another party's professional
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record ReturnCoordination(@TargetAggregateIdentifier UUID caseId, Coordinator coordinator,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {

    @Override
    public CaseStep caseStep() {
        return CaseStep.RETURN_COORDINATION;
    }
}
