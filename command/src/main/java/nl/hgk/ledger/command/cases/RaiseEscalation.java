package nl.hgk.ledger.command.cases;

import nl.hgk.ledger.access.CaseStep;

import java.util.UUID;
import nl.hgk.ledger.events.escalation.EscalationStep;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Escalates the case to a step; skipping a step needs an urgency reason.
 *
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record RaiseEscalation(@TargetAggregateIdentifier UUID caseId, EscalationStep step, String urgencyReason,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {

    @Override
    public CaseStep caseStep() {
        return CaseStep.RAISE_ESCALATION;
    }
}
