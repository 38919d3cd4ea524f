package nl.hgk.ledger.access;

import java.util.Objects;

/**
 * The cases someone may do one action to, as the access policy decides it ({@link AccessPolicy#reach}): every case, or
 * those of one Veilig Thuis region and those one organisation is involved in, or none. One answer serves both a check
 * of one case ({@link #contains}) and a query that selects many (a list must count and page only what the reader may
 * see, in the database): the query applies {@link #region()} and {@link #organisation()}, the policy chose them.
 *
 * @param everyCase    whether every case is reached, wherever it lies
 * @param region       the region whose cases are reached; absent for none
 * @param organisation the organisation whose cases (those it is involved in) are reached; absent for none
 */
public record ReachableCases(boolean everyCase, String region, String organisation) {

    /** no case at all */
    public static final ReachableCases NONE = new ReachableCases(false, null, null);
    /** every case, wherever it lies */
    public static final ReachableCases EVERY_CASE = new ReachableCases(true, null, null);

    /** @return the cases of {@code region} (absent: none) and those {@code organisation} is involved in (absent: none) */
    public static ReachableCases of(String region, String organisation) {
        return new ReachableCases(false, region, organisation);
    }

    /** @return whether a case of {@code scope} is among them */
    public boolean contains(CaseScope scope) {
        Objects.requireNonNull(scope, "scope");
        return everyCase || (region != null && region.equals(scope.region()))
                || (organisation != null && scope.organisations().contains(organisation));
    }
}
