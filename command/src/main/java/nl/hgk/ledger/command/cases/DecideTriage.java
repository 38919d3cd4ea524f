package nl.hgk.ledger.command.cases;

import nl.hgk.ledger.access.CaseStep;

import java.util.UUID;
import nl.hgk.ledger.events.triage.TriageOutcome;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records where triage sends the follow-up of the reports received since the last triage.
 *
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record DecideTriage(@TargetAggregateIdentifier UUID caseId, TriageOutcome outcome,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {

    @Override
    public CaseStep caseStep() {
        return CaseStep.DECIDE_TRIAGE;
    }
}
