package nl.hgk.ledger;

import static nl.hgk.ledger.Requests.CASE_WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Given a datasource URL, the ledger uses that PostgreSQL server (here one started beside the test, standing in for
 * a production server): no embedded database of its own, and its schema created there by Flyway.
 */
class ExternalDatabaseTest {

    @Test
    void aConfiguredServerIsUsedInsteadOfTheEmbeddedDefault() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start();
             ConfigurableApplicationContext ledger = new SpringApplicationBuilder(HgkLedgerApplication.class).run(
                     "--server.port=0",
                     "--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                     "--spring.datasource.username=postgres")) {

            assertThat(ledger.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();

            int port = ((WebServerApplicationContext) ledger).getWebServer().getPort();
            LedgerClient.Answer received = new LedgerClient(port)
                    .post(CASE_WORKER, "/api/reports", Requests.report("5611 AB", "1"));
            assertThat(received.status()).isEqualTo(201);

            JdbcTemplate serverTables = new JdbcTemplate(server.getPostgresDatabase());
            assertThat(serverTables.queryForObject(
                    "select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class,
                    received.text("caseId"))).as("the report and its triage limit").isEqualTo(2);
            assertThat(serverTables.queryForList("select version from flyway_schema_history where success",
                    String.class)).contains("1", "2", "3");
        }
    }
}
