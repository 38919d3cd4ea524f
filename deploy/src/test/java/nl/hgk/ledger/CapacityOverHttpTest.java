package nl.hgk.ledger;

import static nl.hgk.ledger.Requests.AUXILIARY_PROSECUTOR;
import static nl.hgk.ledger.Requests.CASE_WORKER;
import static nl.hgk.ledger.Requests.CHILD_PROTECTION;
import static nl.hgk.ledger.Requests.COORDINATOR;
import static nl.hgk.ledger.Requests.MAYOR;
import static nl.hgk.ledger.Requests.MELDPUNT;
import static nl.hgk.ledger.Requests.MUNICIPALITY;
import static nl.hgk.ledger.Requests.POLICE;
import static nl.hgk.ledger.Requests.PROCESS_DIRECTOR;
import static nl.hgk.ledger.Requests.PROVIDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every type of organisation in its own capacity, over HTTP on embedded PostgreSQL: a demo user of the type takes one
 * of its own steps on a case, and is refused one that is not theirs (403 not-your-step, refusal OUTSIDE_CAPACITY),
 * which records nothing. Each step is taken by the party whose step it is in the case as well: the coordinator the
 * case was given, the process director the Meldpunt appointed, the mayor and the municipality of the household's
 * municipality (Dordrecht). And the demo users themselves: each of its type, in two regions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hgk.embedded-postgres.data-directory=")
class CapacityOverHttpTest {

    /** a postcode of this test's own, so its households never join another test's cases */
    private static final String POSTCODE = "3319 CP";
    private static final String NOT_YOUR_STEP = "urn:hgk-ledger:problem:not-your-step";

    /** the demo users who take steps, and the type of their organisation: written here, not read from the launcher */
    private static final Map<String, String> TYPE_OF = new LinkedHashMap<>();

    static {
        TYPE_OF.put(CASE_WORKER, "VEILIG_THUIS");
        TYPE_OF.put(COORDINATOR, "LOCAL_TEAM");
        TYPE_OF.put(PROVIDER, "PROVIDER");
        TYPE_OF.put(MELDPUNT, "MELDPUNT");
        TYPE_OF.put(PROCESS_DIRECTOR, "MELDPUNT");
        TYPE_OF.put(POLICE, "POLICE");
        TYPE_OF.put(AUXILIARY_PROSECUTOR, "POLICE");
        TYPE_OF.put(MAYOR, "MAYOR");
        TYPE_OF.put(MUNICIPALITY, "MUNICIPALITY");
        TYPE_OF.put(CHILD_PROTECTION, "CHILD_PROTECTION");
        TYPE_OF.put("casemanager-hm", "VEILIG_THUIS");
        TYPE_OF.put("regisseur-hm", "LOCAL_TEAM");
        TYPE_OF.put("hulpverlener-hm", "PROVIDER");
        TYPE_OF.put("procesregisseur-hm", "MELDPUNT");
        TYPE_OF.put("hulpofficier-hm", "POLICE");
        TYPE_OF.put("burgemeester-hm", "MAYOR");
        TYPE_OF.put("gemeente-hm", "MUNICIPALITY");
        TYPE_OF.put("raad-hm", "CHILD_PROTECTION");
    }

    private static final AtomicInteger HOUSES = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private LedgerClient api;

    @BeforeEach
    void client() {
        api = new LedgerClient(port);
    }

    @Test
    void veiligThuisAssignsTheCodeAndImposesNoHuisverbod() {
        Family family = reported();
        family.notYours(CASE_WORKER, "/huisverbod", family.huisverbod());
        family.steps.ok(CASE_WORKER, "/code", Map.of("code", "ORANGE"));
    }

    @Test
    void theLocalTeamCoordinatorAdoptsThePlanAndAssignsNoCode() {
        Family family = reported();
        family.steps.ok(CASE_WORKER, "/coordinator", Requests.COORDINATOR_APPOINTED);
        family.notYours(COORDINATOR, "/code", Map.of("code", "RED"));
        family.steps.ok(COORDINATOR, "/plan", family.plan());
    }

    /** The coordinator may come from any party that delivers care (seed 000 B2 §2.2): here a care provider. */
    @Test
    void aCareProviderMadeCoordinatorAdoptsThePlanAndDecidesNoTriage() {
        Family family = reported();
        family.steps.ok(CASE_WORKER, "/code", Map.of("code", "ORANGE"));
        family.steps.ok(CASE_WORKER, "/coordinator", Map.of("userId", PROVIDER, "organisation", "jeugdhulp-dordrecht"));
        family.notYours(PROVIDER, "/triage", Map.of("outcome", "VEILIG_THUIS_INVESTIGATION"));
        family.steps.ok(PROVIDER, "/plan", family.plan());
    }

