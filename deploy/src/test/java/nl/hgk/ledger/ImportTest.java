package nl.hgk.ledger;

import static nl.hgk.ledger.Requests.ANALYST;
import static nl.hgk.ledger.Requests.CASE_WORKER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.hgk.ledger.events.audit.AuditMetadata;
import nl.hgk.ledger.events.deadlines.TimeLimitCleared;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An administrator imports historical cases over HTTP as NDJSON, on the embedded PostgreSQL: each case's steps are
 * taken at their moments by their actors, through the case's own rules, in one transaction per case; a case with a
 * refused or malformed step is not imported at all, and the others are; sending the import again imports nothing
 * twice. The imported cases read as if they had been entered step by step: their history, family plan and figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hgk.embedded-postgres.data-directory=")
class ImportTest {

    private static final String ADMINISTRATOR = "beheerder";
    /** a Monday in the first half of 2025 */
    private static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");
    private static final Map<String, Object> VEILIG_THUIS = Map.of("username", "casemanager", "role", "CASE_WORKER",
            "organisation", "veilig-thuis-zhz", "region", "VT24", "organisationType", "VEILIG_THUIS");
    private static final Map<String, Object> POLICE = Map.of("username", "politie", "role", "CASE_WORKER",
            "organisation", "politie-zuid-holland-zuid", "region", "VT24", "organisationType", "POLICE");
    /** Terschelling (GM0093) is in Veilig Thuis Friesland (VT04), where no other test has cases */
    private static final Map<String, Object> FRIESLAND = Map.of("username", "m.dijkstra", "role", "CASE_WORKER",
            "organisation", "veilig-thuis-friesland", "region", "VT04", "organisationType", "VEILIG_THUIS");

