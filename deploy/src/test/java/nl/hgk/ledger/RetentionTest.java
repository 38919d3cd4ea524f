package nl.hgk.ledger;

import static nl.hgk.ledger.Requests.CASE_WORKER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import nl.hgk.ledger.calendar.LedgerClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The retention job on the scheduler and the ledger clock: a closed Veilig Thuis case keeps its personal data until
 * the youngest child of the household turns 18 and loses it that day, each erasure recorded with the ledger itself as
 * actor and the rule as the reason; a case without children is kept longer. An application of its own (its clock is
 * moved years ahead), polling often.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "hgk.embedded-postgres.data-directory=", "hgk.deadlines.polling-interval=PT0.2S", "hgk.retention.every=PT1M"})
class RetentionTest {

    /** the youngest (only) child of {@link Requests#report}, Sam, was born on 2016-04-01 */
    private static final Instant DAY_BEFORE_18 = Instant.parse("2034-03-31T12:00:00Z");
    private static final Instant BIRTHDAY_18 = Instant.parse("2034-04-01T08:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    LedgerClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clockBack() {
        clock.resume();
    }

    @Test
    void aClosedCaseIsErasedWhenTheYoungestChildTurns18() {
        LedgerClient api = new LedgerClient(port);
        String family = closedCase(api, Requests.report("3321 RT", house()));
        String childless = closedCase(api, Requests.adviceRequestIn("GM0505", "3321 RT", house()));

        clock.setTo(DAY_BEFORE_18);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(erasures(family)).as("a day before the 18th birthday").isEmpty());

        clock.setTo(BIRTHDAY_18);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(erasures(family)).as("the household's three people and the reporter").hasSize(4));

        assertThat(erasures(family)).allSatisfy(metaData -> {
            assertThat(metaData).contains("\"user\":\"system\"", "\"role\":\"SYSTEM\"",
                    "bewaartermijn Veilig Thuis-dossier verstreken: het jongste kind van het huishouden is 18 jaar");
        });
        assertThat(erasures(childless)).as("kept 20 years after its closure").isEmpty();
        JsonNode view = api.get(CASE_WORKER, "/api/family-plans/" + family + "?minVersion=" + version(family)).body();
        assertThat(view.path("members").findValuesAsText("fullName")).isEmpty();
        assertThat(view.path("members").findValues("erased")).hasSize(3);
        assertThat(view.path("status").asText()).as("the rest of the case stays").isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("select adult_on from case_retention where case_id = ?::uuid",
                java.sql.Date.class, family)).as("the date derived from the birth date goes too").isNull();

        // a later run finds nothing left to erase in the case
        clock.setTo(BIRTHDAY_18.plus(Duration.ofDays(1)));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(erasures(family)).hasSize(4));
    }

    private String closedCase(LedgerClient api, Map<String, Object> report) {
        LedgerClient.Answer received = api.post(CASE_WORKER, "/api/reports", report);
        assertThat(received.status()).as("%s", received.body()).isEqualTo(201);
        String caseId = received.text("caseId");
        LedgerClient.Answer closed = api.post(CASE_WORKER, "/api/cases/" + caseId + "/closure", Map.of(
                "closureReason", "NO_FURTHER_ACTION", "expectedVersion", received.version(),
                "reason", "geen vervolg nodig"));
        assertThat(closed.status()).as("%s", closed.body()).isEqualTo(200);
        return caseId;
    }

    /** @return the metadata of the case's PersonErased events, read with SQL */
    private List<String> erasures(String caseId) {
        return jdbc.queryForList("""
                select convert_from(meta_data, 'UTF8') from domain_event_entry
                where aggregate_identifier = ? and payload_type like '%.PersonErased' order by sequence_number""",
                String.class, caseId);
    }

    private long version(String caseId) {
        return jdbc.queryForObject("select max(sequence_number) from domain_event_entry where aggregate_identifier = ?",
                Long.class, caseId);
    }

    private static String house() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(1, 99999));
    }
}
