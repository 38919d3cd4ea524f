package nl.hgk.ledger.deploy.security;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.events.audit.ActorRole;

/**
 * Who someone is in the ledger, as the browser interface shows it: the same name, role, organisation and region that
 * every event they record carries, whichever way they signed in.
 *
 * @param region absent for a user whose work is tied to no Veilig Thuis region
 */
@Schema(description = "A user of the ledger: name, role, organisation and Veilig Thuis region (absent when none)")
record SignedInAs(String username, ActorRole role, String organisation, String region) {

    static SignedInAs of(LedgerUser user) {
        return new SignedInAs(user.name(), user.role(), user.organisation(), user.region());
    }

    static SignedInAs of(DemoUsers.DemoUser user) {
        return new SignedInAs(user.username(), user.role(), user.organisation(), user.region());
    }
}
