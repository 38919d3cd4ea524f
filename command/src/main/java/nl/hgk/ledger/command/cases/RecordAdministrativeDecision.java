package nl.hgk.ledger.command.cases;

import nl.hgk.ledger.access.CaseStep;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records the oral decision of the municipality at escalation step 5; its written confirmation is due 24 hours after
 * {@code decidedAt}.
 *
 * @param decisionId      chosen by the caller, to confirm the decision later
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record RecordAdministrativeDecision(@TargetAggregateIdentifier UUID caseId, UUID decisionId,
        Instant decidedAt, String decision, @TargetAggregateVersion Long expectedVersion) implements CaseCommand {

    @Override
    public CaseStep caseStep() {
        return CaseStep.RECORD_ADMINISTRATIVE_DECISION;
    }
}
