package nl.hgk.ledger.events.escalation;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * In a severe situation, or when a care meeting was not expected to help, the process director consulted the managers
 * of the parties directly to realise the care (seed 000 B2 §5.2.4). The case is back at step 3's level
 * ({@link EscalationStep#MANAGEMENT}): the managers of the parties carry the stagnation again, and the process
 * director's temporary takeover ends with this decision, so that the coordinator again raises the case to step 4 (a
 * process director appointed anew within 2 working days) when that does not help. What was agreed is the reason in the
 * event's metadata.
 */
@Revision("1")
public record PartyManagersConsulted(UUID caseId) {
}
