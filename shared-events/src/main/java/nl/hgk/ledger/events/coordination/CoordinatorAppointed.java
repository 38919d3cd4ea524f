package nl.hgk.ledger.events.coordination;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A coordinator was linked to the family: their one fixed contact. */
@Revision("1")
public record CoordinatorAppointed(UUID caseId, Coordinator coordinator) {
}