    @Test
    void theMeldpuntAppointsTheProcessDirectorWhoCallsTheCareMeetingAndNeitherAssignsACode() {
        Family family = reported();
        family.toStepFour();
        family.notYours(MELDPUNT, "/code", Map.of("code", "RED"));
        family.steps.ok(MELDPUNT, "/process-director", Requests.PROCESS_DIRECTOR_APPOINTED);
        family.notYours(PROCESS_DIRECTOR, "/code", Map.of("code", "RED"));
        family.steps.ok(PROCESS_DIRECTOR, "/care-meeting", Map.of("urgent", true));
    }

    /** A police officer reports; only a hulpofficier van justitie imposes a huisverbod, and only the mayor extends it. */
    @Test
    void thePoliceReportAndOnlyAHulpofficierImposesAHuisverbodWhichOnlyTheMayorExtends() {
        LedgerClient.Answer reported = api.post(POLICE, "/api/reports", Requests.report(POSTCODE, house()));
        assertThat(reported.status()).as("%s", reported.body()).isEqualTo(201);
        Family family = new Family(reported);
        family.notYours(POLICE, "/huisverbod", family.huisverbod());
        family.steps.ok(AUXILIARY_PROSECUTOR, "/huisverbod", family.huisverbod());
        family.notYours(AUXILIARY_PROSECUTOR, "/huisverbod/extension",
                Map.of("endsOn", Requests.TODAY.plusDays(28).toString()));
        family.steps.ok(MAYOR, "/huisverbod/extension", Map.of("endsOn", Requests.TODAY.plusDays(28).toString()));
    }

    @Test
    void theMayorImposesAHuisverbodAndAssignsNoCode() {
        Family family = reported();
        family.notYours(MAYOR, "/code", Map.of("code", "RED"));
        family.steps.ok(MAYOR, "/huisverbod", family.huisverbod());
    }

    /** The municipality decides at step 5 (seed 000 B2 §5.2.4); the huisverbod is its mayor's, not the municipality's. */
    @Test
    void theMunicipalityDecidesAtStepFiveAndImposesNoHuisverbod() {
        Family family = reported();
        family.toStepFour();
        family.steps.ok(MELDPUNT, "/process-director", Requests.PROCESS_DIRECTOR_APPOINTED);
        family.steps.ok(PROCESS_DIRECTOR, "/escalations/meldpunt-manager", Map.of(
                "bottleneck", "partijen leveren niet", "advice", "de gemeente wijst een aanbieder aan"));
        family.notYours(MUNICIPALITY, "/huisverbod", family.huisverbod());
        family.steps.ok(MUNICIPALITY, "/administrative-decisions", Map.of("decisionId", UUID.randomUUID(),
                "decidedAt", Instant.now().minusSeconds(60).toString(), "decision", "jeugdhulp start direct"));
    }

    /** A gecertificeerde instelling coordinating a child's care raises an escalation; the triage is Veilig Thuis's. */
    @Test
    void childProtectionMadeCoordinatorEscalatesAndDecidesNoTriage() {
        Family family = reported();
        family.steps.ok(CASE_WORKER, "/code", Map.of("code", "ORANGE"));
        family.steps.ok(CASE_WORKER, "/coordinator", Map.of("userId", CHILD_PROTECTION,
                "organisation", "raad-voor-de-kinderbescherming-zhz"));
        family.notYours(CHILD_PROTECTION, "/triage", Map.of("outcome", "LOCAL_FIELD"));
        family.steps.ok(CHILD_PROTECTION, "/escalations", Map.of("step", "ADVICE", "reason", "hulp komt niet op gang"));
    }

    /** A Leiden case, taken by the demo users of Hollands Midden: coordinated by a Leiden team. */
    @Test
    void aLeidenCaseIsTakenByThePartiesOfLeiden() {
        LedgerClient.Answer reported = api.post("casemanager-hm", "/api/reports",
                Requests.reportIn("GM0546", "2317 CP", house()));
        assertThat(reported.status()).as("%s", reported.body()).isEqualTo(201);
        Family family = new Family(reported);
        family.steps.ok("casemanager-hm", "/code", Map.of("code", "RED"));
        family.steps.ok("casemanager-hm", "/coordinator", Map.of("userId", "regisseur-hm",
                "organisation", "wijkteam-leiden"));
        family.notYours("regisseur-hm", "/huisverbod", family.huisverbod());
        family.steps.ok("regisseur-hm", "/plan", family.plan());
        family.steps.ok("burgemeester-hm", "/huisverbod", family.huisverbod());
    }

