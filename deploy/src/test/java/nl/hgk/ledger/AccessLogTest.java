package nl.hgk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every read of a family plan or a case history is on the record, over HTTP on embedded PostgreSQL: N reads in
 * different forms are N rows of the access log with who, their role and why; an inspector must say why; inspectors
 * and the privacy officer read the log, each their own part; the log refuses change; a read that cannot be logged is
 * not answered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hgk.embedded-postgres.data-directory=")
class AccessLogTest {

    private static final String CASE_WORKER = "casemanager";
    private static final String INSPECTOR = "inspecteur";
    private static final String PRIVACY_OFFICER = "fg";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private LedgerClient api;

    @BeforeEach
    void client() {
        api = new LedgerClient(port);
    }

    private String openCase(String houseNumber) {
        LedgerClient.Answer received = api.post(CASE_WORKER, "/api/reports", Requests.report("3315 AL", houseNumber));
        assertThat(received.status()).as("%s", received.body()).isEqualTo(201);
        return received.text("caseId");
    }

    @Test
    void everyReadOfAHistoryAndAPlanIsARowWithWhoAndWhy() throws Exception {
        String caseId = openCase("1");
        String history = "/api/cases/" + caseId + "/history";

        LedgerClient.Answer noReason = api.get(INSPECTOR, history);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.text("type")).isEqualTo("urn:hgk-ledger:problem:invalid-query");
        assertThat(noReason.body().path("errors").get(0).path("field").asText()).isEqualTo("reason");
        assertThat(api.get(INSPECTOR, history + "?format=html").status()).isEqualTo(400);

        List<LedgerClient.Answer> reads = List.of(
                api.get(INSPECTOR, history + "?reason=signaal%20over%20de%20meldcode"),
                api.get(INSPECTOR, history + "?format=html", Map.of("Hgk-Reason", "toezicht op de aanpak")),
                api.get(INSPECTOR, history + "?download=true&reason=dossieronderzoek"),
                api.get(INSPECTOR, history + "?asOf=2999-01-01T00:00:00Z&reason=stand%20van%20zaken"),
                api.get(CASE_WORKER, history + "?format=html&download=true"),
                api.get(CASE_WORKER, "/api/family-plans/" + caseId + "?minVersion=1"),
                api.get(CASE_WORKER, "/api/family-plans/" + caseId, Map.of("Hgk-Reason", "huisbezoek voorbereiden")));
        assertThat(reads).allSatisfy(read -> assertThat(read.status()).as("%s", read.body()).isEqualTo(200));
        try (ServerSentEvents stream = ServerSentEvents.open(port, CASE_WORKER,
                "/api/family-plans/" + caseId + "/updates")) {
            assertThat(stream.status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(10)).until(() -> !stream.events().isEmpty());
        }

