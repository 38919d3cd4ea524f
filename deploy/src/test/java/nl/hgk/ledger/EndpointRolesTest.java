package nl.hgk.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import nl.hgk.ledger.deploy.ui.InterfacePaths;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the application exposes, taken from Spring's own handler mapping (not from a list kept by hand), is
 * called by every role and by nobody, and the answer is compared with the table below: allowed (any answer but 401
 * and 403: a 400 for an empty body still means the role got through) or refused (401 without a user, 403 with one).
 * An endpoint missing from the table fails the test, so an endpoint added without deciding who may use it does too.
 * <p>
 * This walks the rules per role; which cases a role reaches within them (its scope) is {@code CaseScopeTest}'s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hgk.embedded-postgres.data-directory=")
class EndpointRolesTest {

    static final String NOBODY = "(nobody)";
    static final String CASE_WORKER = "casemanager";
    static final String COORDINATOR = "regisseur";
    static final String ANALYST = "analist";
    static final String INSPECTOR = "inspecteur";
    static final String ADMINISTRATOR = "beheerder";
    static final String PRIVACY_OFFICER = "fg";
    static final List<String> EVERYONE = List.of(NOBODY, CASE_WORKER, COORDINATOR, ANALYST, INSPECTOR, ADMINISTRATOR,
            PRIVACY_OFFICER);
    static final Set<String> CASE_PEOPLE = Set.of(CASE_WORKER, COORDINATOR);

    /** Who may use each endpoint: the table of the README, as the test holds it. */
    static final Map<String, Set<String>> EXPECTED = new TreeMap<>();

