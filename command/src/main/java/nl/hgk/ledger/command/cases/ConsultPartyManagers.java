package nl.hgk.ledger.command.cases;

import java.util.UUID;

import nl.hgk.ledger.access.CaseStep;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The process director consults the managers of the parties directly (seed 000 B2 §5.2.4): back to step 3's level.
 * What was agreed is the reason, which is required.
 *
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record ConsultPartyManagers(@TargetAggregateIdentifier UUID caseId,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {

    @Override
    public CaseStep caseStep() {
        return CaseStep.CONSULT_PARTY_MANAGERS;
    }
}