    @LocalServerPort
    int port;
    @Autowired
    EventStore events;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importsEachCaseWhollyOrNotAtAllAndOnlyOnce() throws Exception {
        long before = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        String body = String.join("\n", List.of(
                line("ZHZ-1", List.of(
                        step(T0, VEILIG_THUIS, "ReceiveReport", Requests.report("3318 ZZ", "99"), "melding school"),
                        step(days(1), VEILIG_THUIS, "AssignCode", Map.of("code", "ORANGE"), null),
                        step(days(14), VEILIG_THUIS, "DecideTriage", Map.of("outcome", "VEILIG_THUIS_INVESTIGATION"),
                                null),
                        step(days(15), VEILIG_THUIS, "StartInvestigation", Map.of(), null),
                        step(days(30), VEILIG_THUIS, "ConcludeInvestigation",
                                Map.of("conclusion", "UNSAFETY_ESTABLISHED", "code", "RED"), null),
                        // the report's id is the ledger's: the file names it by its place
                        step(days(31), VEILIG_THUIS, "InformReporter", Map.of("reportId", "{report:1}"), null),
                        step(days(40), VEILIG_THUIS, "CloseCase", Map.of("reason", "NO_FURTHER_ACTION"),
                                "afgesloten na onderzoek"))),
                // the police may not assign a safety code: the case is refused at its second step, and not imported
                line("ZHZ-2", List.of(
                        step(T0, VEILIG_THUIS, "ReceiveReport", Requests.report("3318 ZZ", "98"), null),
                        step(days(1), POLICE, "AssignCode", Map.of("code", "RED"), null))),
                "{\"importId\": \"ZHZ-3\", \"steps\": [{\"at\": \"gisteren\"}]}",
                "dit is geen JSON",
                line("ZHZ-5", List.of(
                        step(days(2), VEILIG_THUIS, "ReceiveReport", Requests.report("3318 ZZ", "97"), null),
                        step(days(1), VEILIG_THUIS, "AssignCode", Map.of("code", "RED"), null))),
                terschelling(1), terschelling(2), terschelling(3), terschelling(4), terschelling(5)));

        List<JsonNode> answers = importAs(ADMINISTRATOR, body);
        assertThat(answers).hasSize(11);
        assertThat(answers.subList(0, 10)).extracting(answer -> answer.path("outcome").asText()).containsExactly(
                "IMPORTED", "REFUSED", "MALFORMED", "MALFORMED", "MALFORMED",
                "IMPORTED", "IMPORTED", "IMPORTED", "IMPORTED", "IMPORTED");
        JsonNode refused = answers.get(1);
        assertThat(refused.path("step").asInt()).isEqualTo(2);
        assertThat(refused.path("problem").path("refusal").asText()).isEqualTo("OUTSIDE_CAPACITY");
        assertThat(refused.path("problem").path("type").asText()).isEqualTo("urn:hgk-ledger:problem:not-your-step");
        assertThat(answers.get(2).path("problem").path("errors").get(0).path("field").asText())
                .isEqualTo("steps[0].at");
        assertThat(answers.get(3).path("problem").path("type").asText())
                .isEqualTo("urn:hgk-ledger:problem:invalid-request");
        assertThat(answers.get(4).path("step").asInt()).isEqualTo(2);
        JsonNode summary = answers.get(10).path("summary");
        assertThat(summary.path("imported").asInt()).isEqualTo(6);
        assertThat(summary.path("refused").asInt()).isEqualTo(1);
        assertThat(summary.path("malformed").asInt()).isEqualTo(3);

        String caseId = answers.get(0).path("caseId").asText();
        List<String> imported = answers.stream().filter(answer -> answer.path("outcome").asText().equals("IMPORTED"))
                .map(answer -> answer.path("caseId").asText()).toList();
        // nothing of the refused and malformed cases: every event since is one of an imported case
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where global_index > ? "
                + "and aggregate_identifier <> all(?)", Long.class, before, imported.toArray(String[]::new)))
                .isZero();

        // the steps at their moments, by their actors, with the time limit the late triage met late
        List<? extends DomainEventMessage<?>> stored = events.readEvents(caseId).asStream().toList();
        assertThat(answers.get(0).path("events").asLong()).isEqualTo(stored.size());
        assertThat(stored.get(0).getTimestamp()).isEqualTo(T0);
        assertThat(stored.get(stored.size() - 1).getTimestamp()).isEqualTo(days(40));
        assertThat(stored.get(stored.size() - 1).getMetaData()).containsEntry(AuditMetadata.USER, "casemanager")
                .containsEntry(AuditMetadata.REASON, "afgesloten na onderzoek");
        // and each says it was imported, by whom and when: the ledger did not see these steps happen
        assertThat(stored).allSatisfy(event -> assertThat(event.getMetaData())
                .containsEntry(AuditMetadata.IMPORTED_BY, "beheerder")
                .containsKeys(AuditMetadata.IMPORTED_AT, AuditMetadata.IMPORT_ID));
        assertThat(Instant.parse((String) stored.get(0).getMetaData().get(AuditMetadata.IMPORTED_AT)))
                .isAfter(days(40));
        assertThat(stored).extracting(DomainEventMessage::getTimestamp).isSorted()
                .allSatisfy(at -> assertThat(List.of(T0, days(1), days(14), days(15), days(30), days(31), days(40))).contains(at));
        assertThat(stored.stream().map(DomainEventMessage::getPayload).filter(TimeLimitCleared.class::isInstance)
                .map(TimeLimitCleared.class::cast).map(cleared -> cleared.limit() + " " + cleared.outcome()))
                .contains("TRIAGE MET_LATE");
        assertThat(stored).extracting(event -> event.getPayloadType().getSimpleName()).contains("ReporterInformed");
        // all of the case's events were written by one transaction
        assertThat(jdbc.queryForObject("select count(distinct xmin::text) from domain_event_entry "
                + "where aggregate_identifier = ?", Long.class, caseId)).isEqualTo(1);

        // read like any case: its family plan view and its history
        LedgerClient api = new LedgerClient(port);
        LedgerClient.Answer plan = api.get(CASE_WORKER, "/api/family-plans/" + caseId + "?minVersion="
                + (stored.size() - 1));
        assertThat(plan.status()).as("%s", plan.body()).isEqualTo(200);
        assertThat(plan.text("status")).isEqualTo("CLOSED");
        assertThat(Instant.parse(plan.text("openedAt"))).isEqualTo(T0);
        LedgerClient.Answer history = api.get(CASE_WORKER, "/api/cases/" + caseId + "/history");
        assertThat(history.status()).as("%s", history.body()).isEqualTo(200);
        assertThat(Instant.parse(history.body().path("entries").get(0).path("timestamp").asText())).isEqualTo(T0);
        assertThat(history.body().path("entries").findValuesAsText("importedBy")).hasSize(stored.size())
                .containsOnly("beheerder");

        // counted in the figures of the half-year the cases were in, not of the day they were imported
        assertThat(reportsInTerschelling("2025-H1")).isEqualTo(5);

        // sent again: nothing is imported twice
        long afterFirst = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        List<JsonNode> again = importAs(ADMINISTRATOR, body);
        assertThat(again.subList(0, 10)).extracting(answer -> answer.path("outcome").asText()).containsExactly(
                "ALREADY_IMPORTED", "REFUSED", "MALFORMED", "MALFORMED", "MALFORMED",
                "ALREADY_IMPORTED", "ALREADY_IMPORTED", "ALREADY_IMPORTED", "ALREADY_IMPORTED", "ALREADY_IMPORTED");
        assertThat(again.get(0).path("caseId").asText()).isEqualTo(caseId);
        assertThat(events.readEvents(caseId).asStream().count()).isEqualTo(stored.size());
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where global_index > ? "
                + "and aggregate_identifier <> all(?)", Long.class, before, imported.toArray(String[]::new)))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class))
                .isGreaterThanOrEqualTo(afterFirst);
    }

    @Test
    void onlyAnAdministratorImports() throws Exception {
        HttpResponse<String> answer = post(CASE_WORKER, terschelling(9));
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
    }

    /** the reports the figures count for Terschelling, once the figures view has counted at least the five imported */
    private long reportsInTerschelling(String period) {
        LedgerClient api = new LedgerClient(port);
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            LedgerClient.Answer answer = api.get(ANALYST, "/api/figures?period=" + period + "&municipality=GM0093");
            assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
            JsonNode figure = RegionalFiguresTest.figure(answer.body(), "contacts.reports");
            return figure.path("suppressed").asBoolean() ? -1L : figure.path("value").asLong();
        }, reports -> reports >= 5);
    }

    private static Instant days(int days) {
        return T0.plus(Duration.ofDays(days));
    }

    /** A case in Terschelling: a report, its code and triage in time, each an hour apart from the other cases'. */
    private static String terschelling(int house) {
        Instant at = T0.plus(Duration.ofHours(house));
        return line("FRL-" + house, List.of(
                step(at, FRIESLAND, "ReceiveReport",
                        Requests.reportIn("GM0093", "8881 AA", String.valueOf(house)), null),
                step(at.plus(Duration.ofHours(2)), FRIESLAND, "AssignCode", Map.of("code", "ORANGE"), null),
                step(at.plus(Duration.ofDays(1)), FRIESLAND, "DecideTriage", Map.of("outcome", "LOCAL_FIELD"),
                        null)));
    }

    private static String line(String importId, List<Map<String, Object>> steps) {
        try {
            return LedgerClient.JSON.writeValueAsString(Map.of("importId", importId, "steps", steps));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> step(Instant at, Map<String, Object> actor, String step, Object command,
                                            String reason) {
        Map<String, Object> taken = new LinkedHashMap<>();
        taken.put("at", at.toString());
        taken.put("actor", actor);
        taken.put("step", step);
        taken.put("command", command);
        if (reason != null) {
            taken.put("reason", reason);
        }
        return taken;
    }

    private List<JsonNode> importAs(String user, String body) throws Exception {
        HttpResponse<String> response = post(user, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/x-ndjson"));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : response.body().split("\n")) {
            lines.add(LedgerClient.JSON.readTree(line));
        }
        return lines;
    }

    private HttpResponse<String> post(String user, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/imports"))
                .header("Content-Type", "application/x-ndjson")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
