package nl.hgk.ledger.command.cases;

import nl.hgk.ledger.access.CaseStep;

import java.util.UUID;
import nl.hgk.ledger.events.triage.SafetyCode;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Assigns or changes the safety code after triage.
 *
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record AssignCode(@TargetAggregateIdentifier UUID caseId, SafetyCode code,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {

    @Override
    public CaseStep caseStep() {
        return CaseStep.ASSIGN_CODE;
    }
}
