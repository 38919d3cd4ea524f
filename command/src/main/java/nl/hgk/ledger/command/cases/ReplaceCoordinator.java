package nl.hgk.ledger.command.cases;

import nl.hgk.ledger.access.CaseStep;

import java.util.UUID;
import nl.hgk.ledger.events.coordination.Coordinator;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Reassigns coordination; the reason travels as metadata.
 *
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record ReplaceCoordinator(@TargetAggregateIdentifier UUID caseId, Coordinator coordinator,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {

    @Override
    public CaseStep caseStep() {
        return CaseStep.REPLACE_COORDINATOR;
    }
}
