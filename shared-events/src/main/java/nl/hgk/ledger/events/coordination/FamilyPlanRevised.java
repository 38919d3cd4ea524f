package nl.hgk.ledger.events.coordination;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A new version of the family plan replaced the previous one; the reason is in the event's metadata. */
@Revision("1")
public record FamilyPlanRevised(UUID caseId, int planVersion, FamilyPlan plan) {
}
