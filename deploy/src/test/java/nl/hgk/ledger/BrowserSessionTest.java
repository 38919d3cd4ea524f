package nl.hgk.ledger;

import static nl.hgk.ledger.Requests.ANALYST;
import static nl.hgk.ledger.Requests.CASE_WORKER;
import static nl.hgk.ledger.Requests.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The browser interface's session (backend for frontend), through HTTP as a browser uses it: signing in with a demo
 * user's password sets an HttpOnly, Secure, SameSite session cookie with a new id; every state-changing request of the
 * session needs the CSRF header, signing in too; signing out ends the session; a request with an Authorization header
 * is signed in by the header alone and sets no cookie; the session's user has exactly the rules and the audit of the
 * same user over Basic. The interface's page is answered on its routes, with its own Content-Security-Policy. The
 * static files come from a stand-in under another path than {@code static/} (the real interface, when on the class
 * path, comes first and is not shadowed).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hgk.embedded-postgres.data-directory=",
                "spring.web.resources.static-locations=classpath:/static/,classpath:/interface-for-tests/",
                "hgk.security.session.failed-sign-in-delay=700ms"})
class BrowserSessionTest {

    private static final String PROBLEMS = "urn:hgk-ledger:problem:";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void signingInSetsAnHttpOnlySecureStrictSessionCookieWithANewIdAndTheUserIsKnown() {
        Browser browser = new Browser(port);
        LedgerClient.Answer options = browser.get("/api/sign-in-options");
        assertThat(Browser.setCookie(options, Browser.XSRF)).as("the CSRF token for the page's script")
                .contains("Secure").contains("SameSite=Strict").contains("Path=/").doesNotContain("HttpOnly");
        assertThat(Browser.setCookie(options, Browser.SESSION)).as("no session before signing in").isNull();

        LedgerClient.Answer signedIn = browser.post("/api/session",
                Map.of("username", CASE_WORKER, "password", "demo"));

        assertThat(signedIn.status()).as("%s", signedIn.body()).isEqualTo(200);
        JsonNode withoutLists = ((ObjectNode) signedIn.body().deepCopy()).without(List.of("steps", "qualifications"));
        assertThat(withoutLists)
                .isEqualTo(LedgerClient.JSON.valueToTree(Map.of("username", CASE_WORKER, "role", "CASE_WORKER",
                        "organisation", "veilig-thuis-zhz", "region", "VT24", "organisationType", "VEILIG_THUIS")));
        assertThat(signedIn.body().path("steps")).extracting(JsonNode::asText).contains("ASSIGN_CODE")
                .doesNotContain("IMPOSE_HUISVERBOD");
        assertThat(Browser.setCookie(signedIn, Browser.SESSION)).contains("HttpOnly").contains("Secure")
                .contains("SameSite=Strict").contains("Path=/");
        String first = browser.cookie(Browser.SESSION);
        LedgerClient.Answer me = browser.get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("username")).isEqualTo(CASE_WORKER);
        assertThat(me.raw().headers().allValues("Set-Cookie")).as("a known session gets no new cookie").isEmpty();

        // signing in again in the same browser (a session fixed beforehand, by an attacker say) gives a new id
        LedgerClient.Answer again = browser.post("/api/session", Map.of("username", COORDINATOR, "password", "demo"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(browser.cookie(Browser.SESSION)).isNotNull().isNotEqualTo(first);
        assertThat(browser.get("/api/me").text("username")).isEqualTo(COORDINATOR);
        Browser fixed = new Browser(port);
        fixed.setCookie(Browser.SESSION, first);
        assertThat(fixed.get("/api/me").status()).as("the id from before signing in").isEqualTo(401);
    }

    @Test
    void aCommandOfTheSessionNeedsTheCsrfHeaderAndIsRecordedUnderTheSessionsUser() throws Exception {
        Browser browser = new Browser(port);
        assertThat(browser.signIn(CASE_WORKER, "demo").status()).isEqualTo(200);
        long before = StoredEvents.count(jdbc);

        LedgerClient.Answer forged = browser.post("/api/reports", Requests.report("2614 SE", "1"), Map.of());
        LedgerClient.Answer wrongToken = browser.post("/api/reports", Requests.report("2614 SE", "1"),
                Map.of("X-XSRF-TOKEN", "not-the-token"));

        for (LedgerClient.Answer refused : new LedgerClient.Answer[] {forged, wrongToken}) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.raw().headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(refused.text("type")).isEqualTo(PROBLEMS + "csrf");
        }
        assertThat(StoredEvents.count(jdbc)).isEqualTo(before);

        LedgerClient.Answer report = browser.post("/api/reports", Requests.report("2614 SE", "1"));
        assertThat(report.status()).as("%s", report.body()).isEqualTo(201);
        assertThat(StoredEvents.metadataOfFirstEvent(jdbc, report.text("caseId")))
                .isEqualTo(LedgerClient.JSON.readTree(
                "{\"user\":\"casemanager\",\"organisation\":\"veilig-thuis-zhz\",\"role\":\"CASE_WORKER\","
                        + "\"organisationType\":\"VEILIG_THUIS\"}"));

        // a read of the case by the session is in the access log under the session's user, as over Basic
        assertThat(browser.get("/api/family-plans/" + report.text("caseId") + "?minVersion=1").status())
                .isEqualTo(200);
        assertThat(jdbc.queryForList("select user_name || ' ' || role || ' ' || organisation || ' ' || user_region "
                + "from access_log where case_id = ?::uuid", String.class, report.text("caseId")))
                .containsExactly("casemanager CASE_WORKER veilig-thuis-zhz VT24");
    }

