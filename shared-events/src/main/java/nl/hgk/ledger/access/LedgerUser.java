package nl.hgk.ledger.access;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.audit.OrganisationType;
import nl.hgk.ledger.events.audit.Qualification;

/**
 * Someone who acts on the ledger or reads it: a person signed in, or the ledger itself ({@link #SYSTEM}). Whatever way
 * someone signed in (a demo user, a bearer token), this is all the ledger knows of them, and all it decides on.
 *
 * @param name             the user's name, recorded on every event they cause
 * @param role             the one role they act in
 * @param organisation     the organisation they act for
 * @param region           their own Veilig Thuis region (CBS code, {@code VT24}); {@code null} for someone whose work is
 *                         not tied to one, who then reaches only the cases their organisation is involved in
 * @param organisationType the type of that organisation: which steps of a case they may take ({@link Capacities});
 *                         {@code null} for an organisation that takes none (an inspectorate, the ledger's own
 *                         administration), whose people may still report
 * @param municipality     the municipality (CBS code, {@code GM0546}) a mayor's office or a municipality acts for;
 *                         {@code null} for every other organisation
 * @param qualifications   powers the user holds personally (a hulpofficier van justitie); empty for none
 */
public record LedgerUser(String name, ActorRole role, String organisation, String region,
                         OrganisationType organisationType, String municipality,
                         Set<Qualification> qualifications) {

    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("GM\\d{4}");

    /** the ledger itself, acting when a time limit passes or a retention period ends; nobody signs in as it */
    public static final LedgerUser SYSTEM = new LedgerUser("system", ActorRole.SYSTEM, "hgk-ledger", null, null, null,
            Set.of());

    public LedgerUser {
        // an event must never be recorded under a guess, nor a scope widened by one: no defaults
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a user has a name");
        }
        Objects.requireNonNull(role, "a user acts in a role");
        if (organisation == null || organisation.isBlank()) {
            throw new IllegalArgumentException("user " + name + " acts for no organisation");
        }
        if (region != null && region.isBlank()) {
            throw new IllegalArgumentException("user " + name + " has a blank region");
        }
        if (municipality != null && !MUNICIPALITY_CODE.matcher(municipality).matches()) {
            throw new IllegalArgumentException("user " + name + " has municipality '" + municipality
                    + "', which is no CBS municipality code (GM0546)");
        }
        boolean servesAMunicipality = organisationType == OrganisationType.MAYOR
                || organisationType == OrganisationType.MUNICIPALITY;
        if (servesAMunicipality != (municipality != null)) {
            throw new IllegalArgumentException("user " + name + " of a " + organisationType + " organisation "
                    + (servesAMunicipality ? "needs" : "has no") + " municipality");
        }
        qualifications = qualifications == null || qualifications.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(qualifications));
    }

    /**
     * @return whether this user acts for {@code organisation} in a case, where a step belongs to one party of it (its
     *         coordinator, its process director): the ledger itself, acting on its own rules, acts for every party
     */
    public boolean actsFor(String organisation) {
        return role == ActorRole.SYSTEM || this.organisation.equals(organisation);
    }

    /**
     * @return whether this user acts for the municipality (CBS code) of a case's household, where a step belongs to it
     *         (its decision at escalation step 5); the ledger itself acts for every party
     */
    public boolean actsForMunicipality(String municipality) {
        return role == ActorRole.SYSTEM || (this.municipality != null && this.municipality.equals(municipality));
    }

    /** a user of an organisation that serves no one municipality, and holds no personal powers */
    public LedgerUser(String name, ActorRole role, String organisation, String region,
                      OrganisationType organisationType) {
        this(name, role, organisation, region, organisationType, null, Set.of());
    }
}
