package nl.hgk.ledger.command.cases;

import nl.hgk.ledger.access.CaseStep;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records that an administrative decision was confirmed in writing.
 *
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record ConfirmAdministrativeDecision(@TargetAggregateIdentifier UUID caseId, UUID decisionId,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {

    @Override
    public CaseStep caseStep() {
        return CaseStep.CONFIRM_ADMINISTRATIVE_DECISION;
    }
}