    static {
        EXPECTED.put("POST /api/reports", CASE_PEOPLE);
        for (String command : List.of("code", "triage", "investigation/start", "investigation/conclusion",
                "coordinator", "coordinator/replacement", "plan", "plan/revisions", "plan/evaluations", "escalations",
                "escalations/resolution", "case-conference", "care-meeting", "care-meeting/held",
                "administrative-decisions",
                "administrative-decisions/{decisionId}/confirmation", "process-director", "huisverbod",
                "huisverbod/extension", "huisverbod/end", "reports/{reportId}/reporter-informed", "closure",
                "care-orders", "care-orders/{orderId}/conclusion", "coordinator/return", "escalations/party-managers",
                "escalations/meldpunt-manager", "inadequate-coordination",
                "care-avoidance", "care-avoidance/action-plan",
                "notices/help-started", "notices/help-ended", "notices/help-stopped-early", "notices/no-shows",
                "notices/client-transferred", "notices/other-party-proposed")) {
            EXPECTED.put("POST /api/cases/{caseId}/" + command, CASE_PEOPLE);
        }
        EXPECTED.put("POST /api/cases/{caseId}/persons/{personId}/erasure", Set.of(PRIVACY_OFFICER));
        EXPECTED.put("GET /api/family-plans/{caseId}", CASE_PEOPLE);
        EXPECTED.put("GET /api/family-plans/{caseId}/updates", CASE_PEOPLE);
        EXPECTED.put("GET /api/deadlines", CASE_PEOPLE);
        EXPECTED.put("GET /api/cases", CASE_PEOPLE);
        EXPECTED.put("GET /api/cases/{caseId}/history", Set.of(CASE_WORKER, COORDINATOR, INSPECTOR));
        EXPECTED.put("GET /api/figures", Set.of(ANALYST, INSPECTOR));
        EXPECTED.put("GET /api/access-log", Set.of(INSPECTOR, PRIVACY_OFFICER));
        EXPECTED.put("GET /api/views", Set.of(ADMINISTRATOR));
        EXPECTED.put("GET /api/views/{name}", Set.of(ADMINISTRATOR));
        EXPECTED.put("POST /api/views/{name}/rebuild", Set.of(ADMINISTRATOR));
        EXPECTED.put("POST /api/imports", Set.of(ADMINISTRATOR));
        // the browser interface's session: signing in and out (a header's user gets 400: no session for a header),
        // who is signed in, and what a sign-in page may offer
        EXPECTED.put("POST /api/session", Set.copyOf(EVERYONE));
        EXPECTED.put("DELETE /api/session", Set.copyOf(EVERYONE));
        EXPECTED.put("GET /api/me", Set.of(CASE_WORKER, COORDINATOR, ANALYST, INSPECTOR, ADMINISTRATOR,
                PRIVACY_OFFICER));
        EXPECTED.put("GET /api/sign-in-options", Set.copyOf(EVERYONE));
        // the browser interface's routes, answered with its page: they hold no data
        for (String route : InterfacePaths.ROUTES) {
            EXPECTED.put("GET " + route, Set.copyOf(EVERYONE));
        }
        // the API's description and Swagger UI: open to all, they hold no case
        EXPECTED.put("GET /v3/api-docs", Set.copyOf(EVERYONE));
        // springdoc maps the YAML variant too; no rule opens it, so it is refused to all (the JSON one is the API's)
        EXPECTED.put("GET /v3/api-docs.yaml", Set.of());
        EXPECTED.put("GET /v3/api-docs/swagger-config", Set.copyOf(EVERYONE));
        EXPECTED.put("GET /swagger-ui.html", Set.copyOf(EVERYONE));
        // Spring Boot's error page, only ever reached by the server's own error dispatch: nobody asks it directly
        EXPECTED.put("GET /error", Set.of());
        EXPECTED.put("POST /error", Set.of());
    }

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * Every method and path the application maps a handler to, as "METHOD /path/{variable}". A mapping without a
     * method (it answers every method) is walked as GET and POST: a new one must then have both in the table.
     */
    private List<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo mapping : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
            Set<RequestMethod> all = methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods;
            for (String pattern : mapping.getPatternValues()) {
                all.forEach(method -> endpoints.add(method + " " + pattern));
            }
        }
        return List.copyOf(endpoints);
    }

    @Test
    void everyEndpointHasARuleAndEveryRoleGetsExactlyWhatItsRuleSays() {
        LedgerClient.Answer report = new LedgerClient(port).post(CASE_WORKER, "/api/reports",
                Requests.report("2611 RW", "1"));
        assertThat(report.status()).as("%s", report.body()).isEqualTo(201);
        String caseId = report.text("caseId");

        List<String> endpoints = endpoints();
        assertThat(endpoints).as("the handler mapping found the API").contains("POST /api/reports");
        assertThat(endpoints).as("every endpoint has an expected rule in this test")
                .allSatisfy(endpoint -> assertThat(EXPECTED).containsKey(endpoint));

        Map<String, String> mismatches = new LinkedHashMap<>();
        for (String endpoint : endpoints) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                    .replace("{caseId}", caseId)
                    .replace("{reportId}", UUID.randomUUID().toString())
                    .replace("{decisionId}", UUID.randomUUID().toString())
                    .replace("{orderId}", UUID.randomUUID().toString())
                    .replace("{personId}", UUID.randomUUID().toString())
                    // a view that does not exist: the walk must not rebuild a real one under other tests
                    .replace("{name}", "no-such-view");
            for (String user : EVERYONE) {
                int status = status(method, user, path);
                boolean allowed = EXPECTED.get(endpoint).contains(user);
                int refusal = NOBODY.equals(user) ? 401 : 403;
                boolean ok = allowed ? status != 401 && status != 403 : status == refusal;
                if (!ok) {
                    mismatches.put(endpoint + " as " + user, "expected " + (allowed ? "allowed" : refusal)
                            + ", got " + status);
                }
            }
        }
        assertThat(mismatches).as("endpoints whose answer to a role is not the rule's").isEmpty();
    }

    /** The status only: the body is not read, so that an allowed stream (Server-Sent Events) is not waited for. */
    private int status(String method, String user, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method)
                        ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
        if (NOBODY.equals(user)) {
            // a browser without a session that has its CSRF token, so that a refusal is the rule's, not the token's
            request.header("Cookie", "XSRF-TOKEN=endpoint-roles-test").header("X-XSRF-TOKEN", "endpoint-roles-test");
        } else {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return response.statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " as " + user, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
