package nl.hgk.ledger;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Where the identity provider is required (the production profile), the ledger does not start without one, nor with
 * demo users beside it: a misconfigured production is stopped at start-up, not found out by its users.
 */
class ProductionSignInTest {

    @Test
    void withoutAnIdentityProviderTheLedgerDoesNotStart() {
        assertThatThrownBy(() -> start("hgk.demo-users="))
                .hasStackTraceContaining("identity provider only, and none is configured");
    }

    @Test
    void withDemoUsersBesideTheIdentityProviderTheLedgerDoesNotStart() {
        // the default profile's demo users stay configured
        assertThatThrownBy(() -> start(
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=https://keycloak.example/realms/hgk/certs"))
                .hasStackTraceContaining("identity provider only, and demo users are configured");
    }

    private static void start(String property) {
        new SpringApplicationBuilder(HgkLedgerApplication.class)
                .properties("hgk.security.identity-provider-required=true", "hgk.embedded-postgres.data-directory=",
                        "server.port=0", property)
                .run().close();
    }
}
