package nl.hgk.ledger.events.coordination;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * Coordination was reassigned to another professional, or to or from the family; the reason is in the event's
 * metadata.
 *
 * <p>Revision 2 added the coordinators' {@code personId}; revision 1 events are read with absent ones by
 * {@link CoordinatorUpcaster}: professionals coordinated.
 */
@Revision("2")
public record CoordinatorReplaced(UUID caseId, Coordinator previous, Coordinator next) {
}
