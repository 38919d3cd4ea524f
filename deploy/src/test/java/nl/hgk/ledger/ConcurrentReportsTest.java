package nl.hgk.ledger;

import static nl.hgk.ledger.Requests.CASE_WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reports about one household that arrive at the same moment end up in one open case, all of them: none lost,
 * none opening a second case.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hgk.embedded-postgres.data-directory=")
class ConcurrentReportsTest {

    private static final int HOUSEHOLDS = 5;
    private static final int REPORTS_PER_HOUSEHOLD = 4;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void simultaneousReportsAboutOneHouseholdShareOneOpenCase() throws Exception {
        LedgerClient api = new LedgerClient(port);
        long eventsBefore = StoredEvents.count(jdbc);
        ExecutorService senders = Executors.newFixedThreadPool(REPORTS_PER_HOUSEHOLD);
        try {
            for (int household = 0; household < HOUSEHOLDS; household++) {
                String houseNumber = String.valueOf(100 + household);
                CyclicBarrier together = new CyclicBarrier(REPORTS_PER_HOUSEHOLD);
                List<Future<LedgerClient.Answer>> sent = new ArrayList<>();
                for (int i = 0; i < REPORTS_PER_HOUSEHOLD; i++) {
                    sent.add(senders.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return api.post(CASE_WORKER, "/api/reports", Requests.report("4811 XK", houseNumber));
                    }));
                }
                List<LedgerClient.Answer> answers = new ArrayList<>();
                for (Future<LedgerClient.Answer> answer : sent) {
                    answers.add(answer.get(60, TimeUnit.SECONDS));
                }

                assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(201));
                assertThat(answers).extracting(answer -> answer.text("caseId")).containsOnly(answers.get(0).text("caseId"));
                assertThat(answers).extracting(answer -> answer.text("outcome")).filteredOn("CASE_OPENED"::equals)
                        .hasSize(1);
                assertThat(answers).extracting(answer -> answer.text("reportId")).doesNotHaveDuplicates();
                // the first report also started the triage limit (version 1); the others wait in it
                assertThat(answers).extracting(LedgerClient.Answer::version)
                        .containsExactlyInAnyOrder(1L, 2L, 3L, 4L);

                String caseId = answers.get(0).text("caseId");
                assertThat(jdbc.queryForObject(
                        "select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class, caseId))
                        .isEqualTo(REPORTS_PER_HOUSEHOLD + 1);
                assertThat(jdbc.queryForObject(
                        "select count(*) from household_open_case where case_id = ?::uuid", Long.class, caseId))
                        .isEqualTo(1);
            }
        } finally {
            senders.shutdownNow();
        }
        // every report appended exactly one event, the first of a household also its triage limit, and nothing
        // else was appended: no second case, not even a rolled-back one, left a trace
        assertThat(StoredEvents.count(jdbc)).isEqualTo(eventsBefore + HOUSEHOLDS * (REPORTS_PER_HOUSEHOLD + 1));
    }
}
