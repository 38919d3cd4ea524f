package nl.hgk.ledger;

import static nl.hgk.ledger.Requests.CASE_WORKER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.hgk.ledger.calendar.LedgerClock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Time limits are kept by a persistent scheduler in the ledger's own database: a limit scheduled before a restart
 * fires after it, when the (moved) clock passes it; and with two nodes on one database it fires exactly once.
 */
class DeadlinesTest {

    private static final Duration POLLING = Duration.ofMillis(300);
    private static final Duration PAST_ANY_TRIAGE_LIMIT = Duration.ofDays(20);

    @Test
    void aTriageLimitSurvivesARestartAndFiresOnceEvenWithTwoNodes() throws Exception {
        Path data = Files.createTempDirectory("deadlines").resolve("postgres");
        String first;
        try (ConfigurableApplicationContext node = start("--hgk.embedded-postgres.data-directory=" + data)) {
            first = report(node, "1");
            assertThat(scheduledDeadlines(node)).isEqualTo(1);
        }

        try (ConfigurableApplicationContext restarted = start("--hgk.embedded-postgres.data-directory=" + data)) {
            assertThat(scheduledDeadlines(restarted)).as("the limit outlived the restart").isEqualTo(1);
            assertThat(eventTypes(restarted, first)).containsExactly("ReportReceived", "TimeLimitSet");

            restarted.getBean(LedgerClock.class).advance(PAST_ANY_TRIAGE_LIMIT);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(eventTypes(restarted, first))
                    .containsExactly("ReportReceived", "TimeLimitSet", "DeadlineMissed"));

            String url = restarted.getBean(EmbeddedPostgres.class).getJdbcUrl("postgres", "postgres");
            try (ConfigurableApplicationContext second = start("--spring.datasource.url=" + url,
                    "--spring.datasource.username=postgres")) {
                restarted.getBean(LedgerClock.class).resume();
                String other = report(restarted, "2");
                Instant later = Instant.now().plus(PAST_ANY_TRIAGE_LIMIT);
                restarted.getBean(LedgerClock.class).setTo(later);
                second.getBean(LedgerClock.class).setTo(later);

                await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                        assertThat(eventTypes(second, other)).contains("DeadlineMissed"));
                // both nodes keep polling for a while: the limit stays missed once, escalated once
                await().during(POLLING.multipliedBy(10)).atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                        assertThat(eventTypes(second, other))
                                .containsExactly("ReportReceived", "TimeLimitSet", "DeadlineMissed"));
                assertThat(scheduledDeadlines(second)).isZero();
            }
        }
    }

    private static String report(ConfigurableApplicationContext node, String houseNumber) {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        LedgerClient.Answer received = new LedgerClient(port)
                .post(CASE_WORKER, "/api/reports", Requests.report("7511 JJ", houseNumber));
        assertThat(received.status()).as("%s", received.body()).isEqualTo(201);
        return received.text("caseId");
    }

    private static List<String> eventTypes(ConfigurableApplicationContext node, String caseId) {
        return node.getBean(JdbcTemplate.class).queryForList("""
                        select regexp_replace(payload_type, '.*\\.', '') from domain_event_entry
                        where aggregate_identifier = ? order by sequence_number""", String.class, caseId);
    }

    private static long scheduledDeadlines(ConfigurableApplicationContext node) {
        return node.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from scheduled_tasks where task_name like '%eadline%'", Long.class);
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        String[] all = new String[arguments.length + 2];
        all[0] = "--server.port=0";
        all[1] = "--hgk.deadlines.polling-interval=" + POLLING;
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        return new SpringApplicationBuilder(HgkLedgerApplication.class).run(all);
    }
}
