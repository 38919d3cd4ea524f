package nl.hgk.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The browser interface's sign-in with the organisation's identity provider, as production has it: no demo users, the
 * identity provider required, and an OIDC client registration ({@code hgk}) beside the bearer tokens. The browser is
 * sent to the identity provider with a PKCE challenge (S256), comes back with a code, and the ledger exchanges it (with
 * the verifier, which the fake identity provider checks) for an ID token whose claims become the session's user by the
 * same mapping as a bearer token's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hgk.embedded-postgres.data-directory=", "hgk.demo-users=",
                "hgk.security.identity-provider-required=true",
                "server.servlet.session.cookie.same-site=lax",
                "spring.security.oauth2.client.registration.hgk.provider=hgk",
                "spring.security.oauth2.client.registration.hgk.client-id=" + FakeIdentityProvider.CLIENT_ID,
                "spring.security.oauth2.client.registration.hgk.client-secret=" + FakeIdentityProvider.CLIENT_SECRET,
                "spring.security.oauth2.client.registration.hgk.authorization-grant-type=authorization_code",
                "spring.security.oauth2.client.registration.hgk.scope=openid",
                "spring.security.oauth2.client.registration.hgk.redirect-uri="
                        + "{baseUrl}/login/oauth2/code/{registrationId}"})
class IdentityProviderSignInTest {

    private static final FakeIdentityProvider IDENTITY_PROVIDER = new FakeIdentityProvider();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry properties) {
        String base = IDENTITY_PROVIDER.base();
        properties.add("spring.security.oauth2.client.provider.hgk.authorization-uri", () -> base + "/authorize");
        properties.add("spring.security.oauth2.client.provider.hgk.token-uri", () -> base + "/token");
        properties.add("spring.security.oauth2.client.provider.hgk.jwk-set-uri", () -> base + "/jwks");
        properties.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> base + "/jwks");
    }

    @AfterAll
    static void stop() {
        IDENTITY_PROVIDER.stop();
    }

    @Test
    void theBrowserIsSentToTheIdentityProviderWithAPkceChallenge() {
        LedgerClient.Answer answer = new Browser(port).get("/oauth2/authorization/hgk");

        assertThat(answer.status()).isEqualTo(302);
        URI authorization = URI.create(answer.raw().headers().firstValue("Location").orElseThrow());
        assertThat(authorization.toString()).startsWith(IDENTITY_PROVIDER.base() + "/authorize?");
        Map<String, String> parameters = FakeIdentityProvider.query(authorization.getRawQuery());
        assertThat(parameters).containsEntry("response_type", "code")
                .containsEntry("client_id", FakeIdentityProvider.CLIENT_ID)
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("redirect_uri", "http://localhost:" + port + "/login/oauth2/code/hgk")
                .containsKeys("state", "nonce");
        assertThat(parameters.get("scope")).contains("openid");
        assertThat(parameters.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void aBrowserSignedInByTheIdentityProviderActsAsItsClaimsSay() throws Exception {
        Browser browser = new Browser(port);
        LedgerClient.Answer back = signIn(browser, claims("j.jansen", "veilig-thuis-zhz", "CASE_WORKER", "VT24"));

        assertThat(back.status()).isEqualTo(302);
        assertThat(back.raw().headers().firstValue("Location")).hasValue("http://localhost:" + port + "/");
        assertThat(Browser.setCookie(back, Browser.SESSION)).contains("HttpOnly").contains("Secure")
                .contains("SameSite=Lax");
        LedgerClient.Answer me = browser.get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("username")).isEqualTo("j.jansen");
        assertThat(me.text("role")).isEqualTo("CASE_WORKER");
        assertThat(me.text("organisation")).isEqualTo("veilig-thuis-zhz");
        assertThat(me.text("region")).isEqualTo("VT24");
        assertThat(me.text("organisationType")).as("from the claim organisation_type").isEqualTo("VEILIG_THUIS");
        assertThat(me.body().path("steps")).extracting(JsonNode::asText).contains("ASSIGN_CODE", "DECIDE_TRIAGE")
                .doesNotContain("IMPOSE_HUISVERBOD", "HOLD_CARE_MEETING");

        long before = StoredEvents.count(jdbc);
        assertThat(browser.post("/api/reports", Requests.report("2615 ID", "1"), Map.of()).status())
                .as("without the CSRF header").isEqualTo(403);
        assertThat(StoredEvents.count(jdbc)).isEqualTo(before);
        LedgerClient.Answer report = browser.post("/api/reports", Requests.report("2615 ID", "1"));
        assertThat(report.status()).as("%s", report.body()).isEqualTo(201);
        assertThat(StoredEvents.metadataOfFirstEvent(jdbc, report.text("caseId")))
                .isEqualTo(LedgerClient.JSON.readTree(
                "{\"user\":\"j.jansen\",\"organisation\":\"veilig-thuis-zhz\",\"role\":\"CASE_WORKER\","
                        + "\"organisationType\":\"VEILIG_THUIS\"}"));
    }

    @Test
    void claimsWithoutALedgerRoleGiveASessionThatIsRefusedEverywhere() {
        Browser browser = new Browser(port);
        signIn(browser, claims("k.klaassen", "veilig-thuis-zhz", "offline_access", "VT24"));
        long before = StoredEvents.count(jdbc);

        assertThat(browser.get("/api/me").status()).isEqualTo(403);
        LedgerClient.Answer report = browser.post("/api/reports", Requests.report("2615 ID", "2"));
        assertThat(report.status()).isEqualTo(403);
        assertThat(report.text("type")).isEqualTo("urn:hgk-ledger:problem:forbidden");
        assertThat(StoredEvents.count(jdbc)).isEqualTo(before);
    }

    @Test
    void withoutDemoUsersThereIsNoPasswordSignInAndTheOptionsSaySo() {
        Browser browser = new Browser(port);
        LedgerClient.Answer options = browser.get("/api/sign-in-options");
        assertThat(options.status()).isEqualTo(200);
        assertThat(options.body().path("demoUsers").isArray()).isTrue();
        assertThat(options.body().path("demoUsers")).isEmpty();
        assertThat(options.body().path("identityProvider").path("signInUrl").asText())
                .isEqualTo("/oauth2/authorization/hgk");

        LedgerClient.Answer answer = browser.post("/api/session",
                Map.of("username", "casemanager", "password", "demo"));
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.raw().headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.text("type")).isEqualTo("urn:hgk-ledger:problem:not-found");
        assertThat(browser.cookie(Browser.SESSION)).isNull();
    }

    /** the whole round: to the identity provider, signed in there, and back to the ledger's callback */
    private LedgerClient.Answer signIn(Browser browser, Map<String, Object> claims) {
        LedgerClient.Answer start = browser.get("/oauth2/authorization/hgk");
        URI authorization = URI.create(start.raw().headers().firstValue("Location").orElseThrow());
        URI callback = URI.create(IDENTITY_PROVIDER.signIn(authorization, claims));
        return browser.get(callback.getRawPath() + "?" + callback.getRawQuery());
    }

    /** the claims of a Keycloak ID token with the mappers of docs/sign-in.md, of someone of Veilig Thuis */
    private static Map<String, Object> claims(String user, String organisation, String role, String region) {
        return Map.of("preferred_username", user, "organisation", organisation, "region", region,
                "organisation_type", "VEILIG_THUIS",
                "realm_access", Map.of("roles", List.of(role, "default-roles-hgk")));
    }
}
