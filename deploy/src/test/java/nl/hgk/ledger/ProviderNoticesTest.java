package nl.hgk.ledger;

import static nl.hgk.ledger.Requests.CASE_WORKER;
import static nl.hgk.ledger.Requests.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The notices of a care provider to the coordinator (seed 000 B2 §2.3) through the HTTP API on embedded PostgreSQL:
 * {@code hulpverlener} of jeugdhulp-dordrecht owns two tasks of a plan that {@code regisseur} of sociaal-team-dordrecht
 * adopted, and gives every notice; the coordinator, Veilig Thuis and the police are refused them; the early stop and
 * the no-shows are stagnation signals on the coordinator's board and in the case list until the plan is revised; the
 * family plan view and the history show every notice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hgk.embedded-postgres.data-directory=")
class ProviderNoticesTest {

    /** a postcode of this test's own, so its households never join another test's cases */
    private static final String POSTCODE = "3319 NT";
    private static final String PROVIDER = "hulpverlener";
    private static final String POLICE = "politie";
    private static final String PROVIDERS_ORGANISATION = "jeugdhulp-dordrecht";
    private static final String NOT_YOUR_STEP = "urn:hgk-ledger:problem:not-your-step";

    @LocalServerPort
    int port;

    private LedgerClient api;

    @BeforeEach
    void client() {
        api = new LedgerClient(port);
    }

