package nl.hgk.ledger.deploy.security;

import java.util.Collection;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who signed in to the browser interface with the identity provider (OIDC authorization code): the claims of the ID
 * token and of the user info endpoint, when the registration names one, become the ledger user through the same
 * mapping as a bearer token's claims ({@link TokenActors}), so a person has the same role, organisation and region
 * whether their browser or their integration signs in. Claims that name no single role and organisation give no
 * authority, and every rule under {@code /api} then refuses the session (403).
 */
final class IdentityProviderUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService oidc = new OidcUserService();
    private final TokenActors actors;

    IdentityProviderUsers(TokenActors actors) {
        this.actors = actors;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = oidc.loadUser(request);
        Map<String, Object> claims = user.getClaims();
        return new LedgerOidcUser(actors.authoritiesOf(claims), user.getIdToken(), user.getUserInfo(),
                actors.nameOf(claims));
    }

    /**
     * The identity provider's user under the name the ledger records (the username claim), which the session keeps:
     * a named class, not an anonymous one, because a servlet container may write its sessions to disk.
     */
    static final class LedgerOidcUser extends DefaultOidcUser {

        private static final long serialVersionUID = 1L;

        private final String name;

        LedgerOidcUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo,
                       String name) {
            super(authorities, idToken, userInfo, IdTokenClaimNames.SUB);
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean equals(Object other) {
            return super.equals(other) && name.equals(((LedgerOidcUser) other).name);
        }

        @Override
        public int hashCode() {
            return 31 * super.hashCode() + name.hashCode();
        }
    }
}
