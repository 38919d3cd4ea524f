package nl.hgk.ledger;

import static nl.hgk.ledger.Requests.CASE_WORKER;
import static nl.hgk.ledger.Requests.COORDINATOR;
import static nl.hgk.ledger.Requests.INSPECTOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Crypto-shredding end to end, over HTTP on embedded PostgreSQL: one person of a household is erased; their name,
 * BSN and address are in no event of the store in clear, before or after (checked with SQL on the raw payload); the
 * family plan view and the view rebuilt from the event store show the placeholder; the other people's data and the
 * case's history remain; and the erasure is on the record.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hgk.embedded-postgres.data-directory=")
class ErasureTest {

    private static final String PRIVACY_OFFICER = "fg";
    private static final String ADMINISTRATOR = "beheerder";
    private static final String POSTCODE = "3319 EZ";
    /** what the report and the plan say of people: none of it may be in the event store in clear */
    private static final List<String> PERSONAL = List.of("Anna Jansen", "111222333", "1990-02-03", "Voorstraat",
            "Piet Jansen", "Sam Jansen", "J. de Vries", "078-1234567", "haar zus");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void onePersonIsErasedEverywhereAndTheRestOfTheCaseRemains() {
        LedgerClient api = new LedgerClient(port);
        String house = String.valueOf(ThreadLocalRandom.current().nextInt(1, 99999));
        LedgerClient.Answer received = api.post(CASE_WORKER, "/api/reports", Requests.with(
                Requests.report(POSTCODE, house), "household", Map.of("postcode", POSTCODE, "houseNumber", house,
                        "street", "Voorstraat", "city", "Dordrecht", "municipality", "GM0505")));
        assertThat(received.status()).as("%s", received.body()).isEqualTo(201);
        String caseId = received.text("caseId");
        String victim = received.personWithRole("VICTIM");
        String casePath = "/api/cases/" + caseId;
        long version = received.version();
        version = ok(api, CASE_WORKER, casePath + "/coordinator", version,
                Map.of("userId", "regisseur", "organisation", "sociaal-team-dordrecht"));
        List<Map<String, Object>> consents = new ArrayList<>(Requests.householdConsents(received));
        consents.set(0, Map.of("personId", victim, "decision", "REFUSED", "signed", false,
                "clientOpinion", "wil eerst met haar zus praten"));
        version = ok(api, COORDINATOR, casePath + "/plan", version, Map.of("plan", Requests.plan(consents)));

        assertThat(clearInTheEventStore()).as("encrypted from the first event on").isEmpty();
        assertThat(payloads(caseId)).anySatisfy(payload -> assertThat(payload).contains("\"ciphertext\""));

        String erasure = casePath + "/persons/" + victim + "/erasure";
        Map<String, Object> why = Map.of("reason", "verzoek van betrokkene (AVG art. 17)");
        assertThat(api.post(CASE_WORKER, erasure, why).status()).as("only the privacy officer erases").isEqualTo(403);
        assertThat(api.post(ADMINISTRATOR, erasure, why).status()).isEqualTo(403);
        LedgerClient.Answer withoutReason = api.post(PRIVACY_OFFICER, erasure, Map.of());
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.text("type")).isEqualTo("urn:hgk-ledger:problem:invalid-request");
        LedgerClient.Answer stranger = api.post(PRIVACY_OFFICER,
                casePath + "/persons/" + java.util.UUID.randomUUID() + "/erasure", why);
        assertThat(stranger.status()).isEqualTo(422);
        assertThat(stranger.text("refusal")).isEqualTo("UNKNOWN_PERSON");

