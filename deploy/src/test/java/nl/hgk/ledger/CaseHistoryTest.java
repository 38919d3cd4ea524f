package nl.hgk.ledger;

import static nl.hgk.ledger.Requests.ANALYST;
import static nl.hgk.ledger.Requests.CASE_WORKER;
import static nl.hgk.ledger.Requests.COORDINATOR;
import static nl.hgk.ledger.Requests.INSPECTOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inspector's case history over HTTP, on the embedded PostgreSQL event store: a case driven through the command
 * API, then read back as it is now and as it stood at a moment in between.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hgk.embedded-postgres.data-directory=")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseHistoryTest {

    /** an inspector says why they read a case (AccessLogTest: without it, 400) */
    private static final String REASON = "Hgk-Reason";
    private static final String WHY = "toezicht op de aanpak";
    private static final String SCRIPT_REASON = "<script>alert('x')</script> zorgen om de veiligheid";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private LedgerClient api;
    private String caseId;
    private String history;
    /** the events of the case: its steps, and the time limits they started and stopped */
    private static final int EVENTS = 14;

    /** a moment after triage and the triage limit it met, and before the code RED */
    private Instant between;

    @BeforeAll
    void aCaseFromReportToClosureWithAMomentInBetween() {
        api = new LedgerClient(port);
        String houseNumber = String.valueOf(ThreadLocalRandom.current().nextInt(1, 99999));
        LedgerClient.Answer received = api.post(CASE_WORKER, "/api/reports", Requests.report("3312 CD", houseNumber));
        assertThat(received.text("outcome")).isEqualTo("CASE_OPENED");
        caseId = received.text("caseId");
        history = "/api/cases/" + caseId + "/history";
        CaseSteps steps = new CaseSteps(api, "/api/cases/" + caseId, received.version());

        steps.ok(CASE_WORKER, "/code", Map.of("code", "ORANGE", "reason", SCRIPT_REASON));
        steps.ok(CASE_WORKER, "/triage", Map.of("outcome", "VEILIG_THUIS_INVESTIGATION"));
        // Event timestamps are the server's wall clock, stored to the millisecond. Every event so far was stamped
        // before this moment; the next is stamped after it once the clock has passed the next millisecond.
        between = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        await().pollInterval(Duration.ofMillis(1)).atMost(Duration.ofSeconds(1))
                .until(() -> Instant.now().isAfter(between.plusMillis(1)));
        steps.ok(CASE_WORKER, "/code", Map.of("code", "RED", "reason", "geweld neemt toe"));
        steps.ok(CASE_WORKER, "/coordinator", Requests.COORDINATOR_APPOINTED);
        steps.ok(COORDINATOR, "/plan", Map.of("plan", Requests.plan(Requests.householdConsents(received))));
        steps.ok(CASE_WORKER, "/reports/" + received.text("reportId") + "/reporter-informed", Map.of());
        steps.ok(CASE_WORKER, "/closure", Map.of("closureReason", "CARE_COMPLETED", "reason", "doelen bereikt"));
    }

    @Test
    void everyEventInOrderWithWhenWhoWhyAndWhat() {
        LedgerClient.Answer answer = api.get(INSPECTOR, history, Map.of(REASON, WHY));

        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
        assertThat(answer.raw().headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        JsonNode body = answer.body();
        assertThat(body.path("caseId").asText()).isEqualTo(caseId);
        assertThat(body.has("asOf")).isFalse();
        assertThat(Instant.parse(body.path("generatedAt").asText())).isAfter(between);

        List<JsonNode> entries = list(body.path("entries"));
        assertThat(entries).extracting(entry -> entry.path("sequenceNumber").asLong())
                .containsExactlyElementsOf(LongStream.range(0, EVENTS).boxed().toList());
        assertThat(entries).extracting(entry -> entry.path("eventType").asText()).containsExactly(
                "ReportReceived", "TimeLimitSet", "CodeAssigned", "TriageDecided", "TimeLimitCleared",
                "CodeAssigned", "CoordinatorAppointed", "FamilyPlanAdopted", "TimeLimitSet", "TimeLimitSet",
                "ReporterInformed", "CaseClosed", "TimeLimitCleared", "TimeLimitCleared");
        // a time limit is started or stopped by the command that records the event before it: same who and why
        List<String> byWhom = List.of("casemanager", "casemanager", "casemanager", "casemanager", "casemanager",
                "casemanager", "casemanager", "regisseur", "regisseur", "regisseur", "casemanager", "casemanager",
                "casemanager", "casemanager");
        assertThat(entries).extracting(entry -> entry.path("user").asText()).containsExactlyElementsOf(byWhom);
        assertThat(entries).extracting(entry -> entry.path("organisation").asText()).containsExactlyElementsOf(
                byWhom.stream().map(user -> user.equals("regisseur") ? "sociaal-team-dordrecht" : "veilig-thuis-zhz")
                        .toList());
        assertThat(entries).extracting(entry -> entry.path("role").asText()).containsExactlyElementsOf(
                byWhom.stream().map(user -> user.equals("regisseur") ? "COORDINATOR" : "CASE_WORKER").toList());
        assertThat(entries).extracting(entry -> entry.path("reason").asText(null)).containsExactly(
                null, null, SCRIPT_REASON, null, null, "geweld neemt toe", null, null, null, null, null,
                "doelen bereikt", "doelen bereikt", "doelen bereikt");
        List<String> limits = entries.stream().filter(entry -> entry.path("eventType").asText().startsWith("TimeLimit"))
                .map(entry -> entry.path("description").asText()).toList();
        assertThat(limits).satisfiesExactly(
                text -> assertThat(text).startsWith("Termijn loopt: triage binnen 5 werkdagen na de melding, tot en met "),
                text -> assertThat(text).startsWith("Termijn op tijd gehaald: triage binnen 5 werkdagen"),
                text -> assertThat(text).startsWith("Termijn loopt: taak uit het gezinsplan"),
                text -> assertThat(text).startsWith("Termijn loopt: evaluatie van het gezinsplan"),
                text -> assertThat(text).startsWith("Termijn vervallen: taak uit het gezinsplan"),
                text -> assertThat(text).startsWith("Termijn vervallen: evaluatie van het gezinsplan"));
        assertThat(entries.stream().filter(entry -> !entry.path("eventType").asText().startsWith("TimeLimit")))
                .extracting(entry -> entry.path("description").asText()).containsExactly(
                "Melding ontvangen van een professional (onderwijs) over partnergeweld en kind getuige van "
                        + "partnergeweld; 3 betrokkenen (slachtoffer, pleger, kind). Casus geopend",
                "Veiligheidscode ORANJE toegekend; procesregie bij Veilig Thuis",
                "Triagebesluit: onderzoek door Veilig Thuis",
                "Veiligheidscode ROOD toegekend (was ORANJE); procesregie bij Veilig Thuis",
                "Zorgcoördinator aangesteld: regisseur (sociaal-team-dordrecht)",
                "Gezinsplan versie 1 vastgesteld: 1 doel, 1 taak, 1 veiligheidsafspraak, evaluatie op "
                        + Requests.EVALUATION_DATE.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")) + "; "
                        + "ingestemd door het slachtoffer (ondertekend), ingestemd door de pleger (ondertekend), "
                        + "ingestemd door het slachtoffer als wettelijk vertegenwoordiger van het kind (ondertekend)"
                        // Sam answers himself from his 12th birthday (Requests.householdConsents)
                        + (Period.between(Requests.CHILD_BORN, Requests.TODAY).getYears() >= 12
                        ? ", ingestemd door het kind (ondertekend)" : ""),
                "Melder teruggekoppeld over de melding van " + dutchDay(entries.get(0)),
                "Casus afgesloten: zorg afgerond");
        List<Instant> times = entries.stream().map(entry -> Instant.parse(entry.path("timestamp").asText())).toList();
        assertThat(times).isSorted();
        assertThat(times.get(4)).isBeforeOrEqualTo(between);
        assertThat(times.get(5)).isAfter(between);
        assertThat(entries).extracting(entry -> entry.path("eventId").asText()).doesNotContain("").doesNotHaveDuplicates();

        // the entries are safe to print; the state is the case, with the people in it
        assertThat(body.path("entries").toString()).doesNotContain("Jansen", "111222333", "J. de Vries");
        JsonNode state = body.path("state");
        assertThat(state.path("status").asText()).isEqualTo("CLOSED");
        assertThat(state.path("closureReason").asText()).isEqualTo("CARE_COMPLETED");
        assertThat(state.path("code").path("code").asText()).isEqualTo("RED");
        assertThat(state.path("coordination").path("coordinator").path("userId").asText()).isEqualTo("regisseur");
        assertThat(state.path("plan").path("planVersion").asInt()).isEqualTo(1);
        assertThat(state.path("version").asLong()).isEqualTo(EVENTS - 1);
        assertThat(state.path("members").findValuesAsText("fullName"))
                .containsExactly("Anna Jansen", "Piet Jansen", "Sam Jansen");
    }

    @Test
    void asOfAMomentInBetweenTheCaseAsItStoodThen() {
        LedgerClient.Answer answer = api.get(INSPECTOR, history + "?asOf=" + between, Map.of(REASON, WHY));

        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
        JsonNode body = answer.body();
        assertThat(Instant.parse(body.path("asOf").asText())).isEqualTo(between);
        assertThat(list(body.path("entries"))).extracting(entry -> entry.path("eventType").asText())
                .containsExactly("ReportReceived", "TimeLimitSet", "CodeAssigned", "TriageDecided", "TimeLimitCleared");
        JsonNode state = body.path("state");
        assertThat(state.path("status").asText()).isEqualTo("OPEN");
        assertThat(state.path("code").path("code").asText()).isEqualTo("ORANGE");
        assertThat(state.path("triage").path("outcome").asText()).isEqualTo("VEILIG_THUIS_INVESTIGATION");
        assertThat(state.has("coordination")).isFalse();
        assertThat(state.has("plan")).isFalse();
        assertThat(state.has("closureReason")).isFalse();
        assertThat(state.path("version").asLong()).isEqualTo(4);
    }

    @Test
    void aMomentWithAnOffsetAndOneInTheFuture() {
        String offset = between.atOffset(ZoneOffset.ofHours(1)).toString().replace("+", "%2B");
        assertThat(list(api.get(INSPECTOR, history + "?asOf=" + offset, Map.of(REASON, WHY)).body().path("entries"))).hasSize(5);

        LedgerClient.Answer future = api.get(INSPECTOR, history + "?asOf=2999-01-01T00:00:00Z", Map.of(REASON, WHY));
        assertThat(future.status()).isEqualTo(200);
        assertThat(list(future.body().path("entries"))).hasSize(EVENTS);
        assertThat(future.body().path("state").path("status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void aPrintableDocumentThatEscapesWhatUsersTyped() {
        LedgerClient.Answer answer = api.get(INSPECTOR, history + "?format=html", Map.of(REASON, WHY));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.raw().headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(answer.raw().headers().firstValue("Content-Disposition")).isEmpty();
        String html = answer.raw().body();
        assertThat(html).contains("<h1>Dossierhistorie</h1>", caseId,
                "<td>Veiligheidscode ROOD toegekend (was ORANJE); procesregie bij Veilig Thuis</td>"
                        + "<td>geweld neemt toe</td>",
                "<td>Casus afgesloten: zorg afgerond</td><td>doelen bereikt</td>",
                "<th>Status</th><td>afgesloten",
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; zorgen om de veiligheid",
                "<h2>Persoonsgegevens van betrokkenen</h2>");
        assertThat(html).doesNotContain("<script", "111222333");
        assertThat(html.split("<td class=\"nr\">", -1)).hasSize(EVENTS + 1);
    }

    @Test
    void thePrintableDocumentAsOfAMoment() {
        LedgerClient.Answer answer = api.get(INSPECTOR, history + "?format=html&asOf=" + between, Map.of(REASON, WHY));

        assertThat(answer.status()).isEqualTo(200);
        String html = answer.raw().body();
        assertThat(html).contains("<th>Stand per</th><td>", "(" + between + ")", "<th>Status</th><td>open</td>",
                "<th>Zorgcoördinator</th><td>nog niet aangesteld</td>");
        assertThat(html).doesNotContain("Veiligheidscode ROOD", "Casus afgesloten");
        assertThat(html.split("<td class=\"nr\">", -1)).hasSize(6);
    }

    @Test
    void aBrowserAskingForHtmlGetsTheDocument() {
        LedgerClient.Answer answer = api.get(INSPECTOR, history,
                Map.of("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", REASON, WHY));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.raw().headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(answer.raw().body()).contains("<h1>Dossierhistorie</h1>");
    }

    @Test
    void downloadedAsAFile() {
        LedgerClient.Answer json = api.get(INSPECTOR, history + "?download=true", Map.of(REASON, WHY));
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.raw().headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"dossierhistorie-" + caseId + ".json\"");
        assertThat(list(json.body().path("entries"))).hasSize(EVENTS);

        LedgerClient.Answer html = api.get(INSPECTOR, history + "?download=true&format=html", Map.of(REASON, WHY));
        assertThat(html.raw().headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"dossierhistorie-" + caseId + ".html\"");
    }

    /**
     * A plan stored before consents named representatives and signatures (revision 1, with the decision
     * BY_LEGAL_REPRESENTATIVE) reads as what it meant: in the history, in the family plan view (which says which
     * answer it lacks), and in the case, whose revision of it must meet the rule. Written here as an older ledger
     * wrote it: appended to the store, the only change the store allows.
     */
    @Test
    void aPlanStoredInItsFirstRevisionReadsAsItMeant() {
        String house = String.valueOf(ThreadLocalRandom.current().nextInt(1, 99999));
        LedgerClient.Answer received = api.post(CASE_WORKER, "/api/reports", Requests.report("3312 CE", house));
        String oldCase = received.text("caseId");
        LedgerClient.Answer appointed = api.post(CASE_WORKER, "/api/cases/" + oldCase + "/coordinator", Map.of(
                "userId", "regisseur", "organisation", "sociaal-team-dordrecht", "expectedVersion", received.version()));
        assertThat(appointed.status()).as("%s", appointed.body()).isEqualTo(200);
        long planAt = appointed.version() + 1;
        String mother = Requests.personWithRole(received, "VICTIM");
        String father = Requests.personWithRole(received, "PERPETRATOR");
        String child = Requests.personWithRole(received, "CHILD");
        // the mother's own answer and "ingestemd door wettelijk vertegenwoordiger" for the child; the father's is lacking
        String revision1 = """
                {"caseId":"%s","planVersion":1,"plan":{"goals":[{"lifeDomain":"SAFETY","description":"rust in huis"}],
                "tasks":[],"safetyAgreements":[],"evaluationDates":["%s"],"consents":[
                {"personId":"%s","decision":"GIVEN","clientOpinion":null},
                {"personId":"%s","decision":"BY_LEGAL_REPRESENTATIVE","clientOpinion":null}]}}"""
                .formatted(oldCase, Requests.EVALUATION_DATE, mother, child);
        jdbc.update("insert into domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier, "
                        + "meta_data, payload, payload_revision, payload_type, time_stamp) select aggregate_identifier, ?, "
                        + "type, ?, meta_data, convert_to(?, 'UTF8'), '1', ?, ? from domain_event_entry "
                        + "where aggregate_identifier = ? and sequence_number = ?",
                planAt, UUID.randomUUID().toString(), revision1,
                "nl.hgk.ledger.events.coordination.FamilyPlanAdopted", Instant.now().toString(), oldCase,
                appointed.version());

        List<JsonNode> entries = list(api.get(INSPECTOR, "/api/cases/" + oldCase + "/history", Map.of(REASON, WHY))
                .body().path("entries"));
        assertThat(entries).filteredOn(entry -> entry.path("eventType").asText().equals("FamilyPlanAdopted"))
                .singleElement().extracting(entry -> entry.path("description").asText()).asString()
                .endsWith("; ingestemd door het slachtoffer, ingestemd door de wettelijk vertegenwoordiger van het kind");

        JsonNode plan = api.get(CASE_WORKER, "/api/family-plans/" + oldCase + "?minVersion=" + planAt).body().path("plan");
        assertThat(plan.path("consents").get(1).path("decidedBy").asText()).isEqualTo("LEGAL_REPRESENTATIVE");
        assertThat(plan.path("consents").get(1).path("decision").asText()).isEqualTo("GIVEN");
        assertThat(plan.path("consents").get(1).path("signed").isBoolean()).as("not recorded then").isFalse();
        assertThat(plan.path("consentNeeds").get(1).path("personId").asText()).isEqualTo(father);
        assertThat(plan.path("consentNeeds").get(1).path("missing")).extracting(JsonNode::asText).containsExactly("PERSON");

        CaseSteps steps = new CaseSteps(api, "/api/cases/" + oldCase, planAt);
        LedgerClient.Answer unchanged = steps.post(COORDINATOR, "/plan/revisions", Map.of("planVersion", 2,
                "reason", "evaluatie", "plan", Requests.plan(List.of(
                        Map.of("personId", mother, "decision", "GIVEN", "signed", true),
                        Map.of("personId", child, "representativeId", mother, "decision", "GIVEN", "signed", true)))));
        assertThat(unchanged.status()).as("a revision is checked: %s", unchanged.body()).isEqualTo(422);
        assertThat(unchanged.text("refusal")).isEqualTo("CONSENT_MISSING");
        steps.ok(COORDINATOR, "/plan/revisions", Map.of("planVersion", 2, "reason", "evaluatie",
                "plan", Requests.plan(Requests.householdConsents(received))));
    }

    @Test
    void anUnknownCase() {
        LedgerClient.Answer answer = api.get(INSPECTOR, "/api/cases/" + UUID.randomUUID() + "/history", Map.of(REASON, WHY));

        assertProblem(answer, 404, "not-found");
    }

    @Test
    void anUnknownCaseAskedForAsHtmlIsStillAProblem() {
        String unknown = "/api/cases/" + UUID.randomUUID() + "/history";

        assertProblem(api.get(INSPECTOR, unknown + "?format=html", Map.of(REASON, WHY)), 404, "not-found");
        assertProblem(api.get(INSPECTOR, unknown, Map.of("Accept", "text/html", REASON, WHY)), 404, "not-found");
    }

    @Test
    void beforeTheFirstEventTheCaseDidNotExistYet() {
        Instant before = Instant.parse(list(api.get(INSPECTOR, history, Map.of(REASON, WHY)).body().path("entries")).get(0)
                .path("timestamp").asText()).minusMillis(1);

        LedgerClient.Answer answer = api.get(INSPECTOR, history + "?asOf=" + before, Map.of(REASON, WHY));

        assertProblem(answer, 404, "not-found");
        assertThat(answer.text("detail")).contains("did not exist yet at " + before);
    }

    @Test
    void anAsOfThatIsNoMoment() {
        LedgerClient.Answer answer = api.get(INSPECTOR, history + "?asOf=gisteren", Map.of(REASON, WHY));

        assertProblem(answer, 400, "invalid-query");
        assertThat(answer.body().path("errors").findValuesAsText("field")).containsExactly("asOf");
        assertThat(answer.text("detail")).contains("2025-03-01T12:00:00Z");
    }

    @Test
    void anUnknownFormatOrDownloadValue() {
        LedgerClient.Answer format = api.get(INSPECTOR, history + "?format=pdf", Map.of(REASON, WHY));
        assertProblem(format, 400, "invalid-query");
        assertThat(format.body().path("errors").findValuesAsText("field")).containsExactly("format");

        LedgerClient.Answer download = api.get(INSPECTOR, history + "?download=misschien", Map.of(REASON, WHY));
        assertProblem(download, 400, "invalid-value");
        assertThat(download.body().path("errors").findValuesAsText("field")).containsExactly("download");
    }

    @Test
    void aCaseIdThatIsNoUuid() {
        assertProblem(api.get(INSPECTOR, "/api/cases/not-a-uuid/history", Map.of(REASON, WHY)), 400, "invalid-value");
    }

    @Test
    void professionalsMayReadItAnalystsMayNot() {
        assertThat(api.get(CASE_WORKER, history).status()).isEqualTo(200);
        assertThat(api.get(COORDINATOR, history).status()).isEqualTo(200);
        assertProblem(api.get(ANALYST, history), 403, "forbidden");
        assertThat(api.get(null, history).status()).isEqualTo(401);
    }

    @Test
    void documentedInTheOpenApiDescription() {
        JsonNode docs = api.get(null, "/v3/api-docs").body();
        JsonNode get = docs.path("paths").path("/api/cases/{caseId}/history").path("get");

        assertThat(get.path("parameters").findValuesAsText("name"))
                .containsExactly("caseId", "asOf", "format", "download", "reason", "Hgk-Reason");
        assertThat(get.path("responses").path("200").path("content").has("application/json")).isTrue();
        assertThat(get.path("responses").path("200").path("content").has("text/html")).isTrue();
        assertThat(docs.path("components").path("schemas").path("CaseHistory").path("properties").has("entries"))
                .isTrue();
        // nested types of the same simple name keep schemas of their own: the plan a coordinator posts is not the
        // plan of a case's state, and the people of a report request are not those of its receipt
        JsonNode schemas = docs.path("components").path("schemas");
        assertThat(schemas.path("CaseRequestsPlan").path("properties").has("goals")).isTrue();
        assertThat(schemas.path("ReportRequestPerson").path("properties").has("fullName")).isTrue();
        assertThat(schemas.path("ReportReceiptPerson").path("properties").has("personId")).isTrue();
        assertThat(schemas.path("ReportReceiptPerson").path("properties").has("fullName")).isFalse();
    }

    private static void assertProblem(LedgerClient.Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(status);
        assertThat(answer.raw().headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.text("type")).isEqualTo("urn:hgk-ledger:problem:" + type);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static String dutchDay(JsonNode entry) {
        return Instant.parse(entry.path("timestamp").asText()).atZone(ZoneId.of("Europe/Amsterdam"))
                .toLocalDate().format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    }
}
