package nl.hgk.ledger.command.cases;

import nl.hgk.ledger.access.CaseStep;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Resolves the open escalation.
 *
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record ResolveEscalation(@TargetAggregateIdentifier UUID caseId,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {

    @Override
    public CaseStep caseStep() {
        return CaseStep.RESOLVE_ESCALATION;
    }
}
