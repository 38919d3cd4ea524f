package nl.hgk.ledger.deploy.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A node with the profile {@code query}: it answers reads and its probes, runs the views, and refuses a command as a
 * 503 problem without recording anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hgk.embedded-postgres.data-directory=")
@ActiveProfiles("query")
class QueryNodeTest {

    /** a report as the API takes it: the smallest a case can start from */
    static final String REPORT = """
            {"contactType":"REPORT","reporter":{"type":"PROFESSIONAL","sector":"EDUCATION","name":"J. de Vries",
             "contactDetails":"078-1234567"},"formsOfViolence":["PARTNER_VIOLENCE"],
             "household":{"postcode":"3311 AA","houseNumber":"1","municipality":"GM0505"},
             "persons":[{"role":"VICTIM","fullName":"Anna Jansen","birthDate":"1990-02-03"}]}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    static HttpResponse<String> send(int port, String method, String path, String user, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aCommandIsRefusedAsAProblemAndNothingIsRecorded() throws Exception {
        long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);

        HttpResponse<String> refused = send(port, "POST", "/api/reports", "casemanager", REPORT);

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.path("type").asText()).isEqualTo("urn:hgk-ledger:problem:commands-not-taken-here");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(events);
    }

    @Test
    void readsTheViewsAndAnswersItsProbes() throws Exception {
        assertThat(send(port, "GET", "/api/cases", "casemanager", null).statusCode()).isEqualTo(200);
        HttpResponse<String> views = send(port, "GET", "/api/views", "beheerder", null);
        assertThat(views.statusCode()).isEqualTo(200);
        assertThat(json.readTree(views.body()).findValuesAsText("name")).contains("family-plan", "case-list");
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> answer = send(port, "GET", probe, null, null);
            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            assertThat(json.readTree(answer.body()).path("status").asText()).isEqualTo("UP");
        }
    }
}