    /**
     * The launcher started with every demo user (it refuses an inconsistent one, such as a mayor's office without its
     * municipality); each signs in, and {@code /api/me} and the sign-in options show the type of their organisation
     * and the steps it takes.
     */
    @Test
    void everyDemoUserSignsInWithTheTypeOfTheirOrganisation() {
        JsonNode options = api.get(null, "/api/sign-in-options").body().path("demoUsers");
        for (Map.Entry<String, String> user : TYPE_OF.entrySet()) {
            LedgerClient.Answer me = api.get(user.getKey(), "/api/me");
            assertThat(me.status()).as(user.getKey()).isEqualTo(200);
            assertThat(me.text("organisationType")).as(user.getKey()).isEqualTo(user.getValue());
            assertThat(me.body().path("steps")).as(user.getKey()).extracting(JsonNode::asText).contains("REPORT");
            JsonNode listed = listed(options, user.getKey());
            assertThat(listed.path("organisationType").asText()).as(user.getKey()).isEqualTo(user.getValue());
        }
        assertThat(api.get(MAYOR, "/api/me").text("municipality")).isEqualTo("GM0505");
        assertThat(api.get("gemeente-hm", "/api/me").text("municipality")).isEqualTo("GM0546");
        assertThat(api.get(AUXILIARY_PROSECUTOR, "/api/me").body().path("qualifications"))
                .extracting(JsonNode::asText).containsExactly("AUXILIARY_PROSECUTOR");
        assertThat(api.get(CASE_WORKER, "/api/me").body().path("steps")).extracting(JsonNode::asText)
                .contains("ASSIGN_CODE", "DECIDE_TRIAGE", "APPOINT_COORDINATOR", "CLOSE_CASE")
                .doesNotContain("IMPOSE_HUISVERBOD", "APPOINT_PROCESS_DIRECTOR", "RECORD_ADMINISTRATIVE_DECISION",
                        "ERASE_PERSON", "ERASE_CASE_DATA");
        assertThat(api.get("fg", "/api/me").body().path("steps")).as("a privacy officer erases, and takes no step")
                .extracting(JsonNode::asText).containsExactly("ERASE_PERSON");
        for (String noStep : List.of(Requests.ANALYST, Requests.INSPECTOR, "beheerder")) {
            LedgerClient.Answer me = api.get(noStep, "/api/me");
            assertThat(me.body().has("organisationType")).as(noStep).isFalse();
            assertThat(me.body().path("steps")).as(noStep).isEmpty();
        }
    }

    private static JsonNode listed(JsonNode users, String username) {
        for (JsonNode user : users) {
            if (user.path("username").asText().equals(username)) {
                return user;
            }
        }
        throw new AssertionError("the sign-in options list no " + username + ": " + users);
    }

    private static String house() {
        return String.valueOf(HOUSES.incrementAndGet());
    }

    /** a household's case in Dordrecht (GM0505), reported by Veilig Thuis */
    private Family reported() {
        LedgerClient.Answer reported = api.post(CASE_WORKER, "/api/reports", Requests.report(POSTCODE, house()));
        assertThat(reported.status()).as("%s", reported.body()).isEqualTo(201);
        return new Family(reported);
    }

    /** A household's case and its steps. */
    private final class Family {
        private final String caseId;
        private final LedgerClient.Answer reported;
        private final String perpetrator;
        private final CaseSteps steps;

        private Family(LedgerClient.Answer reported) {
            this.reported = reported;
            this.caseId = reported.text("caseId");
            this.perpetrator = reported.personWithRole("PERPETRATOR");
            this.steps = new CaseSteps(api, "/api/cases/" + caseId, reported.version());
        }

        /** a plan with every consent the household owes */
        Map<String, Object> plan() {
            return Map.of("plan", Requests.plan(Requests.householdConsents(reported)));
        }

        Map<String, Object> huisverbod() {
            return Map.of("personId", perpetrator, "imposedOn", Requests.TODAY.toString());
        }

        /** the coordinator escalates straight to step 4, with the urgency a skip needs */
        void toStepFour() {
            steps.ok(CASE_WORKER, "/coordinator", Requests.COORDINATOR_APPOINTED);
            steps.ok(COORDINATOR, "/escalations", Map.of("step", "PROCESS_DIRECTOR",
                    "urgencyReason", "kinderen direct onveilig", "reason", "partijen leveren niet"));
        }

        /** the step is refused to {@code user} as outside the capacity of their organisation, and nothing recorded */
        void notYours(String user, String step, Map<String, Object> body) {
            long events = StoredEvents.countOf(jdbc, caseId);
            LedgerClient.Answer refused = steps.post(user, step, body);
            assertThat(refused.status()).as("%s by %s: %s", step, user, refused.body()).isEqualTo(403);
            assertThat(refused.raw().headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(refused.text("type")).isEqualTo(NOT_YOUR_STEP);
            assertThat(refused.text("refusal")).isEqualTo("OUTSIDE_CAPACITY");
            assertThat(StoredEvents.countOf(jdbc, caseId)).as("nothing recorded").isEqualTo(events);
            assertThat(api.get(user, "/api/cases/" + caseId + "/history").status())
                    .as("the case is in %s's scope: the refusal is about the step, not the case", user)
                    .isEqualTo(200);
        }
    }
}
