package nl.hgk.ledger.access;

import java.util.Objects;
import java.util.Set;

import nl.hgk.ledger.reference.Municipalities;
import nl.hgk.ledger.reference.MunicipalityCode;

/**
 * Where a case lies and who has a part in it: what decides who reaches it. The command side keeps its own record of
 * it, the query side reads it off the view or the event store; both make it here, so that they cannot disagree.
 *
 * @param region        the Veilig Thuis region of the household's municipality; {@value #UNKNOWN_REGION} for a
 *                      municipality the reference data does not know, which lies in nobody's region
 * @param organisations the organisations involved in the case (see
 *                      {@link nl.hgk.ledger.events.audit.InvolvedOrganisations})
 */
public record CaseScope(String region, Set<String> organisations) {

    /** the region of a municipality missing from the reference data: no user's region is ever this */
    public static final String UNKNOWN_REGION = "UNKNOWN";

    public CaseScope {
        Objects.requireNonNull(region, "a case lies in a region, or in " + UNKNOWN_REGION);
        organisations = organisations == null ? Set.of() : Set.copyOf(organisations);
    }

    /** @return the scope of a case about a household in {@code municipality} */
    public static CaseScope of(MunicipalityCode municipality, Set<String> organisations) {
        return new CaseScope(regionOf(municipality), organisations);
    }

    /** @return the Veilig Thuis region of a case's municipality; {@value #UNKNOWN_REGION} when it is not known */
    public static String regionOf(MunicipalityCode municipality) {
        return municipality == null ? UNKNOWN_REGION
                : Municipalities.load().regionOf(municipality).orElse(UNKNOWN_REGION);
    }
}
