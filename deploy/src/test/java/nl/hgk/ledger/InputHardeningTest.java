package nl.hgk.ledger;

import static nl.hgk.ledger.Requests.ANALYST;
import static nl.hgk.ledger.Requests.CASE_WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the API does with hostile or broken input, and what it tells a browser: bodies above the limit are refused
 * unread (413), an unexpected failure never shows its SQL or stack, every answer carries the security headers, and no
 * answer to a request with an Authorization header, nor to an API request without any sign-in, ever sets a cookie:
 * those are stateless, so CSRF protection is off for them, and a cookie would make it needed. (The browser
 * interface's session and its CSRF cookie are {@code BrowserSessionTest}'s.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hgk.embedded-postgres.data-directory=")
@Import(InputHardeningTest.Failing.class)
class InputHardeningTest {

    private static final int LIMIT = 256 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    /** Test only: an endpoint that fails as a database error would, with SQL in its message. */
    @RestController
    static class Failing {

        @PostMapping("/api/test-only/failure")
        void fail() {
            throw new BadSqlGrammarException("storing the household",
                    "insert into household_case (household_key, case_id) values ('secret-key', 'x')",
                    new SQLException("ERROR: relation \"household_case\" does not exist", "42P01"));
        }
    }

    @Test
    void aBodyAboveTheLimitIsRefusedAndNothingIsRecorded() {
        long before = StoredEvents.count(jdbc);
        Map<String, Object> report = Requests.with(Requests.report("2313 AA", "1"), "reason", "x".repeat(LIMIT));

        LedgerClient.Answer answer = new LedgerClient(port).post(CASE_WORKER, "/api/reports", report);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.raw().headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.text("type")).isEqualTo("urn:hgk-ledger:problem:request-too-large");
        assertThat(answer.body().path("maxBytes").asLong()).isEqualTo(LIMIT);
        assertSecurityHeaders(answer.raw().headers());
        assertThat(StoredEvents.count(jdbc)).isEqualTo(before);
    }

    @Test
    void aChunkedBodyAboveTheLimitIsRefusedAndNothingIsRecorded() throws Exception {
        long before = StoredEvents.count(jdbc);
        String report = LedgerClient.JSON.writeValueAsString(
                Requests.with(Requests.report("2313 AA", "2"), "reason", "x".repeat(LIMIT)));

        HttpResponse<String> answer = postChunked(report);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(LedgerClient.JSON.readTree(answer.body()).path("type").asText())
                .isEqualTo("urn:hgk-ledger:problem:request-too-large");
        assertThat(StoredEvents.count(jdbc)).isEqualTo(before);
    }

    @Test
    void aChunkedBodyWithinTheLimitIsRecorded() throws Exception {
        long before = StoredEvents.count(jdbc);

        HttpResponse<String> answer = postChunked(
                LedgerClient.JSON.writeValueAsString(Requests.report("2313 AA", "3")));

        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(StoredEvents.count(jdbc)).isGreaterThan(before);
    }

    @Test
    void anUnexpectedFailureShowsNoSqlAndNoStack() {
        LedgerClient.Answer answer = new LedgerClient(port).post(CASE_WORKER, "/api/test-only/failure", Map.of());

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.text("type")).isEqualTo("urn:hgk-ledger:problem:internal-error");
        assertThat(answer.raw().body()).doesNotContainIgnoringCase("insert").doesNotContain("household_case")
                .doesNotContain("secret-key").doesNotContain("42P01").doesNotContain("Exception")
                .doesNotContain("org.springframework").doesNotContain("\tat ");
    }

    @Test
    void anApiAnswerCarriesTheSecurityHeaders() {
        LedgerClient.Answer answer = new LedgerClient(port).post(CASE_WORKER, "/api/reports",
                Requests.report("2313 AA", "5"));

        assertThat(answer.status()).isEqualTo(201);
        assertSecurityHeaders(answer.raw().headers());
    }

    @Test
    void thePrintableHistoryCarriesTheSecurityHeadersAndRunsNoScript() {
        LedgerClient api = new LedgerClient(port);
        String caseId = api.post(CASE_WORKER, "/api/reports", Requests.report("2313 AA", "6")).text("caseId");

        LedgerClient.Answer page = api.get(Requests.INSPECTOR, "/api/cases/" + caseId
                + "/history?format=html&reason=toezicht");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertSecurityHeaders(page.raw().headers());
        // the policy allows the document's own <style> and nothing else; the page must need nothing else
        assertThat(page.raw().body()).contains("<style>").doesNotContainIgnoringCase("<script")
                .doesNotContain("style=\"").doesNotContain("<link").doesNotContain("<img");
    }

    @Test
    void swaggerUiMayLoadItsOwnScriptsOnly() {
        HttpHeaders headers = new LedgerClient(port).get(null, "/swagger-ui/index.html").raw().headers();

        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-eval")
                .doesNotContain("script-src 'self' 'unsafe-inline'"));
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void noAnswerToAHeaderOrToAnApiRequestWithoutSignInSetsACookie() throws Exception {
        LedgerClient api = new LedgerClient(port);
        String caseId = api.post(CASE_WORKER, "/api/reports", Requests.report("2313 AA", "7")).text("caseId");
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (String user : new String[] {null, CASE_WORKER, ANALYST, Requests.INSPECTOR, "beheerder"}) {
            answers.add(api.get(user, "/api/cases/" + caseId + "/history").raw());
            answers.add(api.get(user, "/api/cases/" + caseId + "/history?format=html").raw());
            answers.add(api.get(user, "/api/family-plans/" + caseId).raw());
            answers.add(api.get(user, "/api/views").raw());
            answers.add(api.post(user, "/api/cases/" + caseId + "/code", Map.of("code", "RED", "expectedVersion", 0))
                    .raw());
        }
        answers.add(api.post(CASE_WORKER, "/api/cases/" + caseId + "/code", Map.of("code", "RED", "expectedVersion", 0))
                .raw());
        answers.add(api.post(CASE_WORKER, "/api/reports", Requests.report("2313 AA", "8")).raw());
        answers.add(api.post(CASE_WORKER, "/api/cases/" + UUID.randomUUID() + "/code",
                Map.of("code", "RED", "expectedVersion", 0)).raw());
        answers.add(api.postRaw(CASE_WORKER, "/api/reports", "{", Map.of()).raw());
        answers.add(api.post(CASE_WORKER, "/api/test-only/failure", Map.of()).raw());
        answers.add(api.post(CASE_WORKER, "/api/reports",
                Requests.with(Requests.report("2313 AA", "9"), "reason", "x".repeat(LIMIT))).raw());
        answers.add(api.get("casemanager-with-a-wrong-password", "/api/views").raw());
        answers.add(api.get(null, "/api/me").raw());
        answers.add(api.post(null, "/api/reports", Requests.report("2313 AA", "10")).raw());
        answers.add(api.get(CASE_WORKER, "/api/me").raw());
        answers.add(api.get(CASE_WORKER, "/api/sign-in-options").raw());
        answers.add(api.post(CASE_WORKER, "/api/session", Map.of("username", CASE_WORKER, "password", "demo")).raw());
        answers.add(api.get(null, "/actuator/health").raw());
        answers.add(api.get(null, "/v3/api-docs").raw());
        answers.add(api.get(null, "/swagger-ui/index.html").raw());

        assertThat(answers).extracting(HttpResponse::statusCode)
                .contains(200, 201, 400, 401, 403, 404, 409, 413, 500);
        for (HttpResponse<String> answer : answers) {
            assertThat(answer.headers().allValues("Set-Cookie")).as(answer.request().uri().toString()).isEmpty();
        }
    }

    private static void assertSecurityHeaders(HttpHeaders headers) {
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("default-src 'none'").contains("frame-ancestors 'none'").doesNotContain("script-src"));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("camera=()").contains("geolocation=()").contains("microphone=()"));
        assertThat(headers.firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts -> assertThat(hsts)
                .contains("max-age=31536000").contains("includeSubDomains"));
        assertThat(headers.firstValue("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache)
                .contains("no-store"));
    }

    /** A body of unknown length, sent in chunks, as a streaming client would. */
    private HttpResponse<String> postChunked(String body) throws IOException, InterruptedException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/reports"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((CASE_WORKER + ":demo").getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
