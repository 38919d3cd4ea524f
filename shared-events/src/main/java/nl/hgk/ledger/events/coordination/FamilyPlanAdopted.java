package nl.hgk.ledger.events.coordination;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * The first version of the family plan was adopted; {@code planVersion} is always 1.
 * <p>
 * Revision 2: each consent names who answered and whether the plan was signed ({@link Consent}); revision 1 is read
 * through {@link ConsentUpcaster}.
 */
@Revision("2")
public record FamilyPlanAdopted(UUID caseId, int planVersion, FamilyPlan plan) {
}
