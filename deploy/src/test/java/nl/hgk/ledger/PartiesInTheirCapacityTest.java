package nl.hgk.ledger;

import static nl.hgk.ledger.Requests.CASE_WORKER;
import static nl.hgk.ledger.Requests.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Steps in their own capacity over HTTP, on embedded PostgreSQL, with the demo users of Dordrecht (VT24) and Leiden
 * (VT10): the huisverbod by the household's own mayor or a hulpofficier on the mayor's behalf; the code determined on
 * the investigation's findings before a coordinator; the family as coordinator; care avoidance and the Meldpunt's
 * action plan; closure by Veilig Thuis or the coordinating organisation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hgk.embedded-postgres.data-directory=")
class PartiesInTheirCapacityTest {

    /** a postcode of this test's own, in Dordrecht, so its households never join another test's cases */
    private static final String POSTCODE = "3316 KV";
    private static final String MAYOR = "burgemeester";
    private static final String MAYOR_OF_LEIDEN = "burgemeester-hm";
    private static final String HULPOFFICIER = "hulpofficier";
    private static final String PROVIDER = "hulpverlener";
    private static final String MELDPUNT = "meldpunt";
    private static final String PRIVACY_OFFICER = "fg";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private LedgerClient api;
    private String house;
    private LedgerClient.Answer received;
    private CaseSteps steps;

    @BeforeEach
    void aDordrechtCase() {
        api = new LedgerClient(port);
        house = String.valueOf(ThreadLocalRandom.current().nextInt(1, 99999));
        received = api.post(CASE_WORKER, "/api/reports", Requests.report(POSTCODE, house));
        assertThat(received.status()).as("%s", received.body()).isEqualTo(201);
        assertThat(received.text("outcome")).isEqualTo("CASE_OPENED");
        steps = new CaseSteps(api, casePath(), received.version());
    }

    @Test
    void theHuisverbodIsTheMayorsOfTheHouseholdsMunicipalityAndAHulpofficierOnlyImposesIt() {
        String perpetrator = person("PERPETRATOR");
        steps.ok(MAYOR, "/huisverbod", Map.of("personId", perpetrator, "imposedOn", Requests.TODAY.toString()));

        Map<String, Object> extension = Map.of("endsOn", Requests.TODAY.plusDays(20).toString());
        assertThat(steps.post(MAYOR_OF_LEIDEN, "/huisverbod/extension", extension).status())
                .as("a case outside Leiden's scope is answered as no case").isEqualTo(404);
        // a signal from Leiden's mayor's office joins the case, and involves it from then on
        LedgerClient.Answer signal = api.post(MAYOR_OF_LEIDEN, "/api/reports", Requests.report(POSTCODE, house));
        assertThat(signal.text("outcome")).isEqualTo("BUNDLED");
        steps.reached(signal.version());
        notYourStep(steps.post(MAYOR_OF_LEIDEN, "/huisverbod/extension", extension), "NOT_THE_CASES_MAYOR");
        notYourStep(steps.post(MAYOR_OF_LEIDEN, "/huisverbod/end",
                Map.of("endedOn", Requests.TODAY.toString(), "endReason", "LIFTED_BY_MAYOR")), "NOT_THE_CASES_MAYOR");

        steps.ok(MAYOR, "/huisverbod/extension", extension);
        steps.ok(MAYOR, "/huisverbod/end", Map.of("endedOn", Requests.TODAY.toString(), "endReason", "LIFTED_BY_MAYOR"));

        notYourStep(steps.post("politie", "/huisverbod", Map.of("personId", perpetrator,
                "imposedOn", Requests.TODAY.toString())), "OUTSIDE_CAPACITY");
        steps.ok(HULPOFFICIER, "/huisverbod", Map.of("personId", perpetrator, "imposedOn", Requests.TODAY.toString()));
        notYourStep(steps.post(HULPOFFICIER, "/huisverbod/extension", extension), "OUTSIDE_CAPACITY");
        notYourStep(steps.post(CASE_WORKER, "/huisverbod/extension", extension), "OUTSIDE_CAPACITY");
        steps.ok(MAYOR, "/huisverbod/extension", extension);

        assertThat(view().path("huisverbod").path("endsOn").asText())
                .isEqualTo(Requests.TODAY.plusDays(20).toString());
        // the signal from Leiden named the household's people again: "de pleger (1e van 2)"
        assertThat(descriptions()).anySatisfy(text -> assertThat(text).startsWith("Tijdelijk huisverbod opgelegd door "
                + "de hulpofficier van justitie namens de burgemeester van Dordrecht op " + dutch(Requests.TODAY)
                + " tot " + dutch(Requests.TODAY.plusDays(10)) + " aan de pleger"));
    }

