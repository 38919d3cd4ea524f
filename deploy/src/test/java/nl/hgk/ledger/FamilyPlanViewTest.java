package nl.hgk.ledger;

import static nl.hgk.ledger.Requests.ANALYST;
import static nl.hgk.ledger.Requests.CASE_WORKER;
import static nl.hgk.ledger.Requests.COORDINATOR;
import static nl.hgk.ledger.Requests.INSPECTOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import nl.hgk.ledger.query.familyplan.FindFamilyPlan;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The family plan view over HTTP, on embedded PostgreSQL: cases driven through the command API, read back through
 * the query API right after each write (read-your-writes with the version the command answered), and followed live
 * as Server-Sent Events.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hgk.embedded-postgres.data-directory=")
class FamilyPlanViewTest {

    /** the mayor of the households' municipality, Dordrecht: the huisverbod is theirs */
    private static final String MAYOR = "burgemeester";
    /** a postcode of this test's own, so its households never join another test's cases */
    private static final String POSTCODE = "3317 GP";

    @LocalServerPort
    int port;
    @Autowired
    QueryUpdateEmitter updateEmitter;

    private LedgerClient api;

    @BeforeEach
    void client() {
        api = new LedgerClient(port);
    }

    @Test
    void theViewFollowsACaseFromReportToClosure() {
        Case family = Case.reported(api);
        JsonNode view = family.view();
        assertThat(view.path("version").asLong()).as("the report and its triage limit").isEqualTo(1);
        assertThat(view.path("status").asText()).isEqualTo("OPEN");
        assertThat(view.path("municipality").asText()).isEqualTo("GM0505");
        assertThat(names(view.path("members"), "personalData", "fullName"))
                .containsExactly("Anna Jansen", "Piet Jansen", "Sam Jansen");
        assertThat(names(view.path("members"), "role")).containsExactly("VICTIM", "PERPETRATOR", "CHILD");
        assertThat(view.path("members").get(0).path("personId").asText()).isEqualTo(family.victim);
        assertThat(names(view.path("reports"), "reportId")).containsExactly(family.reportId);
        assertThat(view.has("safetyCode")).isFalse();
        assertThat(view.has("coordinator")).isFalse();

        family.ok(CASE_WORKER, "/code", Map.of("code", "ORANGE"));
        family.ok(CASE_WORKER, "/triage", Map.of("outcome", "VEILIG_THUIS_INVESTIGATION"));
        family.ok(CASE_WORKER, "/investigation/start", Map.of());
        family.ok(MAYOR, "/huisverbod", Map.of("personId", family.perpetrator, "imposedOn", Requests.TODAY.toString()));
        view = family.view();
        assertThat(view.path("safetyCode").path("code").asText()).isEqualTo("ORANGE");
        assertThat(view.path("safetyCode").path("processDirection").asText()).isEqualTo("VEILIG_THUIS");
        assertThat(view.path("safetyCode").path("assignedBy").path("user").asText()).isEqualTo("casemanager");
        assertThat(view.path("safetyCode").path("assignedBy").path("organisation").asText())
                .isEqualTo("veilig-thuis-zhz");
        assertThat(view.path("triage").path("outcome").asText()).isEqualTo("VEILIG_THUIS_INVESTIGATION");
        assertThat(view.path("huisverbod").path("personId").asText()).isEqualTo(family.perpetrator);
        assertThat(view.path("huisverbod").path("endsOn").asText()).isEqualTo(Requests.TODAY.plusDays(10).toString());

        family.ok(MAYOR, "/huisverbod/extension", Map.of("endsOn", Requests.TODAY.plusDays(28).toString()));
        family.ok(CASE_WORKER, "/coordinator", Map.of("userId", "regisseur", "organisation", "sociaal-team-dordrecht"));
        family.ok(COORDINATOR, "/plan", Map.of("plan", Requests.plan(family.consents)));
        LedgerClient.Answer bundled = api.post(CASE_WORKER, "/api/reports", Requests.report(POSTCODE, family.house));
        assertThat(bundled.text("outcome")).isEqualTo("BUNDLED");
        // the report, and the triage limit it starts: the earlier report was triaged
        assertThat(bundled.version()).isEqualTo(family.version + 2);
        family.version = bundled.version();
        family.ok(COORDINATOR, "/escalations", Map.of("step", "ADVICE", "reason", "hulp komt niet op gang"));
        family.ok(COORDINATOR, "/escalations", Map.of("step", "PROCESS_DIRECTOR", "reason", "partijen leveren niet",
                "urgencyReason", "kinderen direct onveilig"));

        view = family.view();
        assertThat(view.path("version").asLong()).isEqualTo(family.version);
        assertThat(view.path("huisverbod").path("endsOn").asText()).isEqualTo(Requests.TODAY.plusDays(28).toString());
        assertThat(names(view.path("timeLimits"), "limit")).as("the limits running, the soonest first")
                .containsExactlyInAnyOrder("TRIAGE", "INVESTIGATION", "HUISVERBOD_END", "TASK", "PLAN_EVALUATION",
                        "PROCESS_DIRECTOR");
        assertThat(names(view.path("timeLimits"), "dueAt").stream().map(Instant::parse).toList()).isSorted();
        assertThat(view.path("coordinator").path("userId").asText()).isEqualTo("regisseur");
        assertThat(view.path("coordinator").path("organisation").asText()).isEqualTo("sociaal-team-dordrecht");
        JsonNode plan = view.path("plan");
        assertThat(plan.path("planVersion").asInt()).isEqualTo(1);
        assertThat(plan.path("adoptedBy").path("user").asText()).isEqualTo("regisseur");
        assertThat(names(plan.path("goals"), "lifeDomain")).containsExactly("SAFETY");
        JsonNode task = plan.path("tasks").get(0);
        assertThat(task.path("description").asText()).isEqualTo("weekly safety check");
        assertThat(task.path("ownerOrganisation").asText()).isEqualTo("veilig-thuis-zhz");
        assertThat(task.path("dueDate").asText()).isEqualTo(Requests.TASK_DUE.toString());
        assertThat(task.path("status").asText()).isEqualTo("PLANNED");
        assertThat(plan.path("safetyAgreements").get(0).asText()).isEqualTo("contact the police at any threat");
        assertThat(plan.path("evaluationDates").get(0).asText()).isEqualTo(Requests.EVALUATION_DATE.toString());
        assertThat(plan.path("consents").get(0).path("decision").asText()).isEqualTo("GIVEN");
        assertThat(plan.path("consents").get(0).path("decidedBy").asText()).isEqualTo("PERSON");
        assertThat(plan.path("consents").get(0).path("signed").asBoolean()).isTrue();
        assertThat(plan.path("consents").get(2).path("decidedBy").asText()).isEqualTo("LEGAL_REPRESENTATIVE");
        assertThat(plan.path("consents").get(2).path("representativeId").asText()).isEqualTo(family.victim);
        // the people of the report the plan was adopted after have answered; the bundled report named three more
        // (every report names its people anew), whose answers a revision will need
        assertThat(names(plan.path("consentNeeds"), "personId")).hasSize(6)
                .startsWith(family.victim, family.perpetrator, family.child);
        assertThat(plan.path("consentNeeds").findValues("missing")).extracting(JsonNode::isEmpty)
                .containsExactly(true, true, true, false, false, false);
        assertThat(view.path("escalation").path("step").asText()).isEqualTo("PROCESS_DIRECTOR");
        assertThat(view.path("escalation").path("level").asInt()).isEqualTo(4);
        assertThat(view.path("escalation").path("urgencyReason").asText()).isEqualTo("kinderen direct onveilig");
        assertThat(view.path("processDirector").path("escalationStep").asText()).isEqualTo("PROCESS_DIRECTOR");
        assertThat(view.path("processDirector").path("escalatedBy").path("user").asText()).isEqualTo("regisseur");
        assertThat(view.path("reports")).hasSize(2);
        assertThat(view.path("members")).hasSize(6);
        assertThat(names(view.path("organisations"))).containsExactlyInAnyOrder("burgemeester-dordrecht",
                "sociaal-team-dordrecht", "veilig-thuis-zhz");
        assertThat(view.path("status").asText()).isEqualTo("OPEN");

        // step 4 is the process director's to end
        family.ok(Requests.MELDPUNT, "/process-director", Requests.PROCESS_DIRECTOR_APPOINTED);
        family.ok(Requests.PROCESS_DIRECTOR, "/escalations/resolution", Map.of());
        family.ok(Requests.MAYOR, "/huisverbod/end", Map.of("endedOn", Requests.TODAY.toString(),
                "endReason", "LIFTED_BY_MAYOR"));
        family.ok(CASE_WORKER, "/reports/" + family.reportId + "/reporter-informed", Map.of());
        family.ok(CASE_WORKER, "/reports/" + bundled.text("reportId") + "/reporter-informed", Map.of());
        family.ok(CASE_WORKER, "/closure", Map.of("closureReason", "CARE_COMPLETED", "reason", "doelen bereikt"));

        view = family.view();
        assertThat(view.path("version").asLong()).isEqualTo(family.version);
        assertThat(view.path("status").asText()).isEqualTo("CLOSED");
        assertThat(view.path("closureReason").asText()).isEqualTo("CARE_COMPLETED");
        assertThat(view.has("escalation")).isFalse();
        assertThat(view.has("processDirector")).isFalse();
        assertThat(view.has("huisverbod")).isFalse();
        assertThat(names(view.path("reports"), "reporterInformed")).containsExactly("true", "true");
    }

