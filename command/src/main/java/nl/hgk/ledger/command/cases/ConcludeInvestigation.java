package nl.hgk.ledger.command.cases;

import nl.hgk.ledger.access.CaseStep;

import java.util.UUID;
import nl.hgk.ledger.events.triage.InvestigationConclusion;
import nl.hgk.ledger.events.triage.SafetyCode;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Concludes the running investigation, with the safety code determined on its findings when Veilig Thuis determined
 * it then ("op basis van al deze informatie wordt de code bepaald", seed 000 §3.3); without one, the code is still to
 * be determined, and must be before a coordinator is appointed.
 *
 * @param code            the code determined on the findings, also when it confirms the code of triage; absent when
 *                        it is still to be determined
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record ConcludeInvestigation(@TargetAggregateIdentifier UUID caseId, InvestigationConclusion conclusion,
        SafetyCode code, @TargetAggregateVersion Long expectedVersion) implements CaseCommand {

    /** a conclusion after which the code is still to be determined */
    public ConcludeInvestigation(UUID caseId, InvestigationConclusion conclusion, Long expectedVersion) {
        this(caseId, conclusion, null, expectedVersion);
    }

    @Override
    public CaseStep caseStep() {
        return CaseStep.CONCLUDE_INVESTIGATION;
    }
}
