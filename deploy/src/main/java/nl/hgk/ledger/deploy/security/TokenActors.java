package nl.hgk.ledger.deploy.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.audit.OrganisationType;
import nl.hgk.ledger.events.audit.Qualification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a verified bearer token, or the claims of a browser's sign-in with the identity provider
 * ({@link IdentityProviderUsers}), into the same user a demo user is ({@link LedgerUser}, carried as the authorities of
 * {@link SignedInUsers}), with the user's name as the authentication's name, because that is what the command side
 * records on every event. A token that does not name exactly one known role, an organisation and a user gets no
 * authority at all, nor does one whose region claim is present but not a known region code, so every rule under
 * {@code /api} refuses it (403): there is no default role, organisation or region to fall back on, since an event
 * must never be recorded under a guess and a scope must never be widened by one. A token without a region claim is
 * accepted: its user sees only the cases their organisation is involved in.
 */
final class TokenActors implements Converter<Jwt, AbstractAuthenticationToken> {

    private static final Logger log = LoggerFactory.getLogger(TokenActors.class);
    private static final int LONGEST_VALUE = 200;
    /** nobody signs in as the ledger itself */
    private static final Set<ActorRole> SIGN_IN_ROLES = EnumSet.complementOf(EnumSet.of(ActorRole.SYSTEM));

    private final JwtClaims claims;
    private final Set<String> regions;

    /** @param regions the Veilig Thuis region codes of the reference data: a token's region must be one of them */
    TokenActors(JwtClaims claims, Set<String> regions) {
        this.claims = claims;
        this.regions = Set.copyOf(regions);
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return new JwtAuthenticationToken(jwt, authoritiesOf(jwt.getClaims()), nameOf(jwt.getClaims()));
    }

    /**
     * The one mapping from an identity provider's claims to a ledger user, for a bearer token's claims and for the
     * claims of a browser's sign-in with the identity provider (its ID token and user info) alike.
     *
     * @return the authorities that carry the user ({@link SignedInUsers}), or none when the claims name no single
     *         known role, organisation and user, or a region that is no Veilig Thuis region
     */
    List<GrantedAuthority> authoritiesOf(Map<String, Object> all) {
        String user = text(claim(all, claims.usernameClaim()));
        String organisation = text(claim(all, claims.organisationClaim()));
        Set<ActorRole> roles = roles(claim(all, claims.roleClaim()));
        Object regionClaim = claim(all, claims.regionClaim());
        String region = text(regionClaim);
        String name = nameOf(all);
        if (regionClaim != null && (region == null || !regions.contains(region))) {
            // a region the ledger does not know is a mistake in the identity provider, not a smaller scope to guess at
            log.warn("token of '{}' refused: its claim '{}' is not a Veilig Thuis region code", name,
                    claims.regionClaim());
            return List.of();
        }
        if (user == null || organisation == null || roles.size() != 1) {
            // one role only: an event records the one role the user acted in, and two would make it a guess
            log.warn("token of '{}' refused: it needs the claims '{}' (one of {}; found {}), '{}' and '{}'",
                    name, claims.roleClaim(), SIGN_IN_ROLES, roles, claims.organisationClaim(),
                    claims.usernameClaim());
            return List.of();
        }
        Object typeClaim = claim(all, claims.organisationTypeClaim());
        Optional<OrganisationType> organisationType = organisationType(text(typeClaim));
        String municipality = text(claim(all, claims.municipalityClaim()));
        Object qualificationsClaim = claim(all, claims.qualificationsClaim());
        Optional<Set<Qualification>> qualifications = qualifications(qualificationsClaim);
        if ((typeClaim != null && organisationType.isEmpty()) || qualifications.isEmpty()) {
            // a type or power the ledger does not know would decide which steps someone takes: refused, not guessed
            log.warn("token of '{}' refused: its claim '{}' or '{}' names no organisation type or qualification the "
                    + "ledger knows", name, claims.organisationTypeClaim(), claims.qualificationsClaim());
            return List.of();
        }
        try {
            return SignedInUsers.authoritiesOf(new LedgerUser(user, roles.iterator().next(), organisation, region,
                    organisationType.orElse(null), municipality, qualifications.get()));
        } catch (IllegalArgumentException inconsistent) {
            // a mayor's office without its municipality, a municipality code that is none
            log.warn("token of '{}' refused: {}", name, inconsistent.getMessage());
            return List.of();
        }
    }

    /** the user's name as the events record it: the username claim, or the subject when there is none */
    String nameOf(Map<String, Object> all) {
        String user = text(claim(all, claims.usernameClaim()));
        return user != null ? user : String.valueOf(all.get(JwtClaimNames.SUB));
    }

    private static Object claim(Map<String, Object> all, String name) {
        if (all.containsKey(name)) {
            return all.get(name);
        }
        Object current = all;
        for (String step : name.split("\\.")) {
            if (!(current instanceof Map<?, ?> nested)) {
                return null;
            }
            current = nested.get(step);
        }
        return current;
    }

    private static Optional<OrganisationType> organisationType(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (OrganisationType type : OrganisationType.values()) {
            if (type.name().equals(value.toUpperCase(Locale.ROOT))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** @return the qualifications named; empty when one of them is unknown */
    private static Optional<Set<Qualification>> qualifications(Object claim) {
        Collection<?> values = claim instanceof Collection<?> many ? many : claim == null ? List.of() : List.of(claim);
        Set<Qualification> qualifications = EnumSet.noneOf(Qualification.class);
        for (Object value : values) {
            String named = String.valueOf(value).strip().toUpperCase(Locale.ROOT);
            Optional<Qualification> known = Arrays.stream(Qualification.values())
                    .filter(qualification -> qualification.name().equals(named)).findFirst();
            if (known.isEmpty()) {
                return Optional.empty();
            }
            qualifications.add(known.get());
        }
        return Optional.of(qualifications);
    }

    /** Roles that are not an {@link ActorRole} (Keycloak's {@code offline_access}, {@code default-roles-…}) are ignored. */
    private static Set<ActorRole> roles(Object claim) {
        Collection<?> values = claim instanceof Collection<?> many ? many : claim == null ? List.of() : List.of(claim);
        Set<ActorRole> roles = EnumSet.noneOf(ActorRole.class);
        for (Object value : values) {
            for (ActorRole role : SIGN_IN_ROLES) {
                if (role.name().equals(String.valueOf(value).strip().toUpperCase(Locale.ROOT))) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    /** A single, non-blank text of sensible length; anything else (a list, an object, a blank) counts as absent. */
    private static String text(Object claim) {
        if (claim instanceof Collection<?> one && one.size() == 1) {
            claim = one.iterator().next();
        }
        if (!(claim instanceof String value) || value.isBlank() || value.strip().length() > LONGEST_VALUE
                || value.chars().anyMatch(Character::isISOControl)) {
            return null;
        }
        return value.strip();
    }
}
