package nl.hgk.ledger.query.familyplan;

import java.util.Objects;
import java.util.UUID;

/**
 * Asks for the family plan view of one case. Answered with a {@link FamilyPlanView}, or with nothing while the case
 * is not in the view; as a subscription query, every later change of the case is sent as an update.
 */
public record FindFamilyPlan(UUID caseId) {

    public FindFamilyPlan {
        Objects.requireNonNull(caseId, "caseId");
    }
}
