package nl.hgk.ledger.deploy.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;

import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.access.SignedInUser;
import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.audit.OrganisationType;
import nl.hgk.ledger.events.audit.Qualification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in user as the ledger knows them ({@link LedgerUser}), and the authorities by which Spring Security
 * carries one from sign-in to the request: {@code ROLE_<ActorRole>}, which the endpoint rules read,
 * {@code ORGANISATION_<organisation>} and, when they have them, {@code REGION_<Veilig Thuis region>},
 * {@code ORGANISATION_TYPE_<type>}, {@code MUNICIPALITY_<GM code>} and {@code QUALIFICATION_<qualification>}. Written here for
 * a demo user and a bearer token alike, and read back here only: the command and the query side ask for the
 * {@link SignedInUser}, never for an authority.
 */
@Component
class SignedInUsers implements SignedInUser {

    private static final String ROLE = "ROLE_";
    private static final String ORGANISATION = "ORGANISATION_";
    private static final String REGION = "REGION_";
    private static final String ORGANISATION_TYPE = "ORGANISATION_TYPE_";
    private static final String MUNICIPALITY = "MUNICIPALITY_";
    private static final String QUALIFICATION = "QUALIFICATION_";

    /**
     * @return the authorities that carry {@code user}
     * @throws IllegalArgumentException for the ledger's own role: nobody signs in as the ledger
     */
    static List<GrantedAuthority> authoritiesOf(LedgerUser user) {
        if (user.role() == ActorRole.SYSTEM) {
            throw new IllegalArgumentException("nobody signs in as the ledger itself (" + user.name() + ")");
        }
        List<GrantedAuthority> authorities = new ArrayList<>(List.of(
                new SimpleGrantedAuthority(ROLE + user.role().name()),
                new SimpleGrantedAuthority(ORGANISATION + user.organisation())));
        if (user.region() != null) {
            authorities.add(new SimpleGrantedAuthority(REGION + user.region()));
        }
        if (user.organisationType() != null) {
            authorities.add(new SimpleGrantedAuthority(ORGANISATION_TYPE + user.organisationType().name()));
        }
        if (user.municipality() != null) {
            authorities.add(new SimpleGrantedAuthority(MUNICIPALITY + user.municipality()));
        }
        user.qualifications().forEach(qualification ->
                authorities.add(new SimpleGrantedAuthority(QUALIFICATION + qualification.name())));
        return authorities;
    }

    @Override
    public LedgerUser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AccessDeniedException("nobody signed in");
        }
        return userOf(authentication);
    }

    /**
     * @throws AccessDeniedException when the authentication does not carry exactly one ledger role and an
     *                               organisation: there is no default to act under
     */
    static LedgerUser userOf(Authentication authentication) {
        List<ActorRole> roles = new ArrayList<>();
        String organisation = null;
        String region = null;
        OrganisationType organisationType = null;
        String municipality = null;
        Set<Qualification> qualifications = EnumSet.noneOf(Qualification.class);
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            String authority = granted.getAuthority();
            // ORGANISATION_TYPE_ before ORGANISATION_, whose prefix it shares
            if (authority.startsWith(ORGANISATION_TYPE)) {
                organisationType = OrganisationType.valueOf(authority.substring(ORGANISATION_TYPE.length()));
            } else if (authority.startsWith(MUNICIPALITY)) {
                municipality = authority.substring(MUNICIPALITY.length());
            } else if (authority.startsWith(QUALIFICATION)) {
                qualifications.add(Qualification.valueOf(authority.substring(QUALIFICATION.length())));
            } else if (authority.startsWith(ROLE)) {
                signInRole(authority.substring(ROLE.length())).ifPresent(roles::add);
            } else if (authority.startsWith(ORGANISATION)) {
                organisation = authority.substring(ORGANISATION.length());
            } else if (authority.startsWith(REGION)) {
                region = authority.substring(REGION.length());
            }
        }
        if (roles.size() != 1 || organisation == null) {
            throw new AccessDeniedException("user " + authentication.getName()
                    + " has no single ledger role and organisation to act in");
        }
        return new LedgerUser(authentication.getName(), roles.get(0), organisation, region, organisationType,
                municipality, qualifications);
    }

    /** Spring's own roles ({@code ROLE_ANONYMOUS}) are none of the ledger's; the ledger's own role is no sign-in's. */
    private static Optional<ActorRole> signInRole(String name) {
        for (ActorRole role : ActorRole.values()) {
            if (role != ActorRole.SYSTEM && role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
