package nl.hgk.ledger.access;

/**
 * The user of the request being answered. The launcher knows how people sign in (demo users, bearer tokens) and
 * implements this; the command and the query side ask it, and never read how a sign-in carries the user.
 */
public interface SignedInUser {

    /**
     * @return who signed in
     * @throws RuntimeException refused as {@code 403}, when nobody signed in or someone without one ledger role and an
     *                          organisation
     */
    LedgerUser current();
}