    @Test
    void aPlanIsAdoptedOnlyWithTheConsentsTheLawAsks() {
        Case family = Case.reported(api);
        family.ok(CASE_WORKER, "/coordinator", Map.of("userId", "regisseur", "organisation", "sociaal-team-dordrecht"));
        Map<String, Object> father = family.consents.get(1);

        LedgerClient.Answer unsaid = family.post(COORDINATOR, "/plan", Map.of("plan", Requests.plan(List.of(
                Map.of("personId", family.victim, "decision", "GIVEN")))));
        assertProblem(unsaid, 400, "invalid-request");
        assertThat(unsaid.body().path("errors").findValuesAsText("field")).containsExactly("plan.consents[0].signed");

        LedgerClient.Answer missing = family.post(COORDINATOR, "/plan", Map.of("plan", Requests.plan(List.of(
                Map.of("personId", family.victim, "decision", "GIVEN", "signed", true), father))));
        assertProblem(missing, 422, "command-refused");
        assertThat(missing.text("refusal")).isEqualTo("CONSENT_MISSING");
        assertThat(missing.text("detail")).contains("the child " + family.child + " (under 16) needs the answer of a "
                + "legal representative").doesNotContain("Sam", "Jansen", "2016");

        LedgerClient.Answer noOpinion = family.post(COORDINATOR, "/plan", Map.of("plan", Requests.plan(List.of(
                Map.of("personId", family.victim, "decision", "REFUSED", "signed", false, "clientOpinion", "  "),
                father, family.consents.get(2)))));
        assertProblem(noOpinion, 422, "command-refused");
        assertThat(noOpinion.text("refusal")).isEqualTo("OPINION_REQUIRED");

        LedgerClient.Answer stranger = family.post(COORDINATOR, "/plan", Map.of("plan", Requests.plan(List.of(
                family.consents.get(0), father, Map.of("personId", family.child,
                        "representativeId", UUID.randomUUID().toString(), "decision", "GIVEN", "signed", true)))));
        assertProblem(stranger, 422, "command-refused");
        assertThat(stranger.text("refusal")).isEqualTo("INVALID_REPRESENTATIVE");

        LedgerClient.Answer adultRepresented = family.post(COORDINATOR, "/plan", Map.of("plan", Requests.plan(List.of(
                Map.of("personId", family.victim, "representativeId", family.perpetrator, "decision", "GIVEN",
                        "signed", true)))));
        assertProblem(adultRepresented, 422, "command-refused");
        assertThat(adultRepresented.text("refusal")).isEqualTo("REPRESENTED_PERSON_NOT_UNDER_16");

        List<Map<String, Object>> unsigned = new ArrayList<>(family.consents);
        unsigned.set(0, Map.of("personId", family.victim, "decision", "REFUSED", "signed", false,
                "clientOpinion", "wil eerst met haar zus praten"));
        family.ok(COORDINATOR, "/plan", Map.of("plan", Requests.plan(unsigned)));
        JsonNode consent = family.view().path("plan").path("consents").get(0);
        assertThat(consent.path("decision").asText()).isEqualTo("REFUSED");
        assertThat(consent.path("signed").asBoolean()).isFalse();
        assertThat(consent.path("clientOpinion").path("note").asText()).isEqualTo("wil eerst met haar zus praten");
    }

