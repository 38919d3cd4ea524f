package nl.hgk.ledger.events.coordination;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/** Coordination was reassigned to another professional; the reason is in the event's metadata. */
@Revision("1")
public record CoordinatorReplaced(UUID caseId, Coordinator previous, Coordinator next) {
}
