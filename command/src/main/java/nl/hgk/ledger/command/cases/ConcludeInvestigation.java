package nl.hgk.ledger.command.cases;

import nl.hgk.ledger.access.CaseStep;

import java.util.UUID;
import nl.hgk.ledger.events.triage.InvestigationConclusion;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Concludes the running investigation.
 *
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record ConcludeInvestigation(@TargetAggregateIdentifier UUID caseId, InvestigationConclusion conclusion,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {

    @Override
    public CaseStep caseStep() {
        return CaseStep.CONCLUDE_INVESTIGATION;
    }
}
