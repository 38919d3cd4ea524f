package nl.hgk.ledger.command.cases;

import java.util.UUID;

import nl.hgk.ledger.access.CaseStep;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The process director escalates to the manager of the Meldpunt, who consults the client's municipality: step 5 as
 * seed 000 B2 §5.2.4 writes it.
 *
 * @param bottleneck      the bottleneck, about the help and the parties, not a person's private life
 * @param advice          the process director's advice on a definitive approach
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record EscalateToMeldpuntManager(@TargetAggregateIdentifier UUID caseId, String bottleneck, String advice,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {

    @Override
    public CaseStep caseStep() {
        return CaseStep.ESCALATE_TO_MELDPUNT_MANAGER;
    }
}
