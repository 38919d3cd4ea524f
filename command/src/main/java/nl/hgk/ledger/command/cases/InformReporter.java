package nl.hgk.ledger.command.cases;

import nl.hgk.ledger.access.CaseStep;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records that the reporter of a report was told what was done with it.
 *
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record InformReporter(@TargetAggregateIdentifier UUID caseId, UUID reportId,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand, AllowedOnClosedCase {

    @Override
    public CaseStep caseStep() {
        return CaseStep.INFORM_REPORTER;
    }
}
