package nl.hgk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Which cases a role reaches, over HTTP on embedded PostgreSQL: a case worker of another organisation and region is
 * refused every command, the family plan (once and live), the history, and does not see the case on the deadline
 * board whatever they ask for; an inspector of another region is refused the history; an organisation made
 * coordinator reaches the case from then on; a report can be made about any household. And an analyst reaches no
 * personal data through any endpoint.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hgk.embedded-postgres.data-directory=")
class CaseScopeTest {

    /** Veilig Thuis Zuid-Holland Zuid (VT24): casemanager, regisseur, inspecteur */
    private static final String CASE_WORKER = "casemanager";
    private static final String COORDINATOR = "regisseur";
    private static final String INSPECTOR = "inspecteur";
    /** Veilig Thuis Hollands Midden (VT10), another organisation */
    private static final String OTHER_CASE_WORKER = "casemanager-hm";
    private static final String OTHER_INSPECTOR = "inspecteur-hm";
    private static final String LEIDEN = "GM0546";
    /** an organisation involved in no other test's case */
    private static final String OWN_TEAM = "wijkteam-scopetest";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private LedgerClient api;

    @BeforeEach
    void client() {
        api = new LedgerClient(port);
    }

    private String report(String user, Map<String, Object> report) {
        LedgerClient.Answer answer = api.post(user, "/api/reports", report);
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
        return answer.text("caseId");
    }

