package nl.hgk.ledger.events.escalation;

import java.util.UUID;

import nl.hgk.ledger.events.coordination.Coordinator;
import org.axonframework.serialization.Revision;

/**
 * The process director decided that coordination returns to one of the parties (seed 000 B2 §5.2.5: "zo snel als
 * mogelijk"): the escalation is over, its process director's temporary takeover ends, and {@code coordinator}
 * coordinates the case from now on (the party is involved in it).
 *
 * @param previousCoordinator the coordinator before the escalation; may be the same professional; absent for a case
 *                            escalated before escalations needed a coordinator
 */
@Revision("1")
public record CoordinationReturned(UUID caseId, Coordinator coordinator, Coordinator previousCoordinator) {
}