    @Test
    void aSecondCaseShowsItsOwnFamily() {
        Case first = Case.reported(api);
        first.ok(CASE_WORKER, "/code", Map.of("code", "RED"));
        Case second = Case.reported(api);
        second.ok(CASE_WORKER, "/code", Map.of("code", "GREEN"));
        second.ok(CASE_WORKER, "/coordinator", Map.of("userId", "wijkteam-1", "organisation", "wijkteam-noord"));

        JsonNode firstView = first.view();
        JsonNode secondView = second.view();
        assertThat(firstView.path("caseId").asText()).isEqualTo(first.caseId.toString());
        assertThat(firstView.path("safetyCode").path("code").asText()).isEqualTo("RED");
        assertThat(firstView.has("coordinator")).isFalse();
        assertThat(firstView.path("members").get(0).path("personId").asText()).isEqualTo(first.victim);
        assertThat(secondView.path("caseId").asText()).isEqualTo(second.caseId.toString());
        assertThat(secondView.path("safetyCode").path("code").asText()).isEqualTo("GREEN");
        assertThat(secondView.path("safetyCode").path("processDirection").asText()).isEqualTo("LOCAL_FIELD");
        assertThat(secondView.path("coordinator").path("userId").asText()).isEqualTo("wijkteam-1");
        assertThat(secondView.path("members").get(0).path("personId").asText()).isEqualTo(second.victim);
    }

