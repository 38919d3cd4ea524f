package nl.hgk.ledger;

import static nl.hgk.ledger.Requests.ANALYST;
import static nl.hgk.ledger.Requests.CASE_WORKER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The time limits of issue 5 through the HTTP API on embedded PostgreSQL: the limits a report and an escalation set
 * appear on the deadline board and leave it when met; a process director, an urgent care meeting, an administrative
 * decision and its written confirmation recorded through the command API; the board refused to an analyst and for
 * bad parameters.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hgk.embedded-postgres.data-directory=")
class DeadlineBoardApiTest {

    /** a postcode of this test's own, so its households never join another test's cases */
    private static final String POSTCODE = "6211 DB";
    /** Maastricht, in a Veilig Thuis region no other test records cases in: the board of that region is this test's */
    private static final String MAASTRICHT = "GM0935";
    private static final String REGION = "?region=VT25";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @LocalServerPort
    int port;

    private LedgerClient api;

    @BeforeEach
    void client() {
        api = new LedgerClient(port);
    }

    @Test
    void limitsComeOnTheBoardWhenSetAndLeaveItWhenMet() {
        LedgerClient.Answer received = api.post(CASE_WORKER, "/api/reports",
                Requests.reportIn(MAASTRICHT, POSTCODE, "1"));
        assertThat(received.status()).as("%s", received.body()).isEqualTo(201);
        String caseId = received.text("caseId");
        String path = "/api/cases/" + caseId;
        assertThat(received.version()).as("the report and its triage limit").isEqualTo(1);

        // the board may first have to catch up with what earlier tests in this application recorded (a generated
        // year of tens of thousands of events)
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() ->
                assertThat(limitsOf(caseId, board(REGION + "&withinWorkingDays=10"))).containsExactly("TRIAGE"));
        assertThat(limitsOf(caseId, board(REGION + "&organisation=veilig-thuis-zhz&withinWorkingDays=10")))
                .containsExactly("TRIAGE");
        assertThat(limitsOf(caseId, board(REGION + "&organisation=wijkteam-elders&withinWorkingDays=10"))).isEmpty();
        assertThat(limitsOf(caseId, board("?region=VT24&withinWorkingDays=10&maxItems=1000"))).isEmpty();

        long version = received.version();
        version = ok(path + "/escalations", Map.of("step", "PROCESS_DIRECTOR", "urgencyReason",
                "moeder opnieuw bedreigd", "reason", "hulp komt niet op gang"), version);
        version = ok(path + "/process-director", Map.of("userId", "p.devries", "organisation", "meldpunt-zhz"),
                version);
        version = ok(path + "/care-meeting", Map.of("urgent", true, "reason", "moeder opnieuw bedreigd"), version);
        // the urgent care meeting is due in 2 working days, triage in 5: the sooner first
        awaitOnBoard(caseId, REGION + "&withinWorkingDays=10", List.of("CARE_MEETING", "TRIAGE"));

        version = ok(path + "/care-meeting/held", Map.of("heldOn", LocalDate.now(AMSTERDAM).toString()), version);
        awaitOnBoard(caseId, REGION + "&withinWorkingDays=10", List.of("TRIAGE"));

        // step 5 as the seed writes it: the process director escalates to the Meldpunt's manager
        version = ok(path + "/escalations/meldpunt-manager", Map.of("bottleneck", "geen aanbieder start",
                "advice", "de gemeente wijst een aanbieder aan"), version);
        String decisionId = UUID.randomUUID().toString();
        version = ok(path + "/administrative-decisions", Map.of("decisionId", decisionId,
                "decidedAt", Instant.now().minusSeconds(60).toString(), "decision", "jeugdhulp start direct"), version);
        awaitOnBoard(caseId, REGION + "&withinWorkingDays=10", List.of("WRITTEN_CONFIRMATION", "TRIAGE"));

        ok(path + "/administrative-decisions/" + decisionId + "/confirmation", Map.of(), version);
        awaitOnBoard(caseId, REGION + "&withinWorkingDays=10", List.of("TRIAGE"));
    }

    @Test
    void aReportsTriageLimitIsOnTheBoardOfTheFiveWorkingDaysItRuns() {
        LedgerClient.Answer received = api.post(CASE_WORKER, "/api/reports",
                Requests.reportIn(MAASTRICHT, POSTCODE, "3"));
        assertThat(received.status()).as("%s", received.body()).isEqualTo(201);
        String caseId = received.text("caseId");
        // first the board catches up (see above), then: due at the end of the fifth working day, so within five
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() ->
                assertThat(limitsOf(caseId, board(REGION + "&withinWorkingDays=10"))).containsExactly("TRIAGE"));

        assertThat(limitsOf(caseId, board(REGION + "&withinWorkingDays=5"))).containsExactly("TRIAGE");
    }

    @Test
    void anEvaluationWithoutAPlanIsRefusedWithItsCode() {
        LedgerClient.Answer received = api.post(CASE_WORKER, "/api/reports",
                Requests.reportIn(MAASTRICHT, POSTCODE, "2"));
        LedgerClient.Answer refused = api.post(CASE_WORKER, "/api/cases/" + received.text("caseId")
                + "/plan/evaluations", Map.of("evaluationDate", "2026-12-01", "expectedVersion", received.version()));

        assertThat(refused.status()).as("%s", refused.body()).isEqualTo(422);
        assertThat(refused.body().toString()).contains("NO_PLAN");
    }

    @Test
    void theBoardIsForCaseWorkersAndCoordinatorsAndChecksItsParameters() {
        assertThat(api.get(ANALYST, "/api/deadlines").status()).isEqualTo(403);
        for (String bad : List.of("?withinWorkingDays=-1", "?withinWorkingDays=61", "?maxItems=0", "?region=VT99",
                "?withinWorkingDays=vijf")) {
            LedgerClient.Answer answer = api.get(CASE_WORKER, "/api/deadlines" + bad);
            assertThat(answer.status()).as(bad).isEqualTo(400);
            assertThat(answer.raw().headers().firstValue("Content-Type")).as(bad)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    private long ok(String path, Map<String, Object> body, long version) {
        Map<String, Object> withVersion = new HashMap<>(body);
        withVersion.put("expectedVersion", version);
        LedgerClient.Answer answer = api.post(CASE_WORKER, path, withVersion);
        assertThat(answer.status()).as("%s %s", path, answer.body()).isEqualTo(200);
        return answer.version();
    }

    private JsonNode board(String parameters) {
        LedgerClient.Answer answer = api.get(CASE_WORKER, "/api/deadlines" + parameters);
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        return answer.body();
    }

    private void awaitOnBoard(String caseId, String parameters, List<String> limits) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(limitsOf(caseId, board(parameters))).containsExactlyElementsOf(limits));
    }

    private static List<String> limitsOf(String caseId, JsonNode board) {
        List<String> limits = new ArrayList<>();
        board.path("items").forEach(item -> {
            if (item.path("caseId").asText().equals(caseId)) {
                limits.add(item.path("limit").asText());
            }
        });
        return limits;
    }
}