        JsonNode log = api.get(INSPECTOR, "/api/access-log?caseId=" + caseId).body();
        assertThat(log.path("total").asLong()).as("%s", log).isEqualTo(8);
        List<String> rows = new ArrayList<>();
        for (JsonNode entry : log.path("entries")) {
            rows.add(entry.path("user").asText() + " " + entry.path("role").asText() + " "
                    + entry.path("what").asText() + " [" + entry.path("detail").asText("") + "] "
                    + entry.path("reason").asText(""));
            assertThat(entry.path("caseId").asText()).isEqualTo(caseId);
            assertThat(entry.path("caseRegion").asText()).isEqualTo("VT24");
            assertThat(entry.path("readAt").asText()).isNotBlank();
        }
        assertThat(rows).containsExactly(
                "inspecteur INSPECTOR CASE_HISTORY [json] signaal over de meldcode",
                "inspecteur INSPECTOR CASE_HISTORY [html] toezicht op de aanpak",
                "inspecteur INSPECTOR CASE_HISTORY [json download] dossieronderzoek",
                "inspecteur INSPECTOR CASE_HISTORY [json asOf=2999-01-01T00:00:00Z] stand van zaken",
                "casemanager CASE_WORKER CASE_HISTORY [html download] ",
                "casemanager CASE_WORKER FAMILY_PLAN [minVersion=1] ",
                "casemanager CASE_WORKER FAMILY_PLAN [] huisbezoek voorbereiden",
                "casemanager CASE_WORKER FAMILY_PLAN_UPDATES [] ");
        assertThat(jdbc.queryForObject("select count(*) from access_log where case_id = ?::uuid", Long.class, caseId))
                .as("in the table itself").isEqualTo(8);
    }

    @Test
    void inspectorsReadTheirRegionsPartAndThePrivacyOfficerTheirOrganisations() {
        String caseId = openCase("2");
        assertThat(api.get(INSPECTOR, "/api/cases/" + caseId + "/history?reason=toezicht").status()).isEqualTo(200);
        assertThat(api.get(CASE_WORKER, "/api/cases/" + caseId + "/history").status()).isEqualTo(200);

        JsonNode byPrivacyOfficer = api.get(PRIVACY_OFFICER, "/api/access-log?caseId=" + caseId).body();
        assertThat(byPrivacyOfficer.path("entries").findValuesAsText("user"))
                .as("the reads by the people of veilig-thuis-zhz, not the inspector's").containsExactly(CASE_WORKER);
        assertThat(api.get("inspecteur-hm", "/api/access-log?caseId=" + caseId).body().path("total").asLong())
                .as("another region's inspector").isZero();
        assertThat(api.get(CASE_WORKER, "/api/access-log?caseId=" + caseId).status()).isEqualTo(403);
        assertThat(api.get(Requests.ANALYST, "/api/access-log").status()).isEqualTo(403);

        JsonNode paged = api.get(INSPECTOR, "/api/access-log?caseId=" + caseId + "&size=1&page=1").body();
        assertThat(paged.path("total").asLong()).isEqualTo(2);
        assertThat(paged.path("entries").findValuesAsText("user")).containsExactly(CASE_WORKER);
        assertThat(api.get(INSPECTOR, "/api/access-log?caseId=" + caseId + "&from=2999-01-01T00:00:00Z").body()
                .path("total").asLong()).isZero();
        assertThat(api.get(INSPECTOR, "/api/access-log?caseId=" + caseId + "&to=2999-01-01T00:00:00Z").body()
                .path("total").asLong()).isEqualTo(2);
    }

    @Test
    void badQueriesOfTheLogAreProblemDetails() {
        for (String query : List.of("from=yesterday", "to=2025-13-01T00:00:00Z", "size=0", "size=501", "page=-1",
                "from=2025-02-01T00:00:00Z&to=2025-01-01T00:00:00Z", "caseId=not-a-case")) {
            LedgerClient.Answer answer = api.get(INSPECTOR, "/api/access-log?" + query);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.raw().headers().firstValue("Content-Type")).as(query)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    @Test
    void theLogIsAppendOnly() {
        String caseId = openCase("3");
        assertThat(api.get(CASE_WORKER, "/api/cases/" + caseId + "/history").status()).isEqualTo(200);
        assertThatThrownBy(() -> jdbc.update("update access_log set user_name = 'niemand' where case_id = ?::uuid",
                caseId)).hasMessageContaining("the access log is append-only: UPDATE on access_log refused");
        assertThatThrownBy(() -> jdbc.update("delete from access_log where case_id = ?::uuid", caseId))
                .hasMessageContaining("the access log is append-only: DELETE on access_log refused");
        assertThatThrownBy(() -> jdbc.update("truncate access_log"))
                .hasMessageContaining("the access log is append-only: TRUNCATE on access_log refused");
        assertThat(jdbc.queryForObject("select count(*) from access_log where case_id = ?::uuid", Long.class, caseId))
                .isEqualTo(1);
    }

    /** The table out of the way for a moment: the read fails, and nothing of the case is sent. */
    @Test
    void aReadThatCannotBeLoggedIsNotAnswered() throws Exception {
        String caseId = openCase("4");
        assertThat(api.get(CASE_WORKER, "/api/family-plans/" + caseId + "?minVersion=1").status()).isEqualTo(200);
        jdbc.execute("alter table access_log rename to access_log_away");
        try {
            for (String path : List.of("/api/family-plans/" + caseId, "/api/cases/" + caseId + "/history",
                    "/api/cases/" + caseId + "/history?format=html")) {
                LedgerClient.Answer answer = api.get(CASE_WORKER, path);
                assertThat(answer.status()).as(path).isEqualTo(500);
                assertThat(answer.raw().body()).as(path).doesNotContain("Jansen").doesNotContain("111222333");
            }
            try (ServerSentEvents stream = ServerSentEvents.open(port, CASE_WORKER,
                    "/api/family-plans/" + caseId + "/updates")) {
                assertThat(stream.status()).isEqualTo(500);
            }
        } finally {
            jdbc.execute("alter table access_log_away rename to access_log");
        }
    }
}