    @Test
    void theProviderOwningATaskTellsTheCoordinatorAndNobodyElseMay() {
        LedgerClient.Answer received = api.post(CASE_WORKER, "/api/reports",
                Requests.report(POSTCODE, String.valueOf(System.nanoTime() % 10_000)));
        assertThat(received.status()).as("%s", received.body()).isEqualTo(201);
        String caseId = received.text("caseId");
        CaseSteps steps = new CaseSteps(api, "/api/cases/" + caseId, received.version());
        String youthCare = UUID.randomUUID().toString();
        String parenting = UUID.randomUUID().toString();

        steps.ok(CASE_WORKER, "/coordinator", Map.of("userId", COORDINATOR, "organisation", "sociaal-team-dordrecht"));
        steps.ok(COORDINATOR, "/plan", Map.of("plan", plan(received, youthCare, parenting)));

        steps.ok(PROVIDER, "/notices/help-started", Map.of("taskId", youthCare, "startedOn", today()));
        // the task is jeugdhulp's: not the coordinator's, not Veilig Thuis's, and no step of the police at all
        refused(steps.post(COORDINATOR, "/notices/no-shows", noShows(youthCare)), "NOT_THE_TASK_OWNER");
        refused(steps.post(CASE_WORKER, "/notices/help-ended", Map.of("taskId", youthCare, "endedOn", today(),
                "effect", "GOALS_ACHIEVED")), "NOT_THE_TASK_OWNER");
        refused(steps.post(POLICE, "/notices/no-shows", noShows(youthCare)), "OUTSIDE_CAPACITY");

        steps.ok(PROVIDER, "/notices/no-shows", noShows(youthCare));
        steps.ok(PROVIDER, "/notices/client-transferred", Map.of("taskId", youthCare, "professional", "collega",
                "reason", "hulpverlener met verlof"));
        steps.ok(PROVIDER, "/notices/other-party-proposed", Map.of("taskId", youthCare,
                "organisation", "ggz-dordrecht", "formOfHelp", "MENTAL_HEALTH_CARE"));
        steps.ok(PROVIDER, "/notices/help-started", Map.of("taskId", parenting, "startedOn", today(),
                "professional", "opvoedcoach"));
        steps.ok(PROVIDER, "/notices/help-ended", Map.of("taskId", parenting, "endedOn", today(),
                "effect", "GOALS_PARTLY_ACHIEVED"));

        LedgerClient.Answer toItself = steps.post(PROVIDER, "/notices/other-party-proposed", Map.of("taskId",
                youthCare, "organisation", PROVIDERS_ORGANISATION, "formOfHelp", "YOUTH_CARE"));
        assertThat(toItself.status()).as("%s", toItself.body()).isEqualTo(422);
        assertThat(toItself.text("refusal")).isEqualTo("PROPOSAL_NAMES_THE_TASK_OWNER");
        LedgerClient.Answer afterTheEnd = steps.post(PROVIDER, "/notices/no-shows", noShows(parenting));
        assertThat(afterTheEnd.status()).isEqualTo(422);
        assertThat(afterTheEnd.text("refusal")).isEqualTo("HELP_ALREADY_ENDED");
        LedgerClient.Answer withoutCauses = steps.post(PROVIDER, "/notices/no-shows",
                Map.of("taskId", youthCare, "missedAppointments", 2));
        assertThat(withoutCauses.status()).as("a body without its causes").isEqualTo(400);

        // the no-shows are a signal on the coordinator's board and in the case list, not on Veilig Thuis's board
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() ->
                assertThat(signalsOn(COORDINATOR, caseId)).containsExactly("NO_SHOWS"));
        assertThat(signalsOn(CASE_WORKER, caseId)).isEmpty();
        assertThat(signalsOn(PROVIDER, caseId)).isEmpty();
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() ->
                assertThat(signalsInTheList(caseId)).isEqualTo(1));

        steps.ok(PROVIDER, "/notices/help-stopped-early", Map.of("taskId", youthCare, "stoppedOn", today(),
                "cause", "HELP_DOES_NOT_FIT"));
        JsonNode view = view(caseId, steps);
        assertThat(view.path("notices")).hasSize(2);
        JsonNode first = view.path("notices").get(0);
        assertThat(first.path("taskId").asText()).isEqualTo(youthCare);
        assertThat(first.path("inCurrentPlan").asBoolean()).isTrue();
        assertThat(texts(first.path("notices"), "kind")).containsExactly("HELP_STARTED", "NO_SHOWS",
                "CLIENT_TRANSFERRED", "OTHER_PARTY_PROPOSED", "HELP_STOPPED_EARLY");
        assertThat(texts(first.path("notices"), "givenBy", "organisation")).containsOnly(PROVIDERS_ORGANISATION);
        assertThat(first.path("notices").get(1).path("noShowCauses").get(0).asText()).isEqualTo("CARE_AVOIDANCE");
        assertThat(first.path("notices").get(2).path("professional").asText()).isEqualTo("collega");
        assertThat(first.path("notices").get(4).path("cause").asText()).isEqualTo("HELP_DOES_NOT_FIT");
        assertThat(texts(view.path("notices").get(1).path("notices"), "kind"))
                .containsExactly("HELP_STARTED", "HELP_ENDED");
        assertThat(view.path("notices").get(1).path("notices").get(1).path("effect").asText())
                .isEqualTo("GOALS_PARTLY_ACHIEVED");
        assertThat(texts(view.path("stagnationSignals"), "kind")).containsExactly("NO_SHOWS", "HELP_STOPPED_EARLY");
        assertThat(texts(view.path("plan").path("tasks"), "status")).as("the plan stays the coordinator's")
                .containsOnly("PLANNED");

        // the coordinator acts on them by revising the plan
        steps.ok(COORDINATOR, "/plan/revisions", Map.of("planVersion", 2, "reason", "jeugdhulp gestopt; ggz erbij",
                "plan", plan(received, youthCare, parenting)));
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
            assertThat(signalsOn(COORDINATOR, caseId)).isEmpty();
            assertThat(signalsInTheList(caseId)).isZero();
        });
        assertThat(view(caseId, steps).path("stagnationSignals")).isEmpty();

        LedgerClient.Answer history = api.get(COORDINATOR, "/api/cases/" + caseId + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(texts(history.body().path("entries"), "description")).anySatisfy(text -> assertThat(text)
                .startsWith("Herhaald niet verschijnen van de cliënt doorgegeven: 3 afspraken gemist")
                .contains("aan de zorgcoördinator regisseur (sociaal-team-dordrecht)"));
    }

    private static String today() {
        return Requests.TODAY.toString();
    }

    private static Map<String, Object> noShows(String taskId) {
        return Map.of("taskId", taskId, "missedAppointments", 3, "causes", List.of("CARE_AVOIDANCE"));
    }

    /** a plan with two tasks of jeugdhulp-dordrecht, and everyone's consent */
    private static Map<String, Object> plan(LedgerClient.Answer received, String youthCare, String parenting) {
        List<Map<String, Object>> consents = Requests.householdConsents(received);
        return Map.of(
                "goals", List.of(Map.of("lifeDomain", "PARENTING", "description", "rust in de opvoeding")),
                "tasks", List.of(
                        Map.of("taskId", youthCare, "description", "ambulante jeugdhulp",
                                "ownerOrganisation", PROVIDERS_ORGANISATION, "dueDate", Requests.TASK_DUE.toString(),
                                "status", "PLANNED"),
                        Map.of("taskId", parenting, "description", "opvoedondersteuning",
                                "ownerOrganisation", PROVIDERS_ORGANISATION, "dueDate", Requests.TASK_DUE.toString(),
                                "status", "PLANNED")),
                "safetyAgreements", List.of("bel 112 bij dreiging"),
                "evaluationDates", List.of(Requests.EVALUATION_DATE.toString()),
                "consents", consents);
    }

    private static void refused(LedgerClient.Answer answer, String refusal) {
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(403);
        assertThat(answer.text("type")).isEqualTo(NOT_YOUR_STEP);
        assertThat(answer.text("refusal")).isEqualTo(refusal);
    }

    private JsonNode view(String caseId, CaseSteps steps) {
        LedgerClient.Answer view = api.get(COORDINATOR, "/api/family-plans/" + caseId + "?minVersion="
                + steps.version());
        assertThat(view.status()).as("%s", view.body()).isEqualTo(200);
        return view.body();
    }

    /** the kinds of the case's open signals on the board of {@code user} */
    private List<String> signalsOn(String user, String caseId) {
        LedgerClient.Answer board = api.get(user, "/api/deadlines?maxItems=1000");
        assertThat(board.status()).as("%s", board.body()).isEqualTo(200);
        List<String> kinds = new ArrayList<>();
        for (JsonNode signal : board.body().path("signals")) {
            if (signal.path("caseId").asText().equals(caseId)) {
                kinds.add(signal.path("kind").asText());
            }
        }
        return kinds;
    }

    /** the case's open signals in the coordinator's list, on whichever page other tests' cases put it */
    private int signalsInTheList(String caseId) {
        for (int page = 0; ; page++) {
            LedgerClient.Answer list = api.get(COORDINATOR, "/api/cases?coordinator=sociaal-team-dordrecht&size=100"
                    + "&page=" + page);
            assertThat(list.status()).as("%s", list.body()).isEqualTo(200);
            assertThat(list.body().path("items")).as("case %s in the coordinator's list", caseId).isNotEmpty();
            for (JsonNode item : list.body().path("items")) {
                if (item.path("caseId").asText().equals(caseId)) {
                    return item.path("stagnationSignals").asInt();
                }
            }
        }
    }

    private static List<String> texts(JsonNode items, String... path) {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : items) {
            JsonNode value = item;
            for (String field : path) {
                value = value.path(field);
            }
            texts.add(value.asText());
        }
        return texts;
    }
}
