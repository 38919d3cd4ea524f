package nl.hgk.ledger.access;

/**
 * Who may do what to which case: the one place the ledger decides it (the table is in {@code docs/access.md}). The
 * role decides what someone may do to a case at all; the scope decides to which cases. A case lies in someone's
 * scope when it lies in their own Veilig Thuis region, or when their organisation is involved in it.
 * <p>
 * The command side asks it for every command where commands are handled, the query side for every read of a case.
 * Which endpoints a role may use at all is decided before, over HTTP ({@code SecurityConfiguration}); this decides
 * for every caller, also one that comes not over HTTP. A case the policy refuses is answered exactly like a case that
 * does not exist: whoever asks must not learn from the answer that it does.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    /** @return whether {@code user} may do {@code action} to the case of {@code scope} */
    public static boolean permits(LedgerUser user, CaseAction action, CaseScope scope) {
        return reach(user, action).contains(scope);
    }

    /**
     * @return the cases {@code user} may do {@code action} to: what {@link #permits} decides for one case, for a
     *         query that selects many (a list of cases)
     */
    public static ReachableCases reach(LedgerUser user, CaseAction action) {
        ReachableCases inScope = ReachableCases.of(user.region(), user.organisation());
        ReachableCases ownRegion = ReachableCases.of(user.region(), null);
        return switch (user.role()) {
            case CASE_WORKER, COORDINATOR -> switch (action) {
                // reporting is open: a report opens or joins a case anywhere, and involves the reporter from then on
                case REPORT -> ReachableCases.EVERY_CASE;
                case CHANGE, READ_FAMILY_PLAN, READ_HISTORY -> inScope;
                case ERASE_PERSON -> ReachableCases.NONE;
            };
            // supervision is by region: an inspector reads the histories of their own region's cases, nothing else
            case INSPECTOR -> action == CaseAction.READ_HISTORY ? ownRegion : ReachableCases.NONE;
            // the functionaris gegevensbescherming erases a person's data where their organisation may; reads none
            case PRIVACY_OFFICER -> action == CaseAction.ERASE_PERSON ? inScope : ReachableCases.NONE;
            // the ledger itself ends a huisverbod, records a missed time limit, erases at the end of retention,
            // wherever the case lies; it reports nothing and reads nothing
            case SYSTEM -> action == CaseAction.CHANGE ? ReachableCases.EVERY_CASE : ReachableCases.NONE;
            // figures only, and the state of the views only: nothing of a case
            case ANALYST, ADMINISTRATOR -> ReachableCases.NONE;
        };
    }
}
