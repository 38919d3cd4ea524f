package nl.hgk.ledger.events.coordination;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * A coordinator was linked to the family: their one fixed contact.
 *
 * <p>Revision 2 added the coordinator's {@code personId} (a parent who coordinates); revision 1 events are read with
 * an absent one by {@link CoordinatorUpcaster}: a professional coordinated.
 */
@Revision("2")
public record CoordinatorAppointed(UUID caseId, Coordinator coordinator) {
}
