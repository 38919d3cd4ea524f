package nl.hgk.ledger;

import static nl.hgk.ledger.Requests.CASE_WORKER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import nl.hgk.ledger.calendar.LedgerClock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The family plan view and the deadline board say the same of one limit at one moment: not overdue up to its due
 * moment, overdue once it has passed. A ledger of its own, because the test stops its clock around the due moment of a
 * report's triage limit; its scheduler does not poll meanwhile, so the miss is not recorded (each reader would take
 * the recorded miss in at its own pace, and that is not what is compared here).
 */
class OverdueAgreementTest {

    @Test
    void theViewAndTheBoardAgreeOnOverdueAroundTheDueMoment() {
        try (ConfigurableApplicationContext ledger = new SpringApplicationBuilder(HgkLedgerApplication.class)
                .run("--server.port=0", "--hgk.embedded-postgres.data-directory=",
                        "--hgk.deadlines.polling-interval=PT1H")) {
            LedgerClient api = new LedgerClient(((WebServerApplicationContext) ledger).getWebServer().getPort());
            LedgerClock clock = ledger.getBean(LedgerClock.class);
            LedgerClient.Answer received = api.post(CASE_WORKER, "/api/reports", Requests.report("3311 OD", "4"));
            assertThat(received.status()).as("%s", received.body()).isEqualTo(201);
            String plan = "/api/family-plans/" + received.text("caseId") + "?minVersion=" + received.version();
            Instant dueAt = Instant.parse(triageOf(view(api, plan)).path("dueAt").asText());
            await().atMost(Duration.ofSeconds(30)).until(() -> triageOf(api, received.text("caseId"), 10) != null);

            try {
                for (Instant moment : List.of(dueAt.minusSeconds(1), dueAt, dueAt.plusMillis(1),
                        dueAt.plusSeconds(3600))) {
                    clock.setTo(moment);
                    boolean onTheView = triageOf(view(api, plan)).path("overdue").asBoolean();
                    boolean onTheBoard = triageOf(api, received.text("caseId"), 1).path("overdue").asBoolean();

                    assertThat(onTheView).as("the view at %s", moment).isEqualTo(onTheBoard);
                    assertThat(onTheView).as("overdue at %s, due at %s", moment, dueAt)
                            .isEqualTo(moment.isAfter(dueAt));
                }
            } finally {
                clock.resume();
            }
        }
    }

    private static JsonNode view(LedgerClient api, String path) {
        LedgerClient.Answer view = api.get(CASE_WORKER, path);
        assertThat(view.status()).as("%s", view.body()).isEqualTo(200);
        return view.body();
    }

    private static JsonNode triageOf(JsonNode view) {
        for (JsonNode limit : view.path("timeLimits")) {
            if (limit.path("limit").asText().equals("TRIAGE")) {
                return limit;
            }
        }
        throw new AssertionError("no triage limit in " + view);
    }

    /** @return the case's triage limit on the board, overdue ones included; null if absent */
    private static JsonNode triageOf(LedgerClient api, String caseId, int withinWorkingDays) {
        LedgerClient.Answer board = api.get(CASE_WORKER, "/api/deadlines?withinWorkingDays=" + withinWorkingDays);
        assertThat(board.status()).as("%s", board.body()).isEqualTo(200);
        for (JsonNode item : board.body().path("items")) {
            if (item.path("caseId").asText().equals(caseId) && item.path("limit").asText().equals("TRIAGE")) {
                return item;
            }
        }
        return null;
    }
}
