package nl.hgk.ledger.events.coordination;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The first version of the family plan was adopted; {@code planVersion} is always 1. */
@Revision("1")
public record FamilyPlanAdopted(UUID caseId, int planVersion, FamilyPlan plan) {
}
