package nl.hgk.ledger.deploy.security;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the browser interface's sign-in page may offer: the DEMO users of the embedded default (never their
 * passwords), and the identity provider's sign-in when one is configured.
 *
 * @param identityProvider null when no identity provider sign-in is configured
 */
@Schema(description = "The ways to sign in to the browser interface here")
record SignInOptions(List<SignedInAs> demoUsers,
                     @JsonInclude(JsonInclude.Include.ALWAYS) IdentityProvider identityProvider) {

    /** @param signInUrl where the browser goes (a full page navigation) to sign in with the identity provider */
    record IdentityProvider(String signInUrl) {
    }
}
