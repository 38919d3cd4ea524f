package nl.hgk.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A browser's session lives in the ledger's PostgreSQL (Spring Session JDBC), not in one node's memory: it outlives a
 * restart, every node of the ledger knows it, and signing out on one node signs out on all. Without this a user of a
 * ledger with two replicas behind a load balancer would be signed out at random, and everyone at every deployment.
 */
class BrowserSessionsAcrossNodesTest {

    @Test
    void aSessionOutlivesARestartAndIsKnownToEveryNode() throws Exception {
        Path data = Files.createTempDirectory("sessions").resolve("postgres");
        String session;
        String csrf;
        try (ConfigurableApplicationContext node = start("--hgk.embedded-postgres.data-directory=" + data)) {
            Browser browser = new Browser(port(node));
            assertThat(browser.signIn("casemanager", "demo").status()).isEqualTo(200);
            session = browser.cookie(Browser.SESSION);
            csrf = browser.cookie(Browser.XSRF);
            assertThat(node.getBean(JdbcTemplate.class).queryForObject(
                    "SELECT count(*) FROM spring_session WHERE principal_name = 'casemanager'", Long.class))
                    .as("the session is kept in the database").isEqualTo(1);
        }

        try (ConfigurableApplicationContext restarted = start("--hgk.embedded-postgres.data-directory=" + data)) {
            Browser afterRestart = signedInWith(port(restarted), session, csrf);
            assertThat(afterRestart.get("/api/me").text("username")).as("still signed in after a restart")
                    .isEqualTo("casemanager");

            String url = restarted.getBean(EmbeddedPostgres.class).getJdbcUrl("postgres", "postgres");
            try (ConfigurableApplicationContext second = start("--spring.datasource.url=" + url,
                    "--spring.datasource.username=postgres")) {
                Browser onTheOtherNode = signedInWith(port(second), session, csrf);
                assertThat(onTheOtherNode.get("/api/me").text("username")).as("known to the other node")
                        .isEqualTo("casemanager");

                assertThat(onTheOtherNode.delete("/api/session").status()).isEqualTo(204);
                assertThat(afterRestart.get("/api/me").status()).as("signed out on one node, signed out on all")
                        .isEqualTo(401);
            }
        }
    }

    private static Browser signedInWith(int port, String session, String csrf) {
        Browser browser = new Browser(port);
        browser.setCookie(Browser.SESSION, session);
        browser.setCookie(Browser.XSRF, csrf);
        return browser;
    }

    private static int port(ConfigurableApplicationContext node) {
        return node.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        String[] all = new String[arguments.length + 1];
        all[0] = "--server.port=0";
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return new SpringApplicationBuilder(HgkLedgerApplication.class).run(all);
    }
}