    @Test
    void withoutMinVersionTheViewIsAnsweredAsItIsToTheProfessionalsOfCasesOnly() {
        Case family = Case.reported(api);
        family.view();

        LedgerClient.Answer answer = api.get(COORDINATOR, "/api/family-plans/" + family.caseId);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("caseId").asText()).isEqualTo(family.caseId.toString());
        // the view names the family's members: not for analysts, nor for inspectors (they read the history)
        assertProblem(api.get(ANALYST, "/api/family-plans/" + family.caseId), 403, "forbidden");
        assertProblem(api.get(INSPECTOR, "/api/family-plans/" + family.caseId), 403, "forbidden");
        assertThat(api.get(null, "/api/family-plans/" + family.caseId).status()).isEqualTo(401);
    }

    @Test
    void anUnknownCaseIsNotFound() {
        String unknown = "/api/family-plans/" + UUID.randomUUID();

        assertProblem(api.get(CASE_WORKER, unknown), 404, "not-found");
        assertProblem(api.get(CASE_WORKER, unknown + "/updates"), 404, "not-found");
    }

    @Test
    void aVersionTheViewDoesNotReachInTimeIsAnsweredAsViewBehind() {
        Case family = Case.reported(api);
        family.view();

        LedgerClient.Answer behind = api.get(CASE_WORKER, family.viewPath() + "?minVersion=1000&maxWaitMillis=300");

        assertProblem(behind, 503, "view-behind");
        assertThat(behind.raw().headers().firstValue("Retry-After")).hasValue("1");
        assertThat(behind.body().path("currentVersion").asLong()).isEqualTo(1);
        assertThat(behind.body().path("requestedVersion").asLong()).isEqualTo(1000);
        assertThat(subscriptionsOf(family.caseId)).as("the wait's subscription is closed").isZero();

        LedgerClient.Answer unknown = api.get(CASE_WORKER,
                "/api/family-plans/" + UUID.randomUUID() + "?minVersion=0&maxWaitMillis=100");
        assertProblem(unknown, 503, "view-behind");
        assertThat(unknown.body().path("currentVersion").asLong()).isEqualTo(-1);
    }

    @Test
    void theWaitIsBoundedByTheServerWhateverTheClientAsks() {
        Case family = Case.reported(api);
        family.view();

        long started = System.nanoTime();
        LedgerClient.Answer behind = api.get(CASE_WORKER, family.viewPath() + "?minVersion=1000&maxWaitMillis=600000");
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        assertProblem(behind, 503, "view-behind");
        assertThat(waited).isBetween(Duration.ofMillis(4900), Duration.ofSeconds(30));
    }

    @Test
    void badQueryParameters() {
        Case family = Case.reported(api);

        assertProblem(api.get(CASE_WORKER, family.viewPath() + "?minVersion=-1"), 400, "invalid-query");
        assertProblem(api.get(CASE_WORKER, family.viewPath() + "?maxWaitMillis=100"), 400, "invalid-query");
        assertProblem(api.get(CASE_WORKER, family.viewPath() + "?minVersion=0&maxWaitMillis=-5"), 400,
                "invalid-query");
        assertProblem(api.get(CASE_WORKER, family.viewPath() + "?minVersion=latest"), 400, "invalid-value");
        assertProblem(api.get(CASE_WORKER, "/api/family-plans/not-a-case"), 400, "invalid-value");
    }

    @Test
    void anOpenScreenReceivesEveryChangeOfItsCaseAndLetsGoWhenClosed() throws Exception {
        Case family = Case.reported(api);
        Case other = Case.reported(api);
        family.view();

        try (ServerSentEvents screen = ServerSentEvents.open(port, COORDINATOR, family.viewPath() + "/updates")) {
            assertThat(screen.status()).isEqualTo(200);
            assertThat(screen.contentType()).startsWith("text/event-stream");
            await().atMost(Duration.ofSeconds(10)).until(() -> screen.events().size() == 1);
            ServerSentEvents.Event first = screen.events().get(0);
            assertThat(first.name()).isEqualTo("family-plan");
            assertThat(first.id()).isEqualTo("1");
            assertThat(first.data().path("caseId").asText()).isEqualTo(family.caseId.toString());
            assertThat(first.data().path("members")).hasSize(3);

            family.ok(CASE_WORKER, "/code", Map.of("code", "RED"));
            other.ok(CASE_WORKER, "/code", Map.of("code", "GREEN"));
            family.ok(CASE_WORKER, "/coordinator", Requests.COORDINATOR_APPOINTED);

            await().atMost(Duration.ofSeconds(10)).until(() -> screen.events().size() == 3);
            List<ServerSentEvents.Event> received = screen.events();
            assertThat(received).extracting(ServerSentEvents.Event::id).containsExactly("1", "2", "3");
            assertThat(received.get(1).data().path("version").asLong()).isEqualTo(2);
            assertThat(received.get(1).data().path("safetyCode").path("code").asText()).isEqualTo("RED");
            assertThat(received.get(2).data().path("version").asLong()).isEqualTo(family.version);
            assertThat(received.get(2).data().path("coordinator").path("userId").asText()).isEqualTo("regisseur");
            assertThat(received).allSatisfy(event ->
                    assertThat(event.data().path("caseId").asText()).isEqualTo(family.caseId.toString()));
            assertThat(subscriptionsOf(family.caseId)).isEqualTo(1);
        }

        // the screen is gone: the next change finds the connection closed and the subscription is let go
        List<String> codes = new ArrayList<>(List.of("ORANGE", "RED", "ORANGE", "RED", "ORANGE", "RED"));
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(300)).until(() -> {
            if (subscriptionsOf(family.caseId) == 0) {
                return true;
            }
            if (!codes.isEmpty()) {
                family.ok(CASE_WORKER, "/code", Map.of("code", codes.remove(0)));
            }
            return false;
        });
    }

    private long subscriptionsOf(UUID caseId) {
        return updateEmitter.activeSubscriptions().stream()
                .filter(query -> query.getPayload() instanceof FindFamilyPlan find && find.caseId().equals(caseId))
                .count();
    }

    private static void assertProblem(LedgerClient.Answer answer, int status, String type) {
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(status);
        assertThat(answer.raw().headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.text("type")).isEqualTo("urn:hgk-ledger:problem:" + type);
        assertThat(answer.text("detail")).isNotBlank().doesNotContain("Exception").doesNotContain("nl.hgk");
    }

    private static List<String> names(JsonNode array, String... path) {
        List<String> values = new ArrayList<>();
        for (JsonNode element : array) {
            JsonNode value = element;
            for (String field : path) {
                value = value.path(field);
            }
            values.add(value.asText());
        }
        return values;
    }

    /** A household's case driven through the command API, threading each answer's version into the next command. */
    private static final class Case {
        private final LedgerClient api;
        private final UUID caseId;
        private final String house;
        private final String reportId;
        private final String victim;
        private final String perpetrator;
        private final String child;
        /** every answer the household owes a plan today */
        private final List<Map<String, Object>> consents;
        private long version;

        private Case(LedgerClient api, LedgerClient.Answer received, String house) {
            this.api = api;
            this.caseId = UUID.fromString(received.text("caseId"));
            this.house = house;
            this.reportId = received.text("reportId");
            this.victim = received.personWithRole("VICTIM");
            this.perpetrator = received.personWithRole("PERPETRATOR");
            this.child = received.personWithRole("CHILD");
            this.consents = Requests.householdConsents(received);
            this.version = received.version();
        }

        static Case reported(LedgerClient api) {
            String house = String.valueOf(ThreadLocalRandom.current().nextInt(1, 99999));
            LedgerClient.Answer received = api.post(CASE_WORKER, "/api/reports", Requests.report(POSTCODE, house));
            assertThat(received.status()).as("%s", received.body()).isEqualTo(201);
            assertThat(received.text("outcome")).isEqualTo("CASE_OPENED");
            return new Case(api, received, house);
        }

        String viewPath() {
            return "/api/family-plans/" + caseId;
        }

        void ok(String user, String step, Map<String, Object> body) {
            LedgerClient.Answer answer = post(user, step, body);
            assertThat(answer.status()).as("%s: %s", step, answer.body()).isEqualTo(200);
            version = answer.version();
        }

        LedgerClient.Answer post(String user, String step, Map<String, Object> body) {
            Map<String, Object> request = new HashMap<>(body);
            request.put("expectedVersion", version);
            return api.post(user, "/api/cases/" + caseId + step, request);
        }

        /** The view right after the last write: read-your-writes with the version the command API answered. */
        JsonNode view() {
            LedgerClient.Answer answer = api.get(CASE_WORKER, viewPath() + "?minVersion=" + version);
            assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
            assertThat(answer.body().path("version").asLong()).isGreaterThanOrEqualTo(version);
            return answer.body();
        }
    }
}
