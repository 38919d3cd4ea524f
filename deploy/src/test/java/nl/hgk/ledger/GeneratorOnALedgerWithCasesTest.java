package nl.hgk.ledger;

import static nl.hgk.ledger.Requests.CASE_WORKER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A simulated year never mixes with real cases by accident: started to generate on a ledger that holds a case, the
 * ledger refuses to start and writes nothing; told so explicitly, it adds the year all the same. The refused year and
 * the allowed one are different years, so that the events of each can be told apart by their simulated timestamps.
 */
class GeneratorOnALedgerWithCasesTest {

    @Test
    void theGeneratorRefusesALedgerThatHoldsCasesUnlessToldExplicitly() throws Exception {
        Path data = Files.createTempDirectory("generator-refusal").resolve("postgres");
        String realCase;
        long eventsOfTheRealCase;
        try (ConfigurableApplicationContext ledger = start("--hgk.embedded-postgres.data-directory=" + data)) {
            realCase = report(ledger);
            eventsOfTheRealCase = eventsOf(ledger, realCase);
        }

        assertThatThrownBy(() -> start("--hgk.embedded-postgres.data-directory=" + data,
                "--hgk.generate.year=2024", "--hgk.generate.reports=20", "--hgk.generate.advice-requests=10"))
                .as("start-up with a generator on a ledger that holds a case")
                .hasStackTraceContaining("hgk.generate.into-existing-ledger=true");

        try (ConfigurableApplicationContext ledger = start("--hgk.embedded-postgres.data-directory=" + data,
                "--hgk.generate.year=2025", "--hgk.generate.reports=20", "--hgk.generate.advice-requests=10",
                "--hgk.generate.into-existing-ledger=true")) {
            assertThat(eventsSimulatedIn(ledger, 2024)).as("events written by the refused generator").isZero();
            assertThat(eventsSimulatedIn(ledger, 2025)).as("events of the year generated when told so").isPositive();
            assertThat(eventsOf(ledger, realCase)).as("the real case").isEqualTo(eventsOfTheRealCase);
        }
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        String[] withPort = new String[arguments.length + 1];
        withPort[0] = "--server.port=0";
        System.arraycopy(arguments, 0, withPort, 1, arguments.length);
        // as arguments, not default properties: those rank below application.yml, which names a data directory
        return new SpringApplicationBuilder(HgkLedgerApplication.class).run(withPort);
    }

    private static String report(ConfigurableApplicationContext ledger) {
        int port = ((WebServerApplicationContext) ledger).getWebServer().getPort();
        LedgerClient.Answer received = new LedgerClient(port)
                .post(CASE_WORKER, "/api/reports", Requests.report("3311 AB", "12"));
        assertThat(received.status()).as("%s", received.body()).isEqualTo(201);
        return received.text("caseId");
    }

    private static long eventsOf(ConfigurableApplicationContext ledger, String caseId) {
        return ledger.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class, caseId);
    }

    /** the generator sets the ledger clock to each simulated moment, so its events carry those timestamps */
    private static long eventsSimulatedIn(ConfigurableApplicationContext ledger, int year) {
        return ledger.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from domain_event_entry where time_stamp like ?", Long.class, year + "-%");
    }
}