    @Test
    void theCodeIsDeterminedOnTheFindingsBeforeTheFamilyTakesCoordination() {
        steps.ok(CASE_WORKER, "/code", Map.of("code", "ORANGE"));
        steps.ok(CASE_WORKER, "/triage", Map.of("outcome", "VEILIG_THUIS_INVESTIGATION"));
        steps.ok(CASE_WORKER, "/investigation/start", Map.of());
        notYourStep(steps.post(COORDINATOR, "/investigation/conclusion",
                Map.of("conclusion", "UNSAFETY_ESTABLISHED", "code", "RED")), "OUTSIDE_CAPACITY");
        steps.ok(CASE_WORKER, "/investigation/conclusion", Map.of("conclusion", "UNDETERMINED"));

        JsonNode view = view();
        assertThat(view.path("codeToBeDetermined").asBoolean()).isTrue();
        assertThat(view.path("safetyCode").path("code").asText()).isEqualTo("ORANGE");
        // the case list is a view of its own, which may follow the family plan a moment later
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(listed().path("codeToBeDetermined")
                .asBoolean()).as("the werkvoorraad says so too").isTrue());
        Map<String, Object> theMother = Map.of("userId", COORDINATOR, "organisation", "sociaal-team-dordrecht",
                "personId", person("VICTIM"));
        LedgerClient.Answer tooSoon = steps.post(CASE_WORKER, "/coordinator", theMother);
        assertThat(tooSoon.status()).isEqualTo(422);
        assertThat(tooSoon.text("refusal")).isEqualTo("CODE_TO_BE_DETERMINED");

        steps.ok(CASE_WORKER, "/code", Map.of("code", "ORANGE", "reason", "bevestigd op de bevindingen"));
        assertThat(view().path("codeToBeDetermined").asBoolean()).isFalse();
        LedgerClient.Answer stranger = steps.post(CASE_WORKER, "/coordinator",
                Requests.with(theMother, "personId", UUID.randomUUID().toString()));
        assertThat(stranger.status()).isEqualTo(422);
        assertThat(stranger.text("refusal")).isEqualTo("UNKNOWN_PERSON");
        steps.ok(CASE_WORKER, "/coordinator", theMother);

