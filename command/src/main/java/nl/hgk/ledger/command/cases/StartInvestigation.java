package nl.hgk.ledger.command.cases;

import nl.hgk.ledger.access.CaseStep;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Starts Veilig Thuis's own investigation, once triage decided on it.
 *
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record StartInvestigation(@TargetAggregateIdentifier UUID caseId,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {

    @Override
    public CaseStep caseStep() {
        return CaseStep.START_INVESTIGATION;
    }
}
