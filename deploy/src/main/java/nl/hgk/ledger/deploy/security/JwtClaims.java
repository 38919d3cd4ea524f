package nl.hgk.ledger.deploy.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where a bearer token carries who signed in ({@code hgk.security.jwt.*}). The defaults suit Keycloak: realm roles in
 * {@code realm_access.roles}, the organisation from a user attribute mapped to the claim {@code organisation}, the
 * user by {@code preferred_username}, the user's own Veilig Thuis region ({@code VT24}) from a user attribute mapped
 * to the claim {@code region}; the organisation's type ({@code LOCAL_TEAM}), the municipality a mayor's office or
 * municipality acts for ({@code GM0546}) and personal powers ({@code AUXILIARY_PROSECUTOR}) from attributes mapped to
 * {@code organisation_type}, {@code municipality} and {@code qualifications}. A dotted name is a path into nested claims unless a claim has that exact name.
 */
@ConfigurationProperties("hgk.security.jwt")
record JwtClaims(@DefaultValue("realm_access.roles") String roleClaim,
                 @DefaultValue("organisation") String organisationClaim,
                 @DefaultValue("preferred_username") String usernameClaim,
                 @DefaultValue("region") String regionClaim,
                 @DefaultValue("organisation_type") String organisationTypeClaim,
                 @DefaultValue("municipality") String municipalityClaim,
                 @DefaultValue("qualifications") String qualificationsClaim) {
}
