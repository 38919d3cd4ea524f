package nl.hgk.ledger.events.coordination;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * A new version of the family plan replaced the previous one; the reason is in the event's metadata.
 * <p>
 * Revision 2: each consent names who answered and whether the plan was signed ({@link Consent}); revision 1 is read
 * through {@link ConsentUpcaster}.
 */
@Revision("2")
public record FamilyPlanRevised(UUID caseId, int planVersion, FamilyPlan plan) {
}
