package nl.hgk.ledger;

import static nl.hgk.ledger.Requests.CASE_WORKER;
import static nl.hgk.ledger.Requests.COORDINATOR;
import static nl.hgk.ledger.Requests.MAYOR;
import static nl.hgk.ledger.Requests.MELDPUNT;
import static nl.hgk.ledger.Requests.MUNICIPALITY;
import static nl.hgk.ledger.Requests.PROCESS_DIRECTOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.hgk.ledger.calendar.LedgerClock;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every kind of time limit, started through the API and left to run out, fires through the real scheduler (db-scheduler
 * on PostgreSQL, not the fixture's stand-in): its event is recorded once, its task leaves {@code scheduled_tasks}, and
 * no task is left failing. A huisverbod whose end fired used to cancel its own running deadline, which the scheduler
 * refuses: nothing was recorded and the task was retried every 5 minutes for ever.
 */
class EveryTimeLimitFiresTest {

    private static final Duration POLLING = Duration.ofMillis(300);
    /** past every limit set below: the investigation's ten weeks are the longest */
    private static final Duration PAST_EVERY_LIMIT = Duration.ofDays(80);
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String MELDPUNT = "meldpunt";
    private static final String PROCESS_DIRECTOR = "procesregisseur";
    private static final String MUNICIPALITY = "gemeente";
    private static final String MAYOR = "burgemeester";

    private static ConfigurableApplicationContext ledger;
    private static LedgerClient api;

    @BeforeAll
    static void start() throws Exception {
        Path data = Files.createTempDirectory("every-limit").resolve("postgres");
        ledger = new SpringApplicationBuilder(HgkLedgerApplication.class).run("--server.port=0",
                "--hgk.deadlines.polling-interval=" + POLLING, "--hgk.embedded-postgres.data-directory=" + data);
        api = new LedgerClient(((WebServerApplicationContext) ledger).getWebServer().getPort());
    }

    @AfterAll
    static void stop() {
        ledger.close();
    }

    @Test
    void everyKindOfLimitFiresOnceAndLeavesNoTaskBehind() {
        LocalDate today = LocalDate.now(AMSTERDAM);
        Map<TimeLimit, String> caseOf = new EnumMap<>(TimeLimit.class);

        caseOf.put(TimeLimit.TRIAGE, report("1").caseId());

        Opened investigated = report("2");
        investigated.steps().ok(CASE_WORKER, "/code", Map.of("code", "ORANGE"));
        investigated.steps().ok(CASE_WORKER, "/triage", Map.of("outcome", "VEILIG_THUIS_INVESTIGATION"));
        investigated.steps().ok(CASE_WORKER, "/investigation/start", Map.of());
        caseOf.put(TimeLimit.INVESTIGATION, investigated.caseId());

        Opened awaitingProcessDirector = report("3");
        toStepFour(awaitingProcessDirector);
        caseOf.put(TimeLimit.PROCESS_DIRECTOR, awaitingProcessDirector.caseId());

        Opened careMeeting = report("4");
        toAProcessDirector(careMeeting);
        careMeeting.steps().ok(PROCESS_DIRECTOR, "/care-meeting", Map.of("urgent", true));
        caseOf.put(TimeLimit.CARE_MEETING, careMeeting.caseId());

        // step 5 as the seed writes it: the process director escalates to the Meldpunt's manager
        Opened decided = report("5");
        toAProcessDirector(decided);
        decided.steps().ok(PROCESS_DIRECTOR, "/escalations/meldpunt-manager", Map.of("bottleneck",
                "geen aanbieder start", "advice", "de gemeente wijst een aanbieder aan"));
        decided.steps().ok(MUNICIPALITY, "/administrative-decisions", Map.of("decisionId", UUID.randomUUID(),
                "decidedAt", Instant.now().minusSeconds(60).toString(), "decision", "jeugdhulp start direct"));
        caseOf.put(TimeLimit.WRITTEN_CONFIRMATION, decided.caseId());

        Opened ordered = report("8");
        toAProcessDirector(ordered);
        ordered.steps().ok(PROCESS_DIRECTOR, "/care-orders", Map.of("orderId", UUID.randomUUID(),
                "party", "jeugdhulp-dordrecht", "care", "gezinsbehandeling",
                "monitoredUntil", today.plusDays(7).toString()));
        caseOf.put(TimeLimit.CARE_ORDER, ordered.caseId());

        Opened planned = report("6");
        planned.steps().ok(CASE_WORKER, "/coordinator", Requests.COORDINATOR_APPOINTED);
        planned.steps().ok(COORDINATOR, "/plan", Map.of("plan", Map.of(
                "goals", List.of(Map.of("lifeDomain", "SAFETY", "description", "geen geweld meer thuis")),
                "tasks", List.of(Map.of("description", "wekelijks huisbezoek", "ownerOrganisation",
                        "sociaal-team-dordrecht", "dueDate", today.plusDays(7).toString(), "status", "PLANNED")),
                "safetyAgreements", List.of("moeder belt 112 bij dreiging"),
                "evaluationDates", List.of(today.plusDays(14).toString()),
                "consents", planned.consents())));
        caseOf.put(TimeLimit.PLAN_EVALUATION, planned.caseId());
        caseOf.put(TimeLimit.TASK, planned.caseId());

        Opened huisverbod = report("7");
        huisverbod.steps().ok(MAYOR, "/huisverbod", Map.of("personId", huisverbod.perpetrator(),
                "imposedOn", today.toString()));
        caseOf.put(TimeLimit.HUISVERBOD_END, huisverbod.caseId());

        assertThat(caseOf.keySet()).as("every kind of limit the ledger sets today")
                .containsAll(List.of(TimeLimit.values()).stream()
                        .filter(limit -> limit != TimeLimit.CASE_CONFERENCE).toList());

        ledger.getBean(LedgerClock.class).advance(PAST_EVERY_LIMIT);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (Map.Entry<TimeLimit, String> limit : caseOf.entrySet()) {
                String outcome = limit.getKey() == TimeLimit.HUISVERBOD_END ? "HuisverbodEnded" : "DeadlineMissed";
                assertThat(count(limit.getValue(), outcome, limit.getKey())).as("%s fired", limit.getKey())
                        .isEqualTo(1);
            }
            assertThat(deadlineTasks()).as("deadline tasks left in scheduled_tasks").isZero();
        });
        // the scheduler keeps polling: nothing fires twice, nothing fails
        await().during(POLLING.multipliedBy(10)).atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (Map.Entry<TimeLimit, String> limit : caseOf.entrySet()) {
                String outcome = limit.getKey() == TimeLimit.HUISVERBOD_END ? "HuisverbodEnded" : "DeadlineMissed";
                assertThat(count(limit.getValue(), outcome, limit.getKey())).as("%s fired once", limit.getKey())
                        .isEqualTo(1);
            }
            assertThat(failingTasks()).as("tasks failing in scheduled_tasks").isZero();
        });
        assertThat(count(huisverbod.caseId(), "TimeLimitCleared", TimeLimit.HUISVERBOD_END))
                .as("the huisverbod's limit is cleared as expired").isEqualTo(1);
    }

    /** Veilig Thuis appoints the coordinator, who escalates straight to step 4. */
    private static void toStepFour(Opened opened) {
        opened.steps().ok(CASE_WORKER, "/coordinator", Map.of("userId", "regisseur",
                "organisation", "sociaal-team-dordrecht"));
        opened.steps().ok(COORDINATOR, "/escalations", Map.of("step", "PROCESS_DIRECTOR",
                "urgencyReason", "kinderen onveilig", "reason", "partijen leveren niet"));
    }

    /** At step 4, the Meldpunt appoints its process director. */
    private static void toAProcessDirector(Opened opened) {
        toStepFour(opened);
        opened.steps().ok(MELDPUNT, "/process-director", Map.of("userId", PROCESS_DIRECTOR,
                "organisation", "meldpunt-zorg-en-overlast-zhz"));
    }

    /** A case opened by a report, its steps, and the id of its perpetrator. */
    /** @param consents every answer the household owes a plan today */
    private record Opened(String caseId, CaseSteps steps, String perpetrator, List<Map<String, Object>> consents) {
    }

    private static Opened report(String houseNumber) {
        LedgerClient.Answer received = api.post(CASE_WORKER, "/api/reports", Requests.report("3311 AB", houseNumber));
        assertThat(received.status()).as("%s", received.body()).isEqualTo(201);
        String caseId = received.text("caseId");
        return new Opened(caseId, new CaseSteps(api, "/api/cases/" + caseId, received.version()),
                Requests.personWithRole(received, "PERPETRATOR"), Requests.householdConsents(received));
    }

    /** @return how many events of a type about a kind of limit (or, for a huisverbod's end, of the type) a case has */
    private static long count(String caseId, String eventType, TimeLimit limit) {
        String about = eventType.equals("HuisverbodEnded") ? "" : "\"limit\":\"" + limit.name() + "\"";
        return ledger.getBean(JdbcTemplate.class).queryForObject("""
                        select count(*) from domain_event_entry
                        where aggregate_identifier = ? and payload_type like ? and convert_from(payload, 'UTF8') like ?""",
                Long.class, caseId, "%." + eventType, "%" + about + "%");
    }

    private static long deadlineTasks() {
        return ledger.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from scheduled_tasks where task_name like '%eadline%'", Long.class);
    }

    private static long failingTasks() {
        return ledger.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from scheduled_tasks where consecutive_failures > 0", Long.class);
    }
}