    @Test
    void signingOutEndsTheSessionAndClearsItsCookie() {
        Browser browser = new Browser(port);
        browser.signIn(CASE_WORKER, "demo");
        String session = browser.cookie(Browser.SESSION);

        assertThat(browser.send("DELETE", "/api/session", null, Map.of()).status()).as("without the CSRF header")
                .isEqualTo(403);
        assertThat(browser.get("/api/me").status()).isEqualTo(200);
        LedgerClient.Answer out = browser.delete("/api/session");

        assertThat(out.status()).isEqualTo(204);
        assertThat(Browser.setCookie(out, Browser.SESSION)).contains("Max-Age=0");
        assertThat(browser.cookie(Browser.SESSION)).isNull();
        Browser stale = new Browser(port);
        stale.setCookie(Browser.SESSION, session);
        LedgerClient.Answer me = stale.get("/api/me", Map.of("X-Requested-With", "XMLHttpRequest"));
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.text("type")).isEqualTo(PROBLEMS + "unauthenticated");
        assertThat(me.raw().headers().allValues("WWW-Authenticate")).as("no password dialog over the page")
                .noneMatch(challenge -> challenge.startsWith("Basic"));
        assertThat(me.raw().headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameSlow401() {
        Browser browser = new Browser(port);
        browser.get("/api/sign-in-options");
        for (Map<String, String> wrong : List.of(
                Map.of("username", CASE_WORKER, "password", "not-demo"),
                Map.of("username", "nobody-of-that-name", "password", "demo"))) {
            long started = System.nanoTime();
            LedgerClient.Answer answer = browser.post("/api/session", wrong);
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.raw().headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(answer.text("type")).isEqualTo(PROBLEMS + "sign-in-failed");
            assertThat(answer.text("detail")).isEqualTo("The user name or the password is wrong");
            assertThat(millis).as("answered after the delay").isGreaterThanOrEqualTo(700);
            assertThat(Browser.setCookie(answer, Browser.SESSION)).isNull();
        }
        assertThat(browser.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void signingInWithoutTheCsrfTokenIsRefused() {
        Browser browser = new Browser(port);
        // a page of another site posting the attacker's own password, to sign the victim in as the attacker
        LedgerClient.Answer answer = browser.post("/api/session", Map.of("username", CASE_WORKER, "password", "demo"),
                Map.of());

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.text("type")).isEqualTo(PROBLEMS + "csrf");
        assertThat(browser.cookie(Browser.SESSION)).isNull();
    }

    @Test
    void anAuthorizationHeaderBesideASessionDecidesWhoItIsAndNeedsNoCsrfToken() {
        Browser browser = new Browser(port);
        browser.signIn(CASE_WORKER, "demo");
        long before = StoredEvents.count(jdbc);

        LedgerClient.Answer analyst = browser.post("/api/reports", Requests.report("2614 SE", "2"), basic(ANALYST));
        assertThat(analyst.status()).isEqualTo(403);
        assertThat(analyst.text("type")).isEqualTo(PROBLEMS + "forbidden");
        assertThat(StoredEvents.count(jdbc)).isEqualTo(before);
        assertThat(browser.get("/api/me", basic(ANALYST)).text("username")).isEqualTo(ANALYST);

        LedgerClient.Answer coordinator = browser.post("/api/reports", Requests.report("2614 SE", "3"),
                basic(COORDINATOR));
        assertThat(coordinator.status()).isEqualTo(201);
        assertThat(jdbc.queryForObject("select convert_from(meta_data, 'UTF8')::json->>'user' from domain_event_entry "
                        + "where aggregate_identifier = ? and sequence_number = 0", String.class,
                coordinator.text("caseId"))).isEqualTo(COORDINATOR);
        assertThat(analyst.raw().headers().allValues("Set-Cookie")).isEmpty();
        assertThat(coordinator.raw().headers().allValues("Set-Cookie")).isEmpty();
        assertThat(browser.post("/api/session", Map.of("username", CASE_WORKER, "password", "demo"),
                basic(CASE_WORKER)).status()).as("no session for a request with a header").isEqualTo(400);
    }

    @Test
    void anAnalystsSessionGivesNoCommandsAsOverBasic() {
        Browser browser = new Browser(port);
        assertThat(browser.signIn(ANALYST, "demo").text("role")).isEqualTo("ANALYST");
        long before = StoredEvents.count(jdbc);

        LedgerClient.Answer answer = browser.post("/api/reports", Requests.report("2614 SE", "4"));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.text("type")).isEqualTo(PROBLEMS + "forbidden");
        assertThat(StoredEvents.count(jdbc)).isEqualTo(before);
        assertThat(browser.get("/api/views").status()).isEqualTo(403);
    }

    @Test
    void theSignInOptionsListTheDemoUsersWithoutPasswords() {
        LedgerClient.Answer options = new Browser(port).get("/api/sign-in-options");

        assertThat(options.status()).isEqualTo(200);
        assertThat(options.body().path("demoUsers").findValuesAsText("username"))
                .contains(CASE_WORKER, COORDINATOR, ANALYST, "beheerder", "fg");
        JsonNode first = options.body().path("demoUsers").get(0);
        assertThat(first.path("username").asText()).isEqualTo(CASE_WORKER);
        assertThat(first.path("organisation").asText()).isEqualTo("veilig-thuis-zhz");
        assertThat(first.path("organisationType").asText()).isEqualTo("VEILIG_THUIS");
        JsonNode mayor = user(options.body().path("demoUsers"), "burgemeester");
        assertThat(mayor.path("organisationType").asText()).isEqualTo("MAYOR");
        assertThat(mayor.path("municipality").asText()).isEqualTo("GM0505");
        assertThat(user(options.body().path("demoUsers"), "hulpofficier").path("qualifications"))
                .extracting(JsonNode::asText).containsExactly("AUXILIARY_PROSECUTOR");
        assertThat(options.raw().body()).doesNotContainIgnoringCase("password").doesNotContain("demo\"");
        assertThat(options.body().has("identityProvider")).isTrue();
        assertThat(options.body().get("identityProvider").isNull()).as("no identity provider configured").isTrue();
    }

    @Test
    void theInterfacesRoutesAnswerItsPageWithItsOwnPolicy() {
        Browser browser = new Browser(port);
        LedgerClient.Answer page = browser.get("/index.html");
        assertThat(page.status()).isEqualTo(200);

        for (String route : new String[] {"/werkvoorraad", "/dossier/3f1c", "/cijfers/2026", "/aanmelden"}) {
            LedgerClient.Answer answer = browser.get(route, Map.of("Accept", "text/html,application/xhtml+xml"));
            assertThat(answer.status()).as(route).isEqualTo(200);
            assertThat(answer.raw().body()).as(route).isEqualTo(page.raw().body());
            assertThat(answer.raw().headers().firstValue("Content-Security-Policy")).as(route)
                    .hasValue(INTERFACE_POLICY);
            assertThat(answer.raw().headers().firstValue("Cache-Control")).as(route).hasValueSatisfying(
                    cache -> assertThat(cache).contains("no-store"));
        }
        assertThat(page.raw().headers().firstValue("Content-Security-Policy")).hasValue(INTERFACE_POLICY);
        assertThat(page.raw().headers().firstValue("Cache-Control")).hasValueSatisfying(
                cache -> assertThat(cache).contains("no-store"));

        LedgerClient.Answer asset = browser.get("/assets/test-only-1a2b3c.js");
        assertThat(asset.status()).isEqualTo(200);
        assertThat(asset.raw().headers().firstValue("Cache-Control"))
                .hasValue("max-age=31536000, public, immutable");
        assertThat(asset.raw().headers().firstValue("Content-Security-Policy")).hasValue(INTERFACE_POLICY);

        LedgerClient.Answer json = browser.get("/werkvoorraad", Map.of("Accept", "application/json"));
        assertThat(json.status()).as("a route asked for JSON is no page").isEqualTo(404);
        assertThat(json.raw().headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.text("type")).isEqualTo(PROBLEMS + "not-found");
        // a path that is no route of the interface has no rule, and is refused as before (401 without signing in)
        LedgerClient.Answer unknown = browser.get("/no-such-page", Map.of("Accept", "text/html"));
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.raw().headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(browser.get("/api/me").raw().headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy).startsWith("default-src 'none'"));
        assertThat(browser.get("/swagger-ui/index.html").raw().headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy).contains("style-src 'self' 'unsafe-inline'"));
    }

    @Test
    void theApiDocumentDescribesTheSessionEndpoints() {
        LedgerClient.Answer docs = new LedgerClient(port).get(null, "/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().path("paths").path("/api/session").has("post")).isTrue();
        assertThat(docs.body().path("paths").path("/api/session").has("delete")).isTrue();
        assertThat(docs.body().path("paths").path("/api/me").has("get")).isTrue();
        assertThat(docs.body().path("paths").path("/api/sign-in-options").has("get")).isTrue();
        assertThat(docs.body().path("paths").path("/api/session").path("post").path("requestBody").path("content")
                .path("application/json").path("schema").path("$ref").asText()).endsWith("/Credentials");
    }

    private static final String INTERFACE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static JsonNode user(JsonNode users, String username) {
        for (JsonNode user : users) {
            if (user.path("username").asText().equals(username)) {
                return user;
            }
        }
        throw new AssertionError("no demo user " + username + " in " + users);
    }

    private static Map<String, String> basic(String user) {
        return Map.of("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
}