    @Test
    void aCaseWorkerOfAnotherOrganisationAndRegionReachesNothingOfTheCase() throws Exception {
        String caseId = report(CASE_WORKER, Requests.report("3314 SC", "7"));
        // the case's own people reach it: its region's coordinator, before being appointed
        assertThat(api.get(COORDINATOR, "/api/family-plans/" + caseId + "?minVersion=0").status()).isEqualTo(200);

        long events = StoredEvents.count(jdbc);
        LedgerClient.Answer unknown = api.post(OTHER_CASE_WORKER, "/api/cases/" + UUID.randomUUID() + "/code",
                Map.of("code", "RED", "expectedVersion", 0));
        for (String command : List.of("code", "triage", "investigation/start", "coordinator", "closure")) {
            LedgerClient.Answer refused = api.post(OTHER_CASE_WORKER, "/api/cases/" + caseId + "/" + command,
                    Map.of("code", "RED", "expectedVersion", 1));
            assertThat(refused.status()).as(command).isEqualTo(404);
            assertThat(refused.text("type")).as("the same as a case that does not exist")
                    .isEqualTo(unknown.text("type")).isEqualTo("urn:hgk-ledger:problem:unknown-case");
            assertThat(refused.text("title")).isEqualTo(unknown.text("title"));
        }
        assertThat(StoredEvents.count(jdbc)).as("nothing recorded").isEqualTo(events);

        LedgerClient.Answer plan = api.get(OTHER_CASE_WORKER, "/api/family-plans/" + caseId);
        assertThat(plan.status()).isEqualTo(404);
        assertThat(plan.raw().body()).doesNotContain("Jansen");
        // read-your-writes answers an out-of-scope case as a made-up id: nothing of it in the view, after the wait
        for (String wait : List.of("?minVersion=0&maxWaitMillis=200", "?minVersion=1000&maxWaitMillis=200")) {
            LedgerClient.Answer waited = api.get(OTHER_CASE_WORKER, "/api/family-plans/" + caseId + wait);
            LedgerClient.Answer madeUp = api.get(OTHER_CASE_WORKER, "/api/family-plans/" + UUID.randomUUID() + wait);
            assertThat(waited.status()).as(wait).isEqualTo(503).isEqualTo(madeUp.status());
            assertThat(waited.body().path("currentVersion").asLong()).as(wait).isEqualTo(-1)
                    .isEqualTo(madeUp.body().path("currentVersion").asLong());
            assertThat(waited.text("detail")).isEqualTo(madeUp.text("detail"));
        }
        try (ServerSentEvents stream = ServerSentEvents.open(port, OTHER_CASE_WORKER,
                "/api/family-plans/" + caseId + "/updates")) {
            assertThat(stream.status()).isEqualTo(404);
        }
        LedgerClient.Answer history = api.get(OTHER_CASE_WORKER, "/api/cases/" + caseId + "/history");
        assertThat(history.status()).isEqualTo(404);
        assertThat(history.raw().body()).doesNotContain("Jansen");
        assertThat(api.get(OTHER_CASE_WORKER, "/api/cases/" + caseId + "/history?asOf=2000-01-01T00:00:00Z")
                .status()).as("not even told that it did not exist yet").isEqualTo(404);
        assertThat(api.get(OTHER_CASE_WORKER, "/api/cases/" + caseId + "/history?asOf=2000-01-01T00:00:00Z")
                .text("detail")).doesNotContain("first event");

        // the board: in the case worker's own; not in the other's, whatever they ask for. A team of this test's own
        // is made coordinator so that the board can be asked for this case alone: the most urgent items of VT24
        // may be a generated year's
        LedgerClient.Answer appointed = api.post(CASE_WORKER, "/api/cases/" + caseId + "/coordinator",
                Map.of("userId", "w.wijk", "organisation", OWN_TEAM, "expectedVersion", 1));
        assertThat(appointed.status()).as("%s", appointed.body()).isEqualTo(200);
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(
                casesOnBoard(CASE_WORKER, "?organisation=" + OWN_TEAM + "&withinWorkingDays=10")).contains(caseId));
        for (String query : List.of("", "&region=VT24", "&region=VT10")) {
            assertThat(casesOnBoard(OTHER_CASE_WORKER, "?organisation=" + OWN_TEAM + query + "&withinWorkingDays=10"))
                    .as(query).isEmpty();
        }
        assertThat(casesOnBoard(OTHER_CASE_WORKER, "?region=VT24&withinWorkingDays=10&maxItems=1000"))
                .as("another region's board shows them only what their organisation is involved in")
                .doesNotContain(caseId);
    }

    @Test
    void anInspectorReadsTheHistoriesOfTheirOwnRegionOnly() {
        String caseId = report(CASE_WORKER, Requests.report("3314 SC", "9"));
        String path = "/api/cases/" + caseId + "/history?reason=toezicht%20op%20de%20meldcode";
        assertThat(api.get(INSPECTOR, path).status()).isEqualTo(200);
        assertThat(api.get(OTHER_INSPECTOR, path).status()).isEqualTo(404);
        assertThat(api.get(OTHER_INSPECTOR, path).raw().body()).doesNotContain("Jansen");

        String leiden = report(OTHER_CASE_WORKER, Requests.reportIn(LEIDEN, "2316 SC", "3"));
        String leidenPath = "/api/cases/" + leiden + "/history?reason=toezicht";
        assertThat(api.get(OTHER_INSPECTOR, leidenPath).status()).isEqualTo(200);
        assertThat(api.get(INSPECTOR, leidenPath).status()).isEqualTo(404);
    }

    @Test
    void anOrganisationMadeCoordinatorReachesTheCaseFromThenOn() {
        String caseId = report(OTHER_CASE_WORKER, Requests.reportIn(LEIDEN, "2316 SC", "5"));
        String plan = "/api/family-plans/" + caseId + "?minVersion=0";
        // out of scope, read-your-writes answers as for a made-up id: 503, nothing of the case in the view
        String outOfScope = plan + "&maxWaitMillis=100";
        assertThat(api.get(CASE_WORKER, outOfScope).status()).as("Leiden is not Zuid-Holland Zuid's").isEqualTo(503);
        assertThat(api.get(COORDINATOR, outOfScope).status()).isEqualTo(503);
        assertThat(api.post(COORDINATOR, "/api/cases/" + caseId + "/escalations",
                Map.of("step", "ADVICE", "reason", "hulp komt niet op gang", "expectedVersion", 1)).status())
                .isEqualTo(404);

        LedgerClient.Answer appointed = api.post(OTHER_CASE_WORKER, "/api/cases/" + caseId + "/coordinator",
                Requests.with(Requests.COORDINATOR_APPOINTED, "expectedVersion", 1));
        assertThat(appointed.status()).as("%s", appointed.body()).isEqualTo(200);

        LedgerClient.Answer read = api.get(COORDINATOR, "/api/family-plans/" + caseId + "?minVersion="
                + appointed.version());
        assertThat(read.status()).isEqualTo(200);
        assertThat(api.get(COORDINATOR, "/api/cases/" + caseId + "/history").status()).isEqualTo(200);
        // a step of the coordinator's own that involves no other organisation (a plan's tasks would)
        LedgerClient.Answer escalated = api.post(COORDINATOR, "/api/cases/" + caseId + "/escalations",
                Map.of("step", "ADVICE", "reason", "hulp komt niet op gang", "expectedVersion", appointed.version()));
        assertThat(escalated.status()).as("%s", escalated.body()).isEqualTo(200);
        assertThat(api.get(CASE_WORKER, outOfScope).status()).as("still not the ZHZ case worker's").isEqualTo(503);
    }

    @Test
    void aReportCanBeMadeAboutAnyHouseholdAndInvolvesTheReporter() {
        String caseId = report(CASE_WORKER, Requests.report("3314 SC", "11"));
        assertThat(api.get(OTHER_CASE_WORKER, "/api/family-plans/" + caseId + "?minVersion=0&maxWaitMillis=100")
                .status()).as("out of scope: as a made-up id").isEqualTo(503);
        LedgerClient.Answer bundled = api.post(OTHER_CASE_WORKER, "/api/reports", Requests.report("3314 SC", "11"));
        assertThat(bundled.status()).isEqualTo(201);
        assertThat(bundled.text("caseId")).isEqualTo(caseId);
        assertThat(api.get(OTHER_CASE_WORKER, "/api/family-plans/" + caseId + "?minVersion=" + bundled.version())
                .status()).as("the reporter's organisation is involved now").isEqualTo(200);
    }

    /** Every GET endpoint the application maps, walked as an analyst: none answers any personal data. */
    @Test
    void anAnalystReachesNoPersonalDataThroughAnyEndpoint() throws Exception {
        String caseId = report(CASE_WORKER, Requests.report("3314 SC", "13"));
        api.get(CASE_WORKER, "/api/family-plans/" + caseId + "?minVersion=0");
        List<String> personalData = List.of("111222333", "Anna Jansen", "Piet Jansen", "Sam Jansen", "Jansen",
                "J. de Vries", "078-1234567", "1990-02-03", "3314 SC", "3314SC");

        Set<String> paths = new TreeSet<>();
        for (RequestMappingInfo mapping : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                paths.addAll(mapping.getPatternValues());
            }
        }
        String period = Year.now().toString();
        List<String> answered = new ArrayList<>();
        for (String pattern : paths) {
            if (pattern.endsWith("/updates")) {
                try (ServerSentEvents stream = ServerSentEvents.open(port, Requests.ANALYST,
                        pattern.replace("{caseId}", caseId))) {
                    assertThat(stream.status()).as(pattern).isEqualTo(403);
                }
                continue;
            }
            String path = pattern.replace("{caseId}", caseId).replace("{name}", "family-plan");
            for (String query : List.of("", "?region=VT24&period=" + period, "?municipality=GM0505&period=" + period,
                    "?caseId=" + caseId + "&reason=analyse")) {
                LedgerClient.Answer answer = api.get(Requests.ANALYST, path + query);
                String body = answer.raw().body();
                if (answer.body() instanceof ObjectNode problem && problem.has("instance")) {
                    // a refusal names the path the analyst asked for themselves; nothing else of the case
                    problem.remove("instance");
                    body = problem.toString();
                }
                for (String data : personalData) {
                    assertThat(body).as("%s%s", path, query).doesNotContain(data);
                }
                assertThat(body).as("%s%s", path, query).doesNotContain(caseId);
                if (answer.status() == 200) {
                    answered.add(path + query);
                }
            }
        }
        assertThat(answered).as("the analyst does get the figures").contains("/api/figures?region=VT24&period=" + period);
        assertThat(answered).as("and nothing of a case").noneMatch(path -> path.contains("/family-plans/")
                || path.contains("/history") || path.contains("/access-log") || path.contains("/deadlines"));
    }

    private List<String> casesOnBoard(String user, String query) {
        LedgerClient.Answer board = api.get(user, "/api/deadlines" + query);
        assertThat(board.status()).as("%s", board.body()).isEqualTo(200);
        List<String> cases = new ArrayList<>();
        for (JsonNode item : board.body().path("items")) {
            cases.add(item.path("caseId").asText());
        }
        return cases;
    }
}
