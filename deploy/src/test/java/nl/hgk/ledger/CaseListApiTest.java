package nl.hgk.ledger;

import static nl.hgk.ledger.Requests.ANALYST;
import static nl.hgk.ledger.Requests.CASE_WORKER;
import static nl.hgk.ledger.Requests.INSPECTOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case list and search through the HTTP API on embedded PostgreSQL: the order, the pages and the filters; a search
 * by BSN, address, or name and birth date, however it is typed; a case outside the reader's scope neither shown nor
 * counted; an erased person no longer found; the searches in the access log; the blind index without a BSN or a name
 * in clear; and the list refused to other roles and for bad parameters. Every test's people have names, BSNs and
 * addresses of their own, so other tests' cases in the same ledger never mix in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hgk.embedded-postgres.data-directory=")
class CaseListApiTest {

    private static final String OTHER_REGION_CASE_WORKER = "casemanager-hm";
    private static final String PRIVACY_OFFICER = "fg";
    private static final String ADMINISTRATOR = "beheerder";
    private static final String BORN = "1985-06-07";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private LedgerClient api;
    /** a name no other test gives anyone */
    private String surname;

    @BeforeEach
    void client() {
        api = new LedgerClient(port);
        surname = "Zoekman" + Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000), 36);
    }

    @Test
    void theMostUrgentComeFirstInPagesThatCountOnlyTheMatches() {
        String red = report("9", "Rood", null);
        String orangeFirst = report("10", "Oranje", null);
        String orangeLater = report("11", "Oranje", null);
        String green = report("12", "Groen", null);
        String uncoded = report("13", "Zonder", null);
        String advice = adviceRequest("14");
        code(red, "RED", 1);
        code(orangeFirst, "ORANGE", 1);
        code(green, "GREEN", 1);
        // the same code and the same triage limit (due at the end of the same working day): the latest activity first
        code(orangeLater, "ORANGE", 1);

        String byName = "?name=" + encode(surname + " Zoekgezin") + "&birthDate=" + BORN;
        List<String> expected = List.of(red, orangeLater, orangeFirst, green, uncoded, advice);
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() ->
                assertThat(ids(list(CASE_WORKER, byName))).containsExactlyElementsOf(expected));

        JsonNode page = list(CASE_WORKER, byName + "&page=1&size=2");
        assertThat(page.path("page").asInt()).isEqualTo(1);
        assertThat(page.path("size").asInt()).isEqualTo(2);
        assertThat(page.path("totalItems").asLong()).isEqualTo(6);
        assertThat(ids(page)).containsExactly(orangeFirst, green);
        assertThat(ids(list(CASE_WORKER, byName + "&page=3&size=2"))).isEmpty();

        assertThat(ids(list(CASE_WORKER, byName + "&code=ORANGE"))).containsExactly(orangeLater, orangeFirst);
        assertThat(ids(list(CASE_WORKER, byName + "&code=NONE"))).containsExactly(uncoded, advice);
        assertThat(ids(list(CASE_WORKER, byName + "&status=OPEN&organisation=veilig-thuis-zhz"))).hasSize(6);
        assertThat(ids(list(CASE_WORKER, byName + "&status=CLOSED"))).isEmpty();
        assertThat(ids(list(CASE_WORKER, byName + "&coordinator=veilig-thuis-zhz"))).isEmpty();

        JsonNode item = list(CASE_WORKER, byName + "&code=RED").path("items").get(0);
        assertThat(item.path("version").asLong()).isEqualTo(2);
        assertThat(item.path("status").asText()).isEqualTo("OPEN");
        assertThat(item.path("municipality").asText()).isEqualTo("GM0505");
        assertThat(item.path("municipalityName").asText()).isEqualTo("Dordrecht");
        assertThat(item.path("region").asText()).isEqualTo("VT24");
        assertThat(item.path("persons").asInt()).isEqualTo(2);
        assertThat(item.path("label").asText()).isEqualTo(surname + " Zoekgezin, Rood " + surname);
        assertThat(item.path("nextLimit").path("limit").asText()).isEqualTo("TRIAGE");
        assertThat(item.path("nextLimit").path("overdue").asBoolean()).isFalse();
        assertThat(item.path("overdue").asBoolean()).isFalse();
        assertThat(item.path("openedAt").asText()).isNotBlank();
        assertThat(item.path("lastActivityAt").asText()).isNotBlank();
        assertThat(item.path("organisations")).extracting(JsonNode::asText).containsExactly("veilig-thuis-zhz");
    }

    @Test
    void aPersonIsFoundByBsnAddressOrNameHoweverTyped() {
        String bsn = bsn();
        String caseId = report("21-A", "Anna", bsn);
        String dotted = bsn.substring(0, 4) + "." + bsn.substring(4, 6) + "." + bsn.substring(6);
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() ->
                assertThat(ids(list(CASE_WORKER, "?bsn=" + bsn))).containsExactly(caseId));

        assertThat(ids(list(CASE_WORKER, "?bsn=" + dotted))).containsExactly(caseId);
        assertThat(ids(list(CASE_WORKER, "?bsn=" + encode(" " + bsn.substring(0, 3) + " " + bsn.substring(3)))))
                .containsExactly(caseId);
        assertThat(ids(list(CASE_WORKER, "?postcode=" + encode(postcode().toLowerCase()) + "&houseNumber="
                + encode("21 a")))).containsExactly(caseId);
        assertThat(ids(list(CASE_WORKER, "?postcode=" + postcode().replace(" ", "") + "&houseNumber=21A")))
                .containsExactly(caseId);
        assertThat(ids(list(CASE_WORKER, "?postcode=" + encode(postcode()) + "&houseNumber=21B"))).isEmpty();
        assertThat(ids(list(CASE_WORKER, "?street=voorstraat&houseNumber=21a&city=" + encode(" DORDRECHT"))))
                .containsExactly(caseId);
        assertThat(ids(list(CASE_WORKER, "?name=" + encode("  ÁNNA  " + surname.toUpperCase() + " ") + "&birthDate="
                + BORN))).containsExactly(caseId);
        assertThat(ids(list(CASE_WORKER, "?name=" + encode("anna " + surname) + "&birthDate=1985-06-08"))).isEmpty();
        assertThat(ids(list(CASE_WORKER, "?bsn=" + bsn + "&name=" + encode("Anna " + surname) + "&birthDate="
                + BORN))).containsExactly(caseId);

        // a search is a read of personal data: each case it answered is in the access log, with what it searched by
        List<Map<String, Object>> logged = jdbc.queryForList("select user_name, what, detail from access_log"
                + " where case_id = ?::uuid order by id", caseId);
        assertThat(logged).extracting(row -> row.get("what")).containsOnly("CASE_SEARCH");
        assertThat(logged).extracting(row -> row.get("detail")).contains("zoeken op bsn",
                "zoeken op postcode en huisnummer", "zoeken op straat, huisnummer en plaats",
                "zoeken op naam en geboortedatum",
                "zoeken op bsn; naam en geboortedatum");
        assertThat(logged.toString()).doesNotContain(bsn, surname);

        // the index holds keyed hashes only: no BSN, name or postcode in clear in any of the list's tables
        String stored = jdbc.queryForObject("select coalesce(string_agg(s::text, ' '), '') from case_list_search s"
                + " where case_id = ?::uuid", String.class, caseId)
                + jdbc.queryForObject("select c::text from case_list_case c where case_id = ?::uuid", String.class,
                caseId);
        assertThat(stored).contains(caseId);
        // ids and hashes are random hex, which now and then spells "1985" by chance: they are looked past
        assertThat(stored.replaceAll("[0-9a-f-]{16,}", "#")).doesNotContain(bsn, surname, surname.toLowerCase(),
                "1985", postcode().replace(" ", ""), "Voorstraat", "voorstraat");
    }

    @Test
    void aCaseOutsideTheReadersScopeIsNeitherShownNorCounted() {
        String bsn = bsn();
        String caseId = report("31", "Bea", bsn);
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() ->
                assertThat(ids(list(CASE_WORKER, "?bsn=" + bsn))).containsExactly(caseId));

        // a case worker of Hollands Midden (VT10), whose organisation has no part in this VT24 case
        JsonNode searched = list(OTHER_REGION_CASE_WORKER, "?bsn=" + bsn);
        assertThat(searched.path("items")).isEmpty();
        assertThat(searched.path("totalItems").asLong()).isZero();
        JsonNode byName = list(OTHER_REGION_CASE_WORKER, "?name=Bea%20" + surname + "&birthDate=" + BORN);
        assertThat(byName.path("totalItems").asLong()).isZero();
        JsonNode everything = list(OTHER_REGION_CASE_WORKER, "?size=100");
        for (JsonNode item : everything.path("items")) {
            assertThat(item.path("region").asText()).as("%s", item).isEqualTo("VT10");
        }
        assertThat(jdbc.queryForObject("select count(*) from access_log where case_id = ?::uuid and user_name = ?",
                Integer.class, caseId, OTHER_REGION_CASE_WORKER)).as("nothing shown, nothing logged").isZero();
    }

    @Test
    void anErasedPersonIsNoLongerFound() {
        String bsn = bsn();
        LedgerClient.Answer received = api.post(CASE_WORKER, "/api/reports", household("41", List.of(
                person("VICTIM", "Cato " + surname, bsn), person("CHILD", "Daan " + surname, null))));
        assertThat(received.status()).as("%s", received.body()).isEqualTo(201);
        String caseId = received.text("caseId");
        String victim = personId(received, "VICTIM");
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() ->
                assertThat(ids(list(CASE_WORKER, "?bsn=" + bsn))).containsExactly(caseId));

        LedgerClient.Answer erased = api.post(PRIVACY_OFFICER, "/api/cases/" + caseId + "/persons/" + victim
                + "/erasure", Map.of("reason", "verzoek van betrokkene (AVG art. 17)"));
        assertThat(erased.status()).as("%s", erased.body()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(ids(list(CASE_WORKER, "?bsn=" + bsn))).isEmpty());
        assertThat(ids(list(CASE_WORKER, "?name=Cato%20" + surname + "&birthDate=" + BORN))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from case_list_search where person_id = ?::uuid",
                Integer.class, victim)).isZero();
        JsonNode item = list(CASE_WORKER, "?name=Daan%20" + surname + "&birthDate=" + BORN).path("items").get(0);
        assertThat(item.path("caseId").asText()).as("the other person still finds the case").isEqualTo(caseId);
        assertThat(item.path("label").asText()).isEqualTo("verwijderd, Daan " + surname);
    }

    @Test
    void onlyCaseWorkersAndCoordinatorsReadTheList() {
        for (String user : List.of(ANALYST, INSPECTOR, ADMINISTRATOR, PRIVACY_OFFICER)) {
            LedgerClient.Answer refused = api.get(user, "/api/cases");
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.text("type")).as(user).isEqualTo("urn:hgk-ledger:problem:forbidden");
        }
        assertThat(api.get(null, "/api/cases").status()).isEqualTo(401);
        assertThat(api.get(Requests.COORDINATOR, "/api/cases").status()).isEqualTo(200);
        JsonNode first = list(CASE_WORKER, "");
        assertThat(first.path("page").asInt()).isZero();
        assertThat(first.path("size").asInt()).as("the default size").isEqualTo(25);
    }

    @Test
    void badParametersAreRefusedWithTheParameterNamed() {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("?status=open", "status");
        bad.put("?status=GESLOTEN", "status");
        bad.put("?code=PURPLE", "code");
        bad.put("?size=0", "size");
        bad.put("?size=101", "size");
        bad.put("?size=tien", "size");
        bad.put("?page=-1", "page");
        bad.put("?page=99999999999", "page");
        bad.put("?bsn=12345", "bsn");
        bad.put("?bsn=abcdefghi", "bsn");
        bad.put("?name=Anna%20Jansen", "birthDate");
        bad.put("?birthDate=1990-02-03", "name");
        bad.put("?name=Anna&birthDate=03-02-1990", "birthDate");
        bad.put("?name=Anna&birthDate=1990-02-30", "birthDate");
        bad.put("?postcode=2611AB", "houseNumber");
        bad.put("?postcode=ABCD12&houseNumber=1", "postcode");
        bad.put("?houseNumber=12", "houseNumber");
        bad.put("?street=Voorstraat&houseNumber=12", "city");
        bad.put("?status=%00", "status");
        bad.put("?organisation=veilig%00thuis", "organisation");
        bad.put("?name=Anna%00&birthDate=1990-02-03", "name");
        bad.put("?bsn=111222333%00", "bsn");
        bad.put("?coordinator=" + "x".repeat(101), "coordinator");
        bad.put("?city=Delft%0A&street=Oude%20Delft&houseNumber=1", "city");
        for (Map.Entry<String, String> entry : bad.entrySet()) {
            LedgerClient.Answer answer = api.get(CASE_WORKER, "/api/cases" + entry.getKey());
            assertThat(answer.status()).as(entry.getKey()).isEqualTo(400);
            assertThat(answer.raw().headers().firstValue("Content-Type")).as(entry.getKey())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(answer.text("type")).as(entry.getKey()).isEqualTo("urn:hgk-ledger:problem:invalid-query");
            assertThat(answer.body().path("errors").get(0).path("field").asText()).as(entry.getKey())
                    .isEqualTo(entry.getValue());
        }
    }

    /** a report about this test's household at {@code houseNumber}: a person of the given first name, and another */
    private String report(String houseNumber, String firstName, String bsn) {
        LedgerClient.Answer received = api.post(CASE_WORKER, "/api/reports", household(houseNumber, List.of(
                person("VICTIM", surname + " Zoekgezin", null), person("CHILD", firstName + " " + surname, bsn))));
        assertThat(received.status()).as("%s", received.body()).isEqualTo(201);
        return received.text("caseId");
    }

    private String adviceRequest(String houseNumber) {
        Map<String, Object> advice = Requests.adviceRequestIn("GM0505", postcode(), houseNumber);
        advice.put("persons", List.of(person("VICTIM", surname + " Zoekgezin", null)));
        LedgerClient.Answer received = api.post(CASE_WORKER, "/api/reports", advice);
        assertThat(received.status()).as("%s", received.body()).isEqualTo(201);
        return received.text("caseId");
    }

    private Map<String, Object> household(String houseNumber, List<Map<String, Object>> persons) {
        Map<String, Object> report = Requests.report(postcode(), houseNumber);
        // the household's address is each person's: found by postcode and number, or by street, number and city
        report.put("household", Map.of("postcode", postcode(), "houseNumber", houseNumber, "street", "Voorstraat",
                "city", "Dordrecht", "municipality", "GM0505"));
        report.put("persons", persons);
        return report;
    }

    private static Map<String, Object> person(String role, String fullName, String bsn) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("role", role);
        person.put("fullName", fullName);
        person.put("birthDate", BORN);
        if (bsn != null) {
            person.put("bsn", bsn);
        }
        return person;
    }

    /** this test class's own postcode: the households of its cases lie at it */
    private static String postcode() {
        return "3311 ZQ";
    }

    private void code(String caseId, String code, long version) {
        LedgerClient.Answer answer = api.post(CASE_WORKER, "/api/cases/" + caseId + "/code",
                Map.of("code", code, "expectedVersion", version));
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
    }

    private JsonNode list(String user, String parameters) {
        LedgerClient.Answer answer = api.get(user, "/api/cases" + parameters);
        assertThat(answer.status()).as("%s %s", parameters, answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.path("items").forEach(item -> ids.add(item.path("caseId").asText()));
        return ids;
    }

    private static String personId(LedgerClient.Answer received, String role) {
        for (JsonNode person : received.body().path("persons")) {
            if (person.path("role").asText().equals(role)) {
                return person.path("personId").asText();
            }
        }
        throw new AssertionError("no " + role + " in " + received.body());
    }

    /** a BSN of this test's own that passes the eleven test */
    private static String bsn() {
        while (true) {
            String first = String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000));
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * (first.charAt(i) - '0');
            }
            int check = sum % 11;
            if (check < 10) {
                return first + check;
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
