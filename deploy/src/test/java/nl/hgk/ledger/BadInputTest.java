package nl.hgk.ledger;

import static nl.hgk.ledger.Requests.CASE_WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad input gets a clear 4xx problem detail that names what is wrong, and appends nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hgk.embedded-postgres.data-directory=")
class BadInputTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private LedgerClient api;
    private String caseId;
    private String casePath;
    private long eventsBefore;

    @BeforeEach
    void aCaseAtVersionTwo() {
        api = new LedgerClient(port);
        // a household of its own for every test, so each starts from a new case
        String houseNumber = String.valueOf(ThreadLocalRandom.current().nextInt(1, 99999));
        LedgerClient.Answer received = api.post(CASE_WORKER, "/api/reports", Requests.report("2311 EZ", houseNumber));
        assertThat(received.text("outcome")).isEqualTo("CASE_OPENED");
        caseId = received.text("caseId");
        casePath = "/api/cases/" + caseId;
        // the report and its triage limit are versions 0 and 1; the code makes it 2
        LedgerClient.Answer coded = api.post(CASE_WORKER, casePath + "/code",
                Map.of("code", "GREEN", "expectedVersion", received.version()));
        assertThat(coded.status()).isEqualTo(200);
        assertThat(coded.version()).isEqualTo(2);
        eventsBefore = StoredEvents.count(jdbc);
    }

    @Test
    void malformedJson() {
        LedgerClient.Answer answer = api.postRaw(CASE_WORKER, casePath + "/code", "{\"code\": \"RED\",", Map.of());
        assertProblem(answer, 400, "malformed-json");
    }

    @Test
    void aMissingField() {
        LedgerClient.Answer answer = api.post(CASE_WORKER, casePath + "/code", Map.of("code", "RED"));
        assertProblem(answer, 400, "invalid-request");
        assertThat(answer.body().path("errors").findValuesAsText("field")).containsExactly("expectedVersion");
    }

    @Test
    void aMissingNestedFieldOfAReport() {
        Map<String, Object> report = Requests.with(Requests.report("2311 EZ", "7"), "household",
                Map.of("postcode", "2311 EZ", "municipality", "GM0546"));
        LedgerClient.Answer answer = api.post(CASE_WORKER, "/api/reports", report);
        assertProblem(answer, 400, "invalid-request");
        assertThat(answer.body().path("errors").findValuesAsText("field")).containsExactly("household.houseNumber");
    }

    @Test
    void anUnknownField() {
        LedgerClient.Answer answer = api.post(CASE_WORKER, casePath + "/code",
                Map.of("code", "RED", "expectedVersion", 1, "colour", "red"));
        assertProblem(answer, 400, "unknown-field");
        assertThat(answer.body().path("errors").findValuesAsText("field")).containsExactly("colour");
    }

    @Test
    void anUnknownNestedField() {
        Map<String, Object> report = Requests.with(Requests.report("2311 EZ", "7"), "persons",
                List.of(Map.of("role", "VICTIM", "fullName", "A", "shoeSize", 42)));
        LedgerClient.Answer answer = api.post(CASE_WORKER, "/api/reports", report);
        assertProblem(answer, 400, "unknown-field");
        assertThat(answer.body().path("errors").findValuesAsText("field")).containsExactly("persons[0].shoeSize");
    }

    @Test
    void aValueOutsideAnEnumeration() {
        LedgerClient.Answer answer = api.post(CASE_WORKER, casePath + "/code",
                Map.of("code", "PURPLE", "expectedVersion", 1));
        assertProblem(answer, 400, "invalid-value");
        assertThat(answer.body().path("detail").asText()).contains("GREEN, ORANGE, RED");
    }

    @Test
    void anUnknownMunicipalityCode() {
        Map<String, Object> report = Requests.with(Requests.report("2311 EZ", "7"), "household",
                Map.of("postcode", "2311 EZ", "houseNumber", "7", "municipality", "GM9999"));
        LedgerClient.Answer answer = api.post(CASE_WORKER, "/api/reports", report);
        assertProblem(answer, 400, "invalid-request");
        assertThat(answer.body().path("errors").findValuesAsText("field")).containsExactly("household.municipality");
    }

    @Test
    void aBsnThatFailsTheElevenTest() {
        Map<String, Object> report = Requests.with(Requests.report("2311 EZ", "7"), "persons",
                List.of(Map.of("role", "VICTIM", "fullName", "A", "bsn", "123456789")));
        LedgerClient.Answer answer = api.post(CASE_WORKER, "/api/reports", report);
        assertProblem(answer, 400, "invalid-request");
        assertThat(answer.body().path("errors").findValuesAsText("field")).containsExactly("persons[0].bsn");
    }

    @Test
    void anIllegalTransition() {
        LedgerClient.Answer answer = api.post(CASE_WORKER, casePath + "/plan",
                Map.of("plan", Requests.plan(List.of()), "expectedVersion", 2));
        assertProblem(answer, 422, "command-refused");
        assertThat(answer.text("refusal")).isEqualTo("NO_COORDINATOR");
        assertThat(answer.text("detail")).isEqualTo("a family plan needs a coordinator first");
    }

    @Test
    void aStaleVersion() {
        LedgerClient.Answer answer = api.post(CASE_WORKER, casePath + "/code",
                Map.of("code", "RED", "expectedVersion", 0));
        assertProblem(answer, 409, "stale-version");
        assertThat(answer.body().path("actualVersion").asLong()).isEqualTo(2);
    }

    @Test
    void aStaleVersionThatWouldAlsoBreakARuleIsStillAConflict() {
        LedgerClient.Answer answer = api.post(CASE_WORKER, casePath + "/code",
                Map.of("code", "GREEN", "expectedVersion", 0));
        assertProblem(answer, 409, "stale-version");
    }

    @Test
    void aVersionTheCaseHasNotReached() {
        LedgerClient.Answer answer = api.post(CASE_WORKER, casePath + "/code",
                Map.of("code", "RED", "expectedVersion", 7));
        assertProblem(answer, 409, "stale-version");
        assertThat(answer.text("detail")).contains("is at version 2");
    }

    @Test
    void anUnknownCase() {
        LedgerClient.Answer answer = api.post(CASE_WORKER, "/api/cases/00000000-0000-0000-0000-000000000000/code",
                Map.of("code", "RED", "expectedVersion", 0));
        assertProblem(answer, 404, "unknown-case");
    }

    @Test
    void aCaseIdThatIsNoUuid() {
        LedgerClient.Answer answer = api.post(CASE_WORKER, "/api/cases/not-a-case/code",
                Map.of("code", "RED", "expectedVersion", 1));
        assertProblem(answer, 400, "invalid-value");
        assertThat(answer.body().path("errors").findValuesAsText("field")).containsExactly("caseId");
    }

    @Test
    void anEnumByItsOrdinalIsNoCode() {
        // 0 was once recorded as GREEN, the first constant, on a RED case
        LedgerClient.Answer answer = api.postRaw(CASE_WORKER, casePath + "/code",
                "{\"code\": 2, \"expectedVersion\": 2}", Map.of());
        assertProblem(answer, 400, "invalid-value");
        assertThat(answer.body().path("errors").findValuesAsText("field")).containsExactly("code");
        assertThat(answer.text("detail")).isEqualTo("Field 'code': expected one of GREEN, ORANGE, RED, given 2");
    }

    @Test
    void aVersionAsTextIsNoVersion() {
        LedgerClient.Answer answer = api.postRaw(CASE_WORKER, casePath + "/code",
                "{\"code\": \"RED\", \"expectedVersion\": \"2\"}", Map.of());
        assertProblem(answer, 400, "invalid-value");
        assertThat(answer.text("detail")).isEqualTo("Field 'expectedVersion': expected a whole number, given text");
    }

    @Test
    void aNumberIsNoReason() {
        LedgerClient.Answer answer = api.postRaw(CASE_WORKER, casePath + "/code",
                "{\"code\": \"RED\", \"expectedVersion\": 2, \"reason\": 123}", Map.of());
        assertProblem(answer, 400, "invalid-value");
        assertThat(answer.text("detail")).isEqualTo("Field 'reason': expected text, given 123");
    }

    @Test
    void aFieldGivenTwice() {
        LedgerClient.Answer answer = api.postRaw(CASE_WORKER, casePath + "/code",
                "{\"code\": \"RED\", \"expectedVersion\": 2, \"code\": null}", Map.of());
        assertProblem(answer, 400, "invalid-value");
        assertThat(answer.text("detail")).isEqualTo("Field 'code': given more than once; give each field once");
    }

    @Test
    void aFieldGivenTwiceInAPersonOfAReport() {
        String report = LedgerClient.JSON.valueToTree(Requests.report("2311 EZ", "7")).toString().replace(
                "\"fullName\":\"Piet Jansen\"", "\"fullName\":\"Piet Jansen\",\"fullName\":\"Jan Jansen\"");
        LedgerClient.Answer answer = api.postRaw(CASE_WORKER, "/api/reports", report, Map.of());
        assertProblem(answer, 400, "invalid-value");
        assertThat(answer.body().path("errors").findValuesAsText("field")).containsExactly("persons[1].fullName");
    }

    @Test
    void aDecisionTakenAtSecondsSince1970IsNoMoment() {
        LedgerClient.Answer answer = api.postRaw(CASE_WORKER, casePath + "/administrative-decisions",
                "{\"decisionId\": \"" + UUID.randomUUID() + "\", \"decidedAt\": 0, "
                        + "\"decision\": \"toezicht\", \"expectedVersion\": 2}", Map.of());
        assertProblem(answer, 400, "invalid-value");
        assertThat(answer.body().path("errors").findValuesAsText("field")).containsExactly("decidedAt");
    }

    @Test
    void aBodyInYamlIsNotRead() {
        // YAML, read leniently past the strict JSON reading, once took code: 0 for GREEN
        LedgerClient.Answer answer = api.postRaw(CASE_WORKER, casePath + "/code", "code: 0\nexpectedVersion: 2\n",
                Map.of("Content-Type", "application/yaml"));
        assertProblem(answer, 415, "unsupported-media-type");
    }

    @Test
    void aWildcardContentTypeIsUnsupportedNotAnInternalError() {
        LedgerClient.Answer answer = api.postRaw(CASE_WORKER, casePath + "/code",
                "{\"code\": \"RED\", \"expectedVersion\": 2}", Map.of("Content-Type", "*/*"));
        assertProblem(answer, 415, "unsupported-media-type");
        assertThat(answer.raw().headers().firstValue("Accept")).hasValue("application/json");
    }

    @Test
    void anAnswerInAnotherMediaTypeIsRefusedBeforeTheCommandIsRecorded() {
        LedgerClient.Answer answer = api.postRaw(CASE_WORKER, casePath + "/code",
                "{\"code\": \"RED\", \"expectedVersion\": 2}", Map.of("Accept", "text/plain"));
        assertProblem(answer, 406, "not-acceptable");
        assertThat(answer.text("detail")).contains("application/json").doesNotContain("[");
    }

    @Test
    void aMethodTheEndpointDoesNotAllow() {
        // the rules let a case worker POST under /api, so this reaches the application, which has GET here only
        LedgerClient.Answer answer = api.postRaw(CASE_WORKER, "/api/family-plans/" + caseId, "{}", Map.of());
        assertProblem(answer, 405, "method-not-allowed");
        assertThat(answer.raw().headers().firstValue("Allow")).hasValue("GET");
    }

    @Test
    void anUnknownPath() {
        LedgerClient.Answer answer = api.postRaw(CASE_WORKER, "/api/no-such-endpoint", "{}", Map.of());
        assertProblem(answer, 404, "not-found");
    }

    private void assertProblem(LedgerClient.Answer answer, int status, String type) {
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(status);
        assertThat(answer.raw().headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.text("type")).isEqualTo("urn:hgk-ledger:problem:" + type);
        assertThat(answer.text("detail")).isNotBlank().doesNotContain("Exception").doesNotContain("nl.hgk");
        assertThat(StoredEvents.count(jdbc)).as("events appended by a refused request").isEqualTo(eventsBefore);
    }
}
