package nl.hgk.ledger.events.escalation;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * At escalation step 5 the municipal official or alderman decided, orally; the decision must be confirmed in writing
 * within 24 hours of {@code decidedAt}.
 *
 * @param decision what was decided, about the help and the parties, not about a person's private life
 */
@Revision("1")
public record AdministrativeDecisionTaken(UUID caseId, UUID decisionId, Instant decidedAt, String decision) {
}
