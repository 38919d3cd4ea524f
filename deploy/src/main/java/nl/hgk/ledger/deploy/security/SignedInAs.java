package nl.hgk.ledger.deploy.security;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.hgk.ledger.access.Capacities;
import nl.hgk.ledger.access.CaseStep;
import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.audit.OrganisationType;
import nl.hgk.ledger.events.audit.Qualification;

/**
 * Who someone is in the ledger, as the browser interface shows it: the same name, role, organisation, region, type of
 * organisation, municipality and qualifications that every event they record carries, whichever way they signed in;
 * and the steps of a case they may take ({@link Capacities#stepsOf}), so that the interface offers those and never
 * restates the table.
 *
 * @param region           absent for a user whose work is tied to no Veilig Thuis region
 * @param organisationType absent for an organisation that takes no step of a case
 * @param municipality     the municipality a mayor's office or a municipality acts for; absent for every other
 */
@Schema(description = "A user of the ledger: name, role, organisation, Veilig Thuis region (absent when none), the "
        + "type of the organisation (absent when it takes no step of a case), the municipality a mayor's office or "
        + "municipality acts for, personal powers, and the steps of a case the user may take")
record SignedInAs(String username, ActorRole role, String organisation, String region,
                  OrganisationType organisationType, String municipality,
                  @Schema(description = "powers held personally, such as a hulpofficier van justitie's")
                  List<Qualification> qualifications,
                  @Schema(description = "the steps of a case this user may take, in the capacity of their organisation "
                          + "and their role; in a given case the case may still refuse one that belongs to another "
                          + "party (its coordinator, its process director)")
                  List<CaseStep> steps) {

    static SignedInAs of(LedgerUser user) {
        return new SignedInAs(user.name(), user.role(), user.organisation(), user.region(), user.organisationType(),
                user.municipality(), user.qualifications().stream().sorted().toList(),
                List.copyOf(Capacities.stepsOf(user)));
    }

    static SignedInAs of(DemoUsers.DemoUser user) {
        return of(user.asLedgerUser());
    }
}
