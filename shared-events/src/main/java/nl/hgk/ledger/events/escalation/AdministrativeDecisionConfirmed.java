package nl.hgk.ledger.events.escalation;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The oral administrative decision was confirmed in writing; when is the event's own moment. */
@Revision("1")
public record AdministrativeDecisionConfirmed(UUID caseId, UUID decisionId) {
}
