package nl.hgk.ledger.events.escalation;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The open escalation was resolved at the given step: the case is de-escalated to regular coordination. */
@Revision("1")
public record EscalationResolved(UUID caseId, EscalationStep step) {
}
