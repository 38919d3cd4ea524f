package nl.hgk.ledger;

import static nl.hgk.ledger.Requests.ANALYST;
import static nl.hgk.ledger.Requests.INSPECTOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every command is given by an authenticated user in a role that may give it. (Full access control per endpoint and
 * role comes with its own issue; this holds the line until then.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hgk.embedded-postgres.data-directory=")
class AuthenticationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void withoutCredentialsNothingIsRecorded() {
        long before = StoredEvents.count(jdbc);
        LedgerClient.Answer answer = new LedgerClient(port).post(null, "/api/reports", Requests.report("9711 AA", "1"));
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.text("type")).isEqualTo("urn:hgk-ledger:problem:unauthenticated");
        assertThat(StoredEvents.count(jdbc)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {ANALYST, INSPECTOR})
    void readersGiveNoCommands(String reader) {
        long before = StoredEvents.count(jdbc);
        LedgerClient.Answer answer = new LedgerClient(port).post(reader, "/api/reports", Requests.report("9711 AA", "1"));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.text("type")).isEqualTo("urn:hgk-ledger:problem:forbidden");
        assertThat(StoredEvents.count(jdbc)).isEqualTo(before);
    }

    @Test
    void onlyAdministratorsManageTheViews() {
        LedgerClient api = new LedgerClient(port);
        assertThat(api.get("beheerder", "/api/views").status()).isEqualTo(200);
        assertThat(api.get(Requests.CASE_WORKER, "/api/views").status()).isEqualTo(403);
        assertThat(api.post(Requests.CASE_WORKER, "/api/views/family-plan/rebuild", Map.of()).status())
                .isEqualTo(403);
    }

    @Test
    void administratorsGiveNoCommands() {
        long before = StoredEvents.count(jdbc);
        LedgerClient.Answer answer = new LedgerClient(port).post("beheerder", "/api/reports",
                Requests.report("9711 AA", "2"));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(StoredEvents.count(jdbc)).isEqualTo(before);
    }

    @Test
    void anEndpointWithoutARuleIsRefused() {
        assertThat(new LedgerClient(port).get(Requests.CASE_WORKER, "/api/no-such-endpoint").status())
                .isEqualTo(403);
    }

    @Test
    void theApiIsDocumentedWithoutSigningIn() {
        LedgerClient.Answer docs = new LedgerClient(port).get(null, "/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().path("paths").has("/api/reports")).isTrue();
        assertThat(docs.body().path("paths").has("/api/cases/{caseId}/closure")).isTrue();
        assertThat(docs.body().path("paths").path("/api/cases/{caseId}/code").path("post").path("parameters")
                .findValuesAsText("name")).contains("Idempotency-Key");
    }
}
