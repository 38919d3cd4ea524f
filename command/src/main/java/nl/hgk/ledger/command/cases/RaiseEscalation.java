package nl.hgk.ledger.command.cases;

import java.util.UUID;
import nl.hgk.ledger.events.escalation.EscalationStep;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Escalates the case to a step; skipping a step needs an urgency reason.
 *
 * @param urgentConference only for step 2: the case conference is urgent and must be held within 2 working days
 * @param expectedVersion  the case version the user saw; a stale one is refused, absent skips the check
 */
public record RaiseEscalation(@TargetAggregateIdentifier UUID caseId, EscalationStep step, String urgencyReason,
        boolean urgentConference, @TargetAggregateVersion Long expectedVersion) {

    /** An escalation without an urgent case conference. */
    public RaiseEscalation(UUID caseId, EscalationStep step, String urgencyReason, Long expectedVersion) {
        this(caseId, step, urgencyReason, false, expectedVersion);
    }
}