        view = view();
        assertThat(view.path("coordinator").path("personId").asText()).isEqualTo(person("VICTIM"));
        assertThat(view.path("coordinator").path("organisation").asText()).isEqualTo("sociaal-team-dordrecht");
        assertThat(descriptions()).contains(
                "Veiligheidscode ORANJE bevestigd op de bevindingen van het onderzoek; procesregie bij Veilig Thuis",
                "Zorgcoördinator aangesteld: het gezin heeft de regie: het slachtoffer, ondersteund door regisseur "
                        + "(sociaal-team-dordrecht)");
        assertThat(String.join(" ", descriptions())).doesNotContain("Anna", "Jansen");
    }

    @Test
    void veiligThuisConcludesWithTheCodeOfItsFindings() {
        steps.ok(CASE_WORKER, "/code", Map.of("code", "ORANGE"));
        steps.ok(CASE_WORKER, "/triage", Map.of("outcome", "VEILIG_THUIS_INVESTIGATION"));
        steps.ok(CASE_WORKER, "/investigation/start", Map.of());
        LedgerClient.Answer unknownCode = steps.post(CASE_WORKER, "/investigation/conclusion",
                Map.of("conclusion", "UNSAFETY_ESTABLISHED", "code", "PURPLE"));
        assertThat(unknownCode.status()).isEqualTo(400);
        steps.ok(CASE_WORKER, "/investigation/conclusion", Map.of("conclusion", "UNSAFETY_ESTABLISHED", "code", "RED"));

        JsonNode view = view();
        assertThat(view.path("safetyCode").path("code").asText()).isEqualTo("RED");
        assertThat(view.path("codeToBeDetermined").asBoolean()).isFalse();
        assertThat(view.path("investigation").path("conclusion").asText()).isEqualTo("UNSAFETY_ESTABLISHED");
        steps.ok(CASE_WORKER, "/coordinator", Map.of("userId", COORDINATOR, "organisation", "sociaal-team-dordrecht"));
    }

    @Test
    void theCoordinatorRecordsCareAvoidanceTheMeldpuntPlansAndTheCoordinatingOrganisationCloses() {
        steps.ok(CASE_WORKER, "/coordinator", Map.of("userId", COORDINATOR, "organisation", "sociaal-team-dordrecht"));
        String client = person("PERPETRATOR");
        Map<String, Object> avoidance = Map.of("personId", client,
                "worryingSituation", "weigert elk contact met de hulpverlening",
                "risks", "escalatie thuis; de kinderen zijn niet veilig", "clientView", "er is niets aan de hand");

        notYourStep(steps.post(PROVIDER, "/care-avoidance", avoidance), "NOT_THE_COORDINATOR");
        LedgerClient.Answer noRisks = steps.post(COORDINATOR, "/care-avoidance", Requests.with(avoidance, "risks", " "));
        assertThat(noRisks.status()).isEqualTo(400);
        assertThat(noRisks.text("type")).isEqualTo("urn:hgk-ledger:problem:invalid-request");
        steps.ok(COORDINATOR, "/care-avoidance", avoidance);

        JsonNode view = view();
        assertThat(view.path("actionPlanAwaited").asBoolean()).isTrue();
        JsonNode recorded = view.path("careAvoidances").get(0);
        assertThat(recorded.path("personId").asText()).isEqualTo(client);
        assertThat(recorded.path("worryingSituation").path("note").asText())
                .isEqualTo("weigert elk contact met de hulpverlening");
        assertThat(clearInTheEventStore("weigert elk contact", "niet veilig", "niets aan de hand"))
                .as("the client's texts are stored encrypted").isZero();

        notYourStep(steps.post(COORDINATOR, "/care-avoidance/action-plan", Map.of("approach", "CARE_REFERRAL")),
                "OUTSIDE_CAPACITY");
        steps.ok(MELDPUNT, "/care-avoidance/action-plan", Map.of("approach", "NEW_COORDINATOR"));
        view = view();
        assertThat(view.path("actionPlanAwaited").asBoolean()).isFalse();
        assertThat(view.path("careAvoidances").get(0).path("actionPlan").path("approach").asText())
                .isEqualTo("NEW_COORDINATOR");
        LedgerClient.Answer again = steps.post(MELDPUNT, "/care-avoidance/action-plan",
                Map.of("approach", "PROCESS_DIRECTION"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.text("refusal")).isEqualTo("NO_CARE_AVOIDANCE_RECORDED");

        LedgerClient.Answer erased = api.post(PRIVACY_OFFICER, casePath() + "/persons/" + client + "/erasure",
                Map.of("reason", "verzoek van betrokkene (AVG art. 17)"));
        assertThat(erased.status()).as("%s", erased.body()).isEqualTo(200);
        steps.reached(erased.version());
        JsonNode forgotten = view().path("careAvoidances").get(0);
        assertThat(forgotten.path("worryingSituation").path("erased").asBoolean()).isTrue();
        assertThat(forgotten.path("clientView").path("erased").asBoolean()).isTrue();
        assertThat(forgotten.toString()).doesNotContain("weigert", "niet veilig", "niets aan de hand");

        Map<String, Object> closure = Map.of("closureReason", "CARE_ENDED");
        notYourStep(steps.post(PROVIDER, "/closure", closure), "NOT_THE_COORDINATOR");
        steps.ok(COORDINATOR, "/closure", closure);
        assertThat(view().path("status").asText()).isEqualTo("CLOSED");
    }

    private String casePath() {
        return "/api/cases/" + received.text("caseId");
    }

    private String person(String role) {
        for (JsonNode person : received.body().path("persons")) {
            if (person.path("role").asText().equals(role)) {
                return person.path("personId").asText();
            }
        }
        throw new AssertionError("no " + role + " in " + received.body());
    }

    private static void notYourStep(LedgerClient.Answer answer, String refusal) {
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(403);
        assertThat(answer.text("type")).isEqualTo("urn:hgk-ledger:problem:not-your-step");
        assertThat(answer.text("refusal")).isEqualTo(refusal);
    }

    /** the view at the version of the last step: read-your-writes */
    private JsonNode view() {
        LedgerClient.Answer answer = api.get(CASE_WORKER, "/api/family-plans/" + received.text("caseId")
                + "?minVersion=" + steps.version());
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        return answer.body();
    }

    /** the case as the werkvoorraad lists it, found by its address */
    private JsonNode listed() {
        LedgerClient.Answer answer = api.get(CASE_WORKER, "/api/cases?postcode=" + POSTCODE.replace(" ", "")
                + "&houseNumber=" + house);
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        for (JsonNode item : answer.body().path("items")) {
            if (item.path("caseId").asText().equals(received.text("caseId"))) {
                return item;
            }
        }
        throw new AssertionError("the case is not in the list: " + answer.body());
    }

    private List<String> descriptions() {
        LedgerClient.Answer answer = api.get(CASE_WORKER, casePath() + "/history");
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        List<String> descriptions = new ArrayList<>();
        answer.body().path("entries").forEach(entry -> descriptions.add(entry.path("description").asText()));
        return descriptions;
    }

    private long clearInTheEventStore(String... texts) {
        long found = 0;
        for (String text : texts) {
            found += jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                    + "and convert_from(payload, 'UTF8') like ?", Long.class, received.text("caseId"),
                    "%" + text + "%");
        }
        return found;
    }

    private static String dutch(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    }
}
