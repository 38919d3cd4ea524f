package nl.hgk.ledger;

import static nl.hgk.ledger.Requests.CASE_WORKER;
import static nl.hgk.ledger.Requests.COORDINATOR;
import static nl.hgk.ledger.Requests.MAYOR;
import static nl.hgk.ledger.Requests.MELDPUNT;
import static nl.hgk.ledger.Requests.PROCESS_DIRECTOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.LongStream;

import nl.hgk.ledger.events.audit.AuditMetadata;
import nl.hgk.ledger.events.closure.CaseClosed;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.coordination.FamilyPlanAdopted;
import nl.hgk.ledger.events.coordination.FamilyPlanRevised;
import nl.hgk.ledger.events.coordination.ProcessDirectorAppointed;
import nl.hgk.ledger.events.deadlines.TimeLimitCleared;
import nl.hgk.ledger.events.deadlines.TimeLimitSet;
import nl.hgk.ledger.events.escalation.EscalationRaised;
import nl.hgk.ledger.events.escalation.EscalationResolved;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.events.huisverbod.HuisverbodEnded;
import nl.hgk.ledger.events.huisverbod.HuisverbodExtended;
import nl.hgk.ledger.events.huisverbod.HuisverbodImposed;
import nl.hgk.ledger.events.intake.ReportReceived;
import nl.hgk.ledger.events.intake.ReporterInformed;
import nl.hgk.ledger.events.triage.CodeAssigned;
import nl.hgk.ledger.events.triage.InvestigationConcluded;
import nl.hgk.ledger.events.triage.InvestigationStarted;
import nl.hgk.ledger.events.triage.ProcessDirection;
import nl.hgk.ledger.events.triage.TriageDecided;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One case through the HTTP API from report to closure, on an embedded PostgreSQL whose data directory outlives the
 * application: after a restart, every event is still there and the case still refuses an illegal step.
 */
class CaseJourneyTest {

    @Test
    void aCaseFromReportToClosureSurvivesARestart() throws Exception {
        Path data = Files.createTempDirectory("journey").resolve("postgres");
        UUID caseId;
        List<String> eventsBefore;
        try (ConfigurableApplicationContext ledger = start(data)) {
            LedgerClient api = client(ledger);
            caseId = driveACaseToClosure(api, ledger.getBean(EventStore.class));
            eventsBefore = eventTypes(ledger.getBean(EventStore.class), caseId);
        }

        try (ConfigurableApplicationContext restarted = start(data)) {
            LedgerClient api = client(restarted);
            assertThat(eventTypes(restarted.getBean(EventStore.class), caseId)).isEqualTo(eventsBefore);

            LedgerClient.Answer escalation = api.post(COORDINATOR, "/api/cases/" + caseId + "/escalations",
                    Map.of("step", "ADVICE", "expectedVersion", eventsBefore.size() - 1, "reason", "stagnatie"));
            assertThat(escalation.status()).isEqualTo(422);
            assertThat(escalation.text("refusal")).isEqualTo("CASE_CLOSED");
            assertThat(eventTypes(restarted.getBean(EventStore.class), caseId)).isEqualTo(eventsBefore);

            LedgerClient.Answer again = api.post(CASE_WORKER, "/api/reports", Requests.report("3311 AB", "12"));
            assertThat(again.status()).isEqualTo(201);
            assertThat(again.text("outcome")).isEqualTo("REPEAT_REPORT");
            assertThat(again.text("repeatOfCaseId")).isEqualTo(caseId.toString());
            assertThat(again.text("caseId")).isNotEqualTo(caseId.toString());
        }
    }

