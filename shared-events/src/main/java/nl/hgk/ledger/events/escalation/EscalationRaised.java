package nl.hgk.ledger.events.escalation;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * The case was escalated to a step of the escalation model.
 *
 * @param previousStep  the step the case was at; absent when no escalation was open
 * @param urgencyReason why steps were skipped; present only when the step is more than one above the previous
 */
@Revision("1")
public record EscalationRaised(UUID caseId, EscalationStep step, EscalationStep previousStep, String urgencyReason) {
}
