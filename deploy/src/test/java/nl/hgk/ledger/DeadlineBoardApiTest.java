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
    /** Leiden (Hollands Midden, VT10), where the escalation is taken by the demo users of Hollands Midden */
    private static final String LEIDEN = "GM0546";
    private static final String LEIDEN_POSTCODE = "2318 DB";
    private static final String LEIDEN_REGION = "?region=VT10";
    private static final String LEIDEN_CASE_WORKER = "casemanager-hm";
    private static final String LEIDEN_TEAM = "wijkteam-leiden";

    @LocalServerPort
    int port;

    private LedgerClient api;

    @BeforeEach
    void client() {
        api = new LedgerClient(port);
    }

    /**
     * A Leiden case (Hollands Midden, VT10), each step by the demo user of Hollands Midden whose step it is: the local
     * team's coordinator escalates, the Meldpunt's process director appoints himself and holds the care meeting, the
     * municipality of Leiden decides and confirms. Few other tests record cases there: the board is asked for the
     * cases of the Leiden team, which no generated year crowds.
     */
    @Test
    void limitsComeOnTheBoardWhenSetAndLeaveItWhenMet() {
        LedgerClient.Answer received = api.post(LEIDEN_CASE_WORKER, "/api/reports",
                Requests.reportIn(LEIDEN, LEIDEN_POSTCODE, "1"));
        assertThat(received.status()).as("%s", received.body()).isEqualTo(201);
        String caseId = received.text("caseId");
        String path = "/api/cases/" + caseId;
        assertThat(received.version()).as("the report and its triage limit").isEqualTo(1);

        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(limitsOf(caseId,
                board(LEIDEN_CASE_WORKER, LEIDEN_REGION + "&withinWorkingDays=10"))).containsExactly("TRIAGE"));
        assertThat(limitsOf(caseId, board(LEIDEN_CASE_WORKER,
                LEIDEN_REGION + "&organisation=veilig-thuis-hollands-midden&withinWorkingDays=10")))
                .containsExactly("TRIAGE");
        assertThat(limitsOf(caseId, board(LEIDEN_CASE_WORKER,
                LEIDEN_REGION + "&organisation=wijkteam-elders&withinWorkingDays=10"))).isEmpty();
        assertThat(limitsOf(caseId, board(LEIDEN_CASE_WORKER, "?region=VT24&withinWorkingDays=10&maxItems=1000")))
                .isEmpty();

        long version = received.version();
        version = ok(LEIDEN_CASE_WORKER, path + "/coordinator", Map.of("userId", "regisseur-hm",
                "organisation", LEIDEN_TEAM), version);
        String teamsBoard = LEIDEN_REGION + "&organisation=" + LEIDEN_TEAM + "&withinWorkingDays=10";
        version = ok("regisseur-hm", path + "/escalations", Map.of("step", "PROCESS_DIRECTOR", "urgencyReason",
                "moeder opnieuw bedreigd", "reason", "hulp komt niet op gang"), version);
        version = ok("procesregisseur-hm", path + "/process-director", Map.of("userId", "procesregisseur-hm",
                "organisation", "meldpunt-zorg-en-overlast-hm"), version);
        version = ok("procesregisseur-hm", path + "/care-meeting", Map.of("urgent", true,
                "reason", "moeder opnieuw bedreigd"), version);
        // the urgent care meeting is due in 2 working days, triage in 5: the sooner first
        awaitOnBoard(caseId, teamsBoard, List.of("CARE_MEETING", "TRIAGE"));

        version = ok("procesregisseur-hm", path + "/care-meeting/held",
                Map.of("heldOn", LocalDate.now(AMSTERDAM).toString()), version);
        awaitOnBoard(caseId, teamsBoard, List.of("TRIAGE"));

        // step 5 as the seed writes it: the process director escalates to the Meldpunt's manager
        version = ok("procesregisseur-hm", path + "/escalations/meldpunt-manager", Map.of("bottleneck",
                "geen aanbieder start", "advice", "de gemeente wijst een aanbieder aan"), version);
        String decisionId = UUID.randomUUID().toString();
        version = ok("gemeente-hm", path + "/administrative-decisions", Map.of("decisionId", decisionId,
                "decidedAt", Instant.now().minusSeconds(60).toString(), "decision", "jeugdhulp start direct"), version);
        awaitOnBoard(caseId, teamsBoard, List.of("WRITTEN_CONFIRMATION", "TRIAGE"));

        ok("gemeente-hm", path + "/administrative-decisions/" + decisionId + "/confirmation", Map.of(), version);
        awaitOnBoard(caseId, teamsBoard, List.of("TRIAGE"));
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
        String path = "/api/cases/" + received.text("caseId");
        long appointed = ok(CASE_WORKER, path + "/coordinator", Requests.COORDINATOR_APPOINTED, received.version());
        LedgerClient.Answer refused = api.post(Requests.COORDINATOR, path + "/plan/evaluations",
                Map.of("evaluationDate", "2026-12-01", "expectedVersion", appointed));

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

    private long ok(String user, String path, Map<String, Object> body, long version) {
        Map<String, Object> withVersion = new HashMap<>(body);
        withVersion.put("expectedVersion", version);
        LedgerClient.Answer answer = api.post(user, path, withVersion);
        assertThat(answer.status()).as("%s %s", path, answer.body()).isEqualTo(200);
        return answer.version();
    }

    private JsonNode board(String parameters) {
        return board(CASE_WORKER, parameters);
    }

    private JsonNode board(String user, String parameters) {
        LedgerClient.Answer answer = api.get(user, "/api/deadlines" + parameters);
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        return answer.body();
    }

    private void awaitOnBoard(String caseId, String parameters, List<String> limits) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(limitsOf(caseId, board(LEIDEN_CASE_WORKER, parameters))).containsExactlyElementsOf(limits));
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