    private UUID driveACaseToClosure(LedgerClient api, EventStore events) {
        LedgerClient.Answer received = api.post(CASE_WORKER, "/api/reports", Requests.report("3311 AB", "12"));
        assertThat(received.status()).isEqualTo(201);
        assertThat(received.text("outcome")).isEqualTo("CASE_OPENED");
        assertThat(received.version()).as("the report and its triage limit").isEqualTo(1);
        UUID caseId = UUID.fromString(received.text("caseId"));
        String reportId = received.text("reportId");
        String path = "/api/cases/" + caseId;

        String perpetrator = received.personWithRole("PERPETRATOR");
        String victim = received.personWithRole("VICTIM");
        ReportReceived report = (ReportReceived) events.readEvents(caseId.toString()).next().getPayload();
        assertThat(report.persons()).extracting(person -> person.personId().toString())
                .contains(perpetrator, victim);

        CaseSteps steps = new CaseSteps(api, path, received.version());
        steps.ok(CASE_WORKER, "/code", Map.of("code", "ORANGE"));
        steps.ok(CASE_WORKER, "/triage", Map.of("outcome", "VEILIG_THUIS_INVESTIGATION"));
        steps.ok(CASE_WORKER, "/investigation/start", Map.of());
        steps.ok("burgemeester", "/huisverbod", Map.of("personId", perpetrator, "imposedOn", Requests.TODAY.toString()));
        steps.ok("burgemeester", "/huisverbod/extension", Map.of("endsOn", Requests.TODAY.plusDays(28).toString()));
        steps.ok(CASE_WORKER, "/investigation/conclusion", Map.of("conclusion", "UNSAFETY_ESTABLISHED", "code", "RED"));
        steps.ok(CASE_WORKER, "/coordinator", Map.of("userId", "regisseur", "organisation", "sociaal-team-dordrecht"));
        List<Map<String, Object>> consents = Requests.householdConsents(received);
        LedgerClient.Answer withoutConsents = steps.post(COORDINATOR, "/plan", Map.of("plan", Requests.plan(List.of())));
        assertThat(withoutConsents.status()).isEqualTo(422);
        assertThat(withoutConsents.text("refusal")).isEqualTo("CONSENT_MISSING");
        steps.ok(COORDINATOR, "/plan", Map.of("plan", Requests.plan(consents)));
        List<Map<String, Object>> refusedByTheMother = new ArrayList<>(consents);
        refusedByTheMother.set(0, Map.of("personId", victim, "decision", "REFUSED", "signed", false,
                "clientOpinion", "wil eerst met haar zus praten"));
        steps.ok(COORDINATOR, "/plan/revisions", Map.of("planVersion", 2, "reason", "veiligheidsafspraak toegevoegd",
                "plan", Requests.plan(refusedByTheMother)));
        steps.ok(COORDINATOR, "/escalations", Map.of("step", "ADVICE", "reason", "hulp komt niet op gang"));
        steps.ok(COORDINATOR, "/escalations", Map.of("step", "PROCESS_DIRECTOR", "reason", "partijen leveren niet",
                "urgencyReason", "kinderen direct onveilig"));
        steps.ok("meldpunt", "/process-director", Map.of("userId", "procesregisseur",
                "organisation", "meldpunt-zorg-en-overlast-zhz"));

        LedgerClient.Answer closeTooEarly = steps.post(CASE_WORKER, "/closure", Map.of("closureReason", "CARE_COMPLETED"));
        assertThat(closeTooEarly.status()).isEqualTo(422);
        assertThat(closeTooEarly.text("refusal")).isEqualTo("HUISVERBOD_RUNNING");

        // step 4 is the process director's to resolve
        steps.ok("procesregisseur", "/escalations/resolution", Map.of());
        steps.ok("burgemeester", "/huisverbod/end", Map.of("endedOn", Requests.TODAY.toString(), "endReason", "LIFTED_BY_MAYOR"));
        steps.ok(CASE_WORKER, "/reports/" + reportId + "/reporter-informed", Map.of());
        steps.ok(CASE_WORKER, "/closure", Map.of("closureReason", "CARE_COMPLETED", "reason", "doelen bereikt"));

        List<? extends DomainEventMessage<?>> all = events.readEvents(caseId.toString()).asStream().toList();
        assertThat(all).extracting(DomainEventMessage::getSequenceNumber)
                .containsExactlyElementsOf(LongStream.range(0, all.size()).boxed().toList());
        // the time limits each step started and stopped, and none left running after the closure
        assertThat(all.stream().map(DomainEventMessage::getPayload).map(CaseJourneyTest::limitChange)
                .filter(Objects::nonNull).toList()).containsExactly(
                "set TRIAGE", "cleared TRIAGE MET", "set INVESTIGATION", "set HUISVERBOD_END", "set HUISVERBOD_END",
                "cleared INVESTIGATION MET", "set TASK", "set PLAN_EVALUATION",
                // the revision's task is a new task (a new id): the first one's limit is withdrawn
                "cleared TASK WITHDRAWN", "set TASK", "set PROCESS_DIRECTOR", "cleared PROCESS_DIRECTOR MET",
                "cleared HUISVERBOD_END WITHDRAWN", "cleared PLAN_EVALUATION WITHDRAWN", "cleared TASK WITHDRAWN");

        List<? extends DomainEventMessage<?>> stored = all.stream().filter(event -> limitChange(event.getPayload())
                == null).toList();
        assertThat(stored).extracting(message -> message.getPayloadType().getSimpleName()).containsExactly(
                ReportReceived.class.getSimpleName(), CodeAssigned.class.getSimpleName(),
                TriageDecided.class.getSimpleName(), InvestigationStarted.class.getSimpleName(),
                HuisverbodImposed.class.getSimpleName(), HuisverbodExtended.class.getSimpleName(),
                InvestigationConcluded.class.getSimpleName(), CodeAssigned.class.getSimpleName(),
                CoordinatorAppointed.class.getSimpleName(),
                FamilyPlanAdopted.class.getSimpleName(), FamilyPlanRevised.class.getSimpleName(),
                EscalationRaised.class.getSimpleName(), EscalationRaised.class.getSimpleName(),
                ProcessDirectorAppointed.class.getSimpleName(), EscalationResolved.class.getSimpleName(), HuisverbodEnded.class.getSimpleName(),
                ReporterInformed.class.getSimpleName(), CaseClosed.class.getSimpleName());

        assertThat(((CodeAssigned) stored.get(1).getPayload()).processDirection())
                .isEqualTo(ProcessDirection.VEILIG_THUIS);
        assertThat(((HuisverbodImposed) stored.get(4).getPayload()).endsOn()).isEqualTo(Requests.TODAY.plusDays(10));
        EscalationRaised skipped = (EscalationRaised) stored.get(12).getPayload();
        assertThat(skipped.step()).isEqualTo(EscalationStep.PROCESS_DIRECTOR);
        assertThat(skipped.previousStep()).isEqualTo(EscalationStep.ADVICE);
        assertThat(skipped.urgencyReason()).isEqualTo("kinderen direct onveilig");

        // who, when and why on every event
        assertThat(stored).allSatisfy(event -> {
            assertThat(event.getMetaData()).containsKeys(AuditMetadata.USER, AuditMetadata.ORGANISATION,
                    AuditMetadata.ROLE);
            assertThat(event.getTimestamp()).isNotNull();
        });
        assertThat(stored.get(0).getMetaData()).containsEntry(AuditMetadata.USER, "casemanager")
                .containsEntry(AuditMetadata.ORGANISATION, "veilig-thuis-zhz")
                .containsEntry(AuditMetadata.ROLE, "CASE_WORKER")
                .containsEntry(AuditMetadata.ORGANISATION_TYPE, "VEILIG_THUIS");
        // each in the capacity of their organisation: the mayor's huisverbod, the local team's plan, the Meldpunt's
        assertThat(stored.get(4).getMetaData()).containsEntry(AuditMetadata.USER, "burgemeester")
                .containsEntry(AuditMetadata.ORGANISATION_TYPE, "MAYOR")
                .containsEntry(AuditMetadata.MUNICIPALITY, "GM0505");
        assertThat(stored.get(10).getMetaData()).containsEntry(AuditMetadata.USER, "regisseur")
                .containsEntry(AuditMetadata.ROLE, "COORDINATOR")
                .containsEntry(AuditMetadata.ORGANISATION_TYPE, "LOCAL_TEAM")
                .containsEntry(AuditMetadata.REASON, "veiligheidsafspraak toegevoegd");
        assertThat(stored.get(13).getMetaData()).containsEntry(AuditMetadata.USER, "meldpunt")
                .containsEntry(AuditMetadata.ORGANISATION_TYPE, "MELDPUNT");
        assertThat(stored.get(17).getMetaData()).containsEntry(AuditMetadata.REASON, "doelen bereikt");
        return caseId;
    }


    /** @return "set LIMIT" or "cleared LIMIT OUTCOME" for a time limit event, null for any other */
    private static String limitChange(Object payload) {
        if (payload instanceof TimeLimitSet set) {
            return "set " + set.limit();
        }
        if (payload instanceof TimeLimitCleared cleared) {
            return "cleared " + cleared.limit() + " " + cleared.outcome();
        }
        return null;
    }

    private static List<String> eventTypes(EventStore events, UUID caseId) {
        return events.readEvents(caseId.toString()).asStream()
                .map(event -> event.getSequenceNumber() + " " + event.getPayloadType().getSimpleName()
                        + " " + event.getIdentifier())
                .toList();
    }

    private static ConfigurableApplicationContext start(Path data) {
        // as arguments, not default properties: those rank below application.yml, which names a data directory
        return new SpringApplicationBuilder(HgkLedgerApplication.class)
                .run("--server.port=0", "--hgk.embedded-postgres.data-directory=" + data);
    }

    private static LedgerClient client(ConfigurableApplicationContext context) {
        return new LedgerClient(((WebServerApplicationContext) context).getWebServer().getPort());
    }
}