        LedgerClient.Answer erased = api.post(PRIVACY_OFFICER, erasure, why);
        assertThat(erased.status()).as("%s", erased.body()).isEqualTo(200);
        assertThat(erased.version()).isEqualTo(version + 1);
        version = erased.version();
        LedgerClient.Answer again = api.post(PRIVACY_OFFICER, erasure, why);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.text("refusal")).isEqualTo("PERSON_ALREADY_ERASED");

        assertThat(clearInTheEventStore()).isEmpty();
        assertThat(jdbc.queryForMap("select keyset, destroyed_at from subject_key where subject = ?::uuid", victim))
                .containsEntry("keyset", null).extractingByKey("destroyed_at").isNotNull();

        // the view kept up to date drops what it stored of her at once
        JsonNode view = api.get(CASE_WORKER, "/api/family-plans/" + caseId + "?minVersion=" + version).body();
        assertErasedInTheView(view, victim, version);

        // the history: every event still there, the erasure on the record with who and why, and her placeholder
        JsonNode history = api.get(INSPECTOR, casePath + "/history?reason=toezicht").body();
        List<JsonNode> entries = new ArrayList<>();
        history.path("entries").forEach(entries::add);
        assertThat(entries).hasSize((int) version + 1);
        JsonNode last = entries.get(entries.size() - 1);
        assertThat(last.path("eventType").asText()).isEqualTo("PersonErased");
        assertThat(last.path("user").asText()).isEqualTo(PRIVACY_OFFICER);
        assertThat(last.path("role").asText()).isEqualTo("PRIVACY_OFFICER");
        assertThat(last.path("reason").asText()).isEqualTo("verzoek van betrokkene (AVG art. 17)");
        assertThat(last.path("description").asText()).startsWith("Persoonsgegevens verwijderd van het slachtoffer");
        assertThat(entries.get(0).path("eventType").asText()).isEqualTo("ReportReceived");
        assertThat(member(history.path("state"), victim).path("personalData").path("erased").asBoolean()).isTrue();
        assertThat(history.path("state").path("members").findValuesAsText("fullName"))
                .containsExactly("Piet Jansen", "Sam Jansen");

        // a view rebuilt from the event store reads her data as erased: her key is gone
        assertThat(api.post(ADMINISTRATOR, "/api/views/family-plan/rebuild", Map.of()).status()).isEqualTo(202);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(api.get(ADMINISTRATOR, "/api/views/family-plan").text("state")).isEqualTo("UP_TO_DATE"));
        long expected = version;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertErasedInTheView(
                api.get(CASE_WORKER, "/api/family-plans/" + caseId + "?minVersion=" + expected).body(), victim,
                expected));
    }

    private static void assertErasedInTheView(JsonNode view, String victim, long version) {
        assertThat(view.path("version").asLong()).isEqualTo(version);
        JsonNode data = member(view, victim).path("personalData");
        assertThat(data.path("erased").asBoolean()).isTrue();
        assertThat(data.size()).as("every field absent: %s", data).isEqualTo(1);
        assertThat(view.path("members").findValuesAsText("fullName")).containsExactly("Piet Jansen", "Sam Jansen");
        assertThat(view.path("members").get(1).path("personalData").path("birthDate").asText()).isEqualTo("1988-07-09");
        assertThat(view.path("plan").path("consents").get(0).path("decision").asText()).isEqualTo("REFUSED");
        assertThat(view.path("plan").path("consents").get(0).path("clientOpinion").path("erased").asBoolean()).isTrue();
        assertThat(view.path("plan").path("safetyAgreements").get(0).asText())
                .isEqualTo("contact the police at any threat");
        assertThat(view.path("coordinator").path("userId").asText()).isEqualTo("regisseur");
        assertThat(view.toString()).doesNotContain("Anna Jansen", "111222333", "haar zus");
    }

    /** @return which of {@link #PERSONAL} any event of the store holds in clear */
    private List<String> clearInTheEventStore() {
        return PERSONAL.stream().filter(text -> jdbc.queryForObject(
                "select count(*) from domain_event_entry where position(? in convert_from(payload, 'UTF8')) > 0",
                Long.class, text) > 0).toList();
    }

    private List<String> payloads(String caseId) {
        return jdbc.queryForList("select convert_from(payload, 'UTF8') from domain_event_entry "
                + "where aggregate_identifier = ? order by sequence_number", String.class, caseId);
    }

    private static long ok(LedgerClient api, String user, String path, long version, Map<String, Object> body) {
        Map<String, Object> request = new HashMap<>(body);
        request.put("expectedVersion", version);
        LedgerClient.Answer answer = api.post(user, path, request);
        assertThat(answer.status()).as("%s: %s", path, answer.body()).isEqualTo(200);
        return answer.version();
    }

    private static JsonNode member(JsonNode state, String personId) {
        for (JsonNode member : state.path("members")) {
            if (member.path("personId").asText().equals(personId)) {
                return member;
            }
        }
        throw new AssertionError("no member " + personId + " in " + state);
    }
}
