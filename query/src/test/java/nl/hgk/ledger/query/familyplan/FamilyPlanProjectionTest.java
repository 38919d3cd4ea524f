package nl.hgk.ledger.query.familyplan;

import static nl.hgk.ledger.query.CasePayloads.person;
import static nl.hgk.ledger.query.CasePayloads.plan;
import static nl.hgk.ledger.query.CasePayloads.report;
import static nl.hgk.ledger.query.CasePayloads.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.hgk.ledger.calendar.LedgerClock;
import nl.hgk.ledger.events.deadlines.AccountableParty;
import nl.hgk.ledger.events.closure.CaseClosed;
import nl.hgk.ledger.events.closure.ClosureReason;
import nl.hgk.ledger.events.coordination.Consent;
import nl.hgk.ledger.events.coordination.ConsentDecider;
import nl.hgk.ledger.events.coordination.ConsentDecision;
import nl.hgk.ledger.events.coordination.Coordinator;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.coordination.ProcessDirector;
import nl.hgk.ledger.events.coordination.ProcessDirectorAppointed;
import nl.hgk.ledger.events.coordination.CoordinatorReplaced;
import nl.hgk.ledger.events.coordination.FamilyPlan;
import nl.hgk.ledger.events.coordination.FamilyPlanAdopted;
import nl.hgk.ledger.events.coordination.FamilyPlanRevised;
import nl.hgk.ledger.events.coordination.PlanTask;
import nl.hgk.ledger.events.coordination.TaskStatus;
import nl.hgk.ledger.events.deadlines.DeadlineMissed;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.deadlines.TimeLimitSet;
import nl.hgk.ledger.events.escalation.CareOrderConcluded;
import nl.hgk.ledger.events.escalation.CareOrdered;
import nl.hgk.ledger.events.escalation.CoordinationReturned;
import nl.hgk.ledger.events.escalation.EscalatedToMeldpuntManager;
import nl.hgk.ledger.events.escalation.EscalationRaised;
import nl.hgk.ledger.events.escalation.InadequateCoordinationReported;
import nl.hgk.ledger.events.escalation.PartyManagersConsulted;
import nl.hgk.ledger.events.escalation.EscalationResolved;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.events.huisverbod.HuisverbodEndReason;
import nl.hgk.ledger.events.huisverbod.HuisverbodEnded;
import nl.hgk.ledger.events.huisverbod.HuisverbodExtended;
import nl.hgk.ledger.events.huisverbod.HuisverbodImposed;
import nl.hgk.ledger.events.intake.ContactType;
import nl.hgk.ledger.events.intake.ReportReceived;
import nl.hgk.ledger.events.intake.ReporterInformed;
import nl.hgk.ledger.events.person.InvolvedPerson;
import nl.hgk.ledger.events.person.PersonErased;
import nl.hgk.ledger.events.person.PersonalData;
import nl.hgk.ledger.events.person.PersonRole;
import nl.hgk.ledger.events.triage.CodeAssigned;
import nl.hgk.ledger.events.triage.InvestigationConcluded;
import nl.hgk.ledger.events.triage.InvestigationConclusion;
import nl.hgk.ledger.events.triage.InvestigationStarted;
import nl.hgk.ledger.events.triage.ProcessDirection;
import nl.hgk.ledger.events.triage.SafetyCode;
import nl.hgk.ledger.events.triage.TriageDecided;
import nl.hgk.ledger.events.triage.TriageOutcome;
import nl.hgk.ledger.query.ApplicationJson;
import nl.hgk.ledger.query.CaseEvents;
import nl.hgk.ledger.query.CasePayloads;
import nl.hgk.ledger.query.ProjectionDatabase;
import nl.hgk.ledger.query.casestate.CaseState;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.QueryResponseMessage;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryUpdateMessage;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The family plan projection on a real PostgreSQL with the query side's Flyway schema: every event type reaches the
 * stored view, each event is folded in once, missed events are fetched from the event store, a reset empties the
 * view, the query handler answers from the table, and subscribers of a case get every new view of it.
 */
class FamilyPlanProjectionTest {

    private static final ObjectMapper JSON =
            ApplicationJson.objectMapper();
    private static final Instant START = Instant.parse("2026-11-02T09:00:00Z");
    private static final CaseState.Actor CASE_WORKER =
            new CaseState.Actor("casemanager", "veilig-thuis-zhz", "CASE_WORKER");
    private static final CaseState.Actor COORDINATOR =
            new CaseState.Actor("regisseur", "sociaal-team-dordrecht", "COORDINATOR");

    private final JdbcTemplate jdbc = ProjectionDatabase.jdbc();
    private final FamilyPlanTable table = new FamilyPlanTable(jdbc, JSON);
    private final SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
    private final EmbeddedEventStore eventStore =
            EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    /** stopped at the start of the test's case, moved where a test needs it */
    private final LedgerClock clock = LedgerClock.system();
    private final AnnotationEventHandlerAdapter projection =
            new AnnotationEventHandlerAdapter(new FamilyPlanProjection(table, emitter, eventStore, clock));
    private final FamilyPlanQueries queries = new FamilyPlanQueries(table, clock);

    private final UUID caseId = UUID.randomUUID();
    private final CaseEvents events = new CaseEvents(caseId, START);
    private final InvolvedPerson victim = person(PersonRole.VICTIM, "Anna Jansen", LocalDate.of(1990, 2, 3));
    private final InvolvedPerson perpetrator = person(PersonRole.PERPETRATOR, "Piet Jansen", LocalDate.of(1988, 7, 9));
    private final InvolvedPerson child = person(PersonRole.CHILD, "Sam Jansen", LocalDate.of(2016, 4, 1));
    private final ReportReceived firstReport = report(caseId, List.of(victim, perpetrator, child));

    {
        clock.setTo(START);
    }

    @AfterEach
    void stopTheEventStore() {
        eventStore.shutDown();
    }

    @Test
    void aReportPutsTheCaseInTheView() {
        record(firstReport);

        FamilyPlanView view = view();
        assertThat(view.caseId()).isEqualTo(caseId);
        assertThat(view.version()).isZero();
        assertThat(view.status()).isEqualTo(CaseState.Status.OPEN);
        assertThat(view.municipality()).isEqualTo(CasePayloads.DORDRECHT);
        assertThat(view.openedAt()).isEqualTo(START);
        assertThat(view.members()).extracting(member -> member.personalData().fullName(), CaseState.Member::role)
                .containsExactly(tuple("Anna Jansen", PersonRole.VICTIM), tuple("Piet Jansen", PersonRole.PERPETRATOR),
                        tuple("Sam Jansen", PersonRole.CHILD));
        assertThat(view.reports()).extracting(CaseState.Report::reportId, CaseState.Report::receivedBy)
                .containsExactly(tuple(firstReport.reportId(), CASE_WORKER));
        assertThat(view.organisations()).containsExactly("veilig-thuis-zhz");
        assertThat(view.safetyCode()).isNull();
        assertThat(view.coordinator()).isNull();
        assertThat(view.plan()).isNull();
        assertThat(row()).containsEntry("version", 0L).containsEntry("status", "OPEN")
                .containsEntry("municipality", "GM0505");
    }

    @Test
    void aBundledReportAddsItsReportAndItsPeople() {
        record(firstReport);
        InvolvedPerson grandmother = person(PersonRole.SUPPORT_NETWORK, "Oma Jansen", LocalDate.of(1950, 1, 1));
        ReportReceived advice = report(caseId, UUID.randomUUID(), ContactType.ADVICE_REQUEST, List.of(grandmother),
                null);
        record(advice);

        FamilyPlanView view = view();
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.reports()).extracting(CaseState.Report::reportId, CaseState.Report::contactType)
                .containsExactly(tuple(firstReport.reportId(), ContactType.REPORT),
                        tuple(advice.reportId(), ContactType.ADVICE_REQUEST));
        assertThat(view.members()).hasSize(4).last().satisfies(member -> {
            assertThat(member.personalData().fullName()).isEqualTo("Oma Jansen");
            assertThat(member.role()).isEqualTo(PersonRole.SUPPORT_NETWORK);
            assertThat(member.reportId()).isEqualTo(advice.reportId());
        });
    }

    @Test
    void theSafetyCodeAndWhoSetIt() {
        record(firstReport);
        events.at(START.plusSeconds(60));
        record(new CodeAssigned(caseId, SafetyCode.ORANGE, null, ProcessDirection.VEILIG_THUIS));

        assertThat(view().safetyCode()).isEqualTo(new CaseState.Code(SafetyCode.ORANGE, ProcessDirection.VEILIG_THUIS,
                START.plusSeconds(60), CASE_WORKER));
        assertThat(view().version()).isEqualTo(1);
    }

    @Test
    void theTriageDecision() {
        record(firstReport);
        record(new TriageDecided(caseId, TriageOutcome.VEILIG_THUIS_INVESTIGATION));

        assertThat(view().triage().outcome()).isEqualTo(TriageOutcome.VEILIG_THUIS_INVESTIGATION);
    }

    @Test
    void aRunningInvestigation() {
        record(firstReport);
        events.at(START.plusSeconds(60));
        record(new InvestigationStarted(caseId));

        assertThat(view().investigation()).isEqualTo(new CaseState.Investigation(START.plusSeconds(60), null, null));
    }

    @Test
    void aConcludedInvestigation() {
        record(firstReport);
        record(new InvestigationStarted(caseId));
        events.at(START.plus(Duration.ofDays(20)));
        record(new InvestigationConcluded(caseId, InvestigationConclusion.UNSAFETY_ESTABLISHED));

        assertThat(view().investigation()).isEqualTo(new CaseState.Investigation(START,
                START.plus(Duration.ofDays(20)), InvestigationConclusion.UNSAFETY_ESTABLISHED));
    }

    @Test
    void theCoordinator() {
        record(firstReport);
        events.at(START.plusSeconds(60));
        record(new CoordinatorAppointed(caseId, new Coordinator("regisseur", "sociaal-team-dordrecht")));

        assertThat(view().coordinator()).isEqualTo(new FamilyPlanView.Coordinator("regisseur",
                "sociaal-team-dordrecht", null, START.plusSeconds(60)));
        assertThat(view().organisations()).containsExactly("sociaal-team-dordrecht", "veilig-thuis-zhz");
    }

    @Test
    void theFamilyAsCoordinatorIsThePersonOfTheCaseWithItsSupportingOrganisation() {
        record(firstReport);
        UUID mother = firstReport.persons().get(0).personId();
        record(new CoordinatorAppointed(caseId, new Coordinator("regisseur", "sociaal-team-dordrecht", mother)));

        FamilyPlanView view = view();
        assertThat(view.coordinator().personId()).isEqualTo(mother);
        assertThat(view.coordinator().organisation()).isEqualTo("sociaal-team-dordrecht");
        assertThat(view.members()).extracting(CaseState.Member::personId).contains(mother);
        assertThat(view.organisations()).contains("sociaal-team-dordrecht");
    }

    @Test
    void theReplacingCoordinator() {
        record(firstReport);
        record(new CoordinatorAppointed(caseId, new Coordinator("regisseur", "sociaal-team-dordrecht")));
        events.at(START.plusSeconds(120));
        record(new CoordinatorReplaced(caseId, new Coordinator("regisseur", "sociaal-team-dordrecht"),
                new Coordinator("jgt-1", "jgt-zwijndrecht")));

        assertThat(view().coordinator())
                .isEqualTo(new FamilyPlanView.Coordinator("jgt-1", "jgt-zwijndrecht", null, START.plusSeconds(120)));
    }

    @Test
    void theAdoptedPlanWithGoalsTasksAgreementsAndEvaluationDates() {
        PlanTask visits = task("wekelijks huisbezoek", "veilig-thuis-zhz", LocalDate.of(2026, 12, 31),
                TaskStatus.PLANNED);
        PlanTask therapy = task("traject agressieregulatie", "ggz-dordrecht", LocalDate.of(2027, 2, 1),
                TaskStatus.STARTED);
        FamilyPlan plan = plan("bel 112 bij dreiging", LocalDate.of(2027, 1, 15), victim.personId(), visits, therapy);
        record(firstReport);
        record(new CoordinatorAppointed(caseId, new Coordinator("regisseur", "sociaal-team-dordrecht")));
        events.by("regisseur", "sociaal-team-dordrecht", "COORDINATOR").at(START.plusSeconds(300));
        record(new FamilyPlanAdopted(caseId, 1, plan));

        FamilyPlanView.PlanVersion shown = view().plan();
        assertThat(shown.planVersion()).isEqualTo(1);
        assertThat(shown.adoptedAt()).isEqualTo(START.plusSeconds(300));
        assertThat(shown.adoptedBy()).isEqualTo(COORDINATOR);
        assertThat(shown.goals()).isEqualTo(plan.goals());
        assertThat(shown.tasks()).extracting(PlanTask::description, PlanTask::ownerOrganisation, PlanTask::dueDate,
                PlanTask::status).containsExactly(
                tuple("wekelijks huisbezoek", "veilig-thuis-zhz", LocalDate.of(2026, 12, 31), TaskStatus.PLANNED),
                tuple("traject agressieregulatie", "ggz-dordrecht", LocalDate.of(2027, 2, 1), TaskStatus.STARTED));
        assertThat(shown.safetyAgreements()).containsExactly("bel 112 bij dreiging");
        assertThat(shown.evaluationDates()).containsExactly(LocalDate.of(2027, 1, 15));
        assertThat(shown.consents()).isEqualTo(plan.consents());
        assertThat(view().organisations()).contains("ggz-dordrecht");
    }

    @Test
    void theRevisedPlan() {
        record(firstReport);
        record(new CoordinatorAppointed(caseId, new Coordinator("regisseur", "sociaal-team-dordrecht")));
        record(new FamilyPlanAdopted(caseId, 1, plan("bel 112 bij dreiging", LocalDate.of(2027, 1, 15),
                victim.personId())));
        FamilyPlan revised = plan("vader slaapt elders", LocalDate.of(2027, 2, 15), victim.personId(),
                task("schuldhulp", "kredietbank-drechtsteden", LocalDate.of(2027, 3, 1), TaskStatus.PLANNED));
        record(new FamilyPlanRevised(caseId, 2, revised));

        FamilyPlanView.PlanVersion shown = view().plan();
        assertThat(shown.planVersion()).isEqualTo(2);
        assertThat(shown.safetyAgreements()).containsExactly("vader slaapt elders");
        assertThat(shown.evaluationDates()).containsExactly(LocalDate.of(2027, 2, 15));
        assertThat(shown.tasks()).extracting(PlanTask::ownerOrganisation).containsExactly("kredietbank-drechtsteden");
    }

    @Test
    void whoseAnswersEachPersonNeedsOnTheDayOfTheVersionAndWhoGaveThem() {
        record(firstReport);
        record(new CoordinatorAppointed(caseId, new Coordinator("regisseur", "sociaal-team-dordrecht")));
        List<Consent> consents = List.of(Consent.own(victim.personId(), ConsentDecision.GIVEN, true, null),
                Consent.own(perpetrator.personId(), ConsentDecision.REFUSED, false, PersonalData.noteOnly("te zwaar")),
                Consent.byRepresentative(child.personId(), victim.personId(), ConsentDecision.GIVEN, true, null));
        FamilyPlan plan = new FamilyPlan(List.of(), List.of(), List.of(), List.of(), consents);
        record(new FamilyPlanAdopted(caseId, 1, plan));

        FamilyPlanView.PlanVersion shown = view().plan();
        assertThat(shown.consents()).isEqualTo(consents);
        // on 2 November 2026 the child (born 1 April 2016) is 10: a representative answers, the child does not
        assertThat(shown.consentNeeds()).containsExactly(
                new FamilyPlanView.ConsentNeed(victim.personId(), Set.of(ConsentDecider.PERSON), Set.of()),
                new FamilyPlanView.ConsentNeed(perpetrator.personId(), Set.of(ConsentDecider.PERSON), Set.of()),
                new FamilyPlanView.ConsentNeed(child.personId(), Set.of(ConsentDecider.LEGAL_REPRESENTATIVE), Set.of()));
    }

    @Test
    void aPlanRecordedWithoutTheConsentsItNeedsShowsWhichAreMissing() {
        record(firstReport);
        record(new CoordinatorAppointed(caseId, new Coordinator("regisseur", "sociaal-team-dordrecht")));
        // as a plan of before the rule reads: only the victim answered
        record(new FamilyPlanAdopted(caseId, 1, plan("bel 112 bij dreiging", LocalDate.of(2027, 1, 15),
                victim.personId())));

        assertThat(view().plan().consentNeeds()).extracting(FamilyPlanView.ConsentNeed::personId,
                FamilyPlanView.ConsentNeed::missing).containsExactly(
                tuple(victim.personId(), Set.of()),
                tuple(perpetrator.personId(), Set.of(ConsentDecider.PERSON)),
                tuple(child.personId(), Set.of(ConsentDecider.LEGAL_REPRESENTATIVE)));
    }

    @Test
    void aPersonWhoseDataWasErasedIsNotAskedForConsent() {
        record(firstReport);
        record(new CoordinatorAppointed(caseId, new Coordinator("regisseur", "sociaal-team-dordrecht")));
        record(new FamilyPlanAdopted(caseId, 1, plan("bel 112 bij dreiging", LocalDate.of(2027, 1, 15),
                victim.personId())));
        record(new PersonErased(caseId, perpetrator.personId()));

        assertThat(view().plan().consentNeeds()).extracting(FamilyPlanView.ConsentNeed::personId)
                .containsExactly(victim.personId(), child.personId());
    }

    @Test
    void anOpenEscalationAndItsStep() {
        record(firstReport);
        record(new CoordinatorAppointed(caseId, new Coordinator("regisseur", "sociaal-team-dordrecht")));
        record(new EscalationRaised(caseId, EscalationStep.CASE_CONFERENCE, null, "kinderen direct onveilig"));

        assertThat(view().escalation().step()).isEqualTo(EscalationStep.CASE_CONFERENCE);
        assertThat(view().escalation().level()).isEqualTo(2);
        assertThat(view().escalation().urgencyReason()).isEqualTo("kinderen direct onveilig");
        assertThat(view().processDirector()).as("only from step 4").isNull();
    }

    @Test
    void aProcessDirectorAtStepFour() {
        record(firstReport);
        record(new CoordinatorAppointed(caseId, new Coordinator("regisseur", "sociaal-team-dordrecht")));
        events.by("regisseur", "sociaal-team-dordrecht", "COORDINATOR");
        record(new EscalationRaised(caseId, EscalationStep.ADVICE, null, null));
        events.at(START.plusSeconds(600));
        record(new EscalationRaised(caseId, EscalationStep.PROCESS_DIRECTOR, EscalationStep.ADVICE, "acuut"));

        assertThat(view().escalation().step()).isEqualTo(EscalationStep.PROCESS_DIRECTOR);
        assertThat(view().processDirector()).isEqualTo(new FamilyPlanView.ProcessDirector(
                EscalationStep.PROCESS_DIRECTOR, START.plusSeconds(600), COORDINATOR, null));
        assertThat(view().coordinator().userId()).as("the coordinator stays listed").isEqualTo("regisseur");

        ProcessDirector appointed = new ProcessDirector("procesregisseur", "meldpunt-zorg-en-overlast");
        record(new ProcessDirectorAppointed(caseId, appointed));
        assertThat(view().processDirector().appointed()).isEqualTo(appointed);
        assertThat(view().organisations()).contains("meldpunt-zorg-en-overlast");

        // step 5 raised as the ledger allowed before: the process director appointed still directs (and resolves)
        record(new EscalationRaised(caseId, EscalationStep.ADMINISTRATIVE, EscalationStep.PROCESS_DIRECTOR, null));

        assertThat(view().escalation().step()).isEqualTo(EscalationStep.ADMINISTRATIVE);
        assertThat(view().processDirector().appointed()).isEqualTo(appointed);
    }

    @Test
    void aStepFiveRaisedWithoutAProcessDirectorShowsNone() {
        record(firstReport);
        record(new EscalationRaised(caseId, EscalationStep.ADMINISTRATIVE, null, "acuut"));

        assertThat(view().escalation().step()).isEqualTo(EscalationStep.ADMINISTRATIVE);
        assertThat(view().processDirector()).as("none was ever awaited at an urgent skip to step 5").isNull();
    }

    /** The process director's powers at step 4 (seed 000 B2 §5.2), as the family plan view shows them. */
    private ProcessDirector atStepFourWithProcessDirector() {
        record(firstReport);
        record(new CoordinatorAppointed(caseId, new Coordinator("regisseur", "sociaal-team-dordrecht")));
        events.by("regisseur", "sociaal-team-dordrecht", "COORDINATOR");
        record(new EscalationRaised(caseId, EscalationStep.PROCESS_DIRECTOR, null, "acuut"));
        ProcessDirector appointed = new ProcessDirector("procesregisseur", "meldpunt-zorg-en-overlast-zhz");
        events.by("meldpunt", "meldpunt-zorg-en-overlast-zhz", "CASE_WORKER");
        record(new ProcessDirectorAppointed(caseId, appointed));
        events.by("procesregisseur", "meldpunt-zorg-en-overlast-zhz", "CASE_WORKER");
        return appointed;
    }

    @Test
    void aCareOrderIsShownWithItsMonitoringDayUntilItIsConcluded() {
        atStepFourWithProcessDirector();
        UUID orderId = UUID.randomUUID();
        events.at(START.plusSeconds(900));
        record(new CareOrdered(caseId, orderId, "jeugdhulp-dordrecht", "gezinsbehandeling", LocalDate.of(2026, 12, 31)));
        record(new TimeLimitSet(caseId, TimeLimit.CARE_ORDER, orderId.toString(),
                Instant.parse("2026-12-31T23:00:00Z")));

        CaseState.Actor processDirector = new CaseState.Actor("procesregisseur", "meldpunt-zorg-en-overlast-zhz",
                "CASE_WORKER");
        assertThat(view().careOrders()).containsExactly(new CaseState.CareOrder(orderId, "jeugdhulp-dordrecht",
                "gezinsbehandeling", LocalDate.of(2026, 12, 31), START.plusSeconds(900), processDirector, null, null));
        assertThat(view().timeLimits()).extracting(FamilyPlanView.RunningLimit::limit,
                FamilyPlanView.RunningLimit::raisedWith).contains(tuple(TimeLimit.CARE_ORDER,
                AccountableParty.PROCESS_DIRECTOR));
        assertThat(view().organisations()).as("the party ordered is involved").contains("jeugdhulp-dordrecht");

        events.at(START.plusSeconds(1800));
        record(new CareOrderConcluded(caseId, orderId, false));
        assertThat(view().careOrders()).singleElement().satisfies(order -> {
            assertThat(order.concludedAt()).isEqualTo(START.plusSeconds(1800));
            assertThat(order.complied()).isFalse();
        });
    }

    @Test
    void theEscalationToTheMeldpuntManagerIsStepFiveWithItsBottleneckAndAdvice() {
        ProcessDirector appointed = atStepFourWithProcessDirector();
        events.at(START.plusSeconds(900));
        record(new EscalatedToMeldpuntManager(caseId, "geen aanbieder levert", "de gemeente wijst een aanbieder aan"));

        assertThat(view().escalation().step()).isEqualTo(EscalationStep.ADMINISTRATIVE);
        assertThat(view().meldpuntManagerEscalation()).isEqualTo(new CaseState.MeldpuntManagerEscalation(
                "geen aanbieder levert", "de gemeente wijst een aanbieder aan", START.plusSeconds(900),
                new CaseState.Actor("procesregisseur", "meldpunt-zorg-en-overlast-zhz", "CASE_WORKER")));
        assertThat(view().processDirector().appointed()).as("the process director still directs").isEqualTo(appointed);

        record(new EscalationResolved(caseId, EscalationStep.ADMINISTRATIVE));
        assertThat(view().meldpuntManagerEscalation()).isNull();
        assertThat(view().processDirector()).isNull();
    }

    @Test
    void consultingThePartyManagersBringsTheCaseBackToStepThreeWithoutProcessDirector() {
        atStepFourWithProcessDirector();
        record(new PartyManagersConsulted(caseId));

        assertThat(view().escalation().step()).isEqualTo(EscalationStep.MANAGEMENT);
        assertThat(view().escalation().level()).isEqualTo(3);
        assertThat(view().processDirector()).isNull();
    }

    @Test
    void coordinationReturnedEndsTheEscalationAndNamesTheNewCoordinator() {
        atStepFourWithProcessDirector();
        events.at(START.plusSeconds(900));
        record(new CoordinationReturned(caseId, new Coordinator("m.smit", "jeugdhulp-dordrecht"),
                new Coordinator("regisseur", "sociaal-team-dordrecht")));

        assertThat(view().escalation()).isNull();
        assertThat(view().processDirector()).isNull();
        assertThat(view().coordinator()).isEqualTo(new FamilyPlanView.Coordinator("m.smit", "jeugdhulp-dordrecht", null,
                START.plusSeconds(900)));
        assertThat(view().organisations()).contains("jeugdhulp-dordrecht");
    }

    @Test
    void aReportOfInadequateCoordinationBringsTheCaseToStepFourAwaitingAProcessDirector() {
        record(firstReport);
        record(new CoordinatorAppointed(caseId, new Coordinator("regisseur", "sociaal-team-dordrecht")));
        events.by("hulpverlener", "jeugdhulp-dordrecht", "CASE_WORKER").at(START.plusSeconds(900));
        record(new InadequateCoordinationReported(caseId, LocalDate.of(2026, 10, 30), "geen overleg in zes weken",
                null));

        CaseState.Actor provider = new CaseState.Actor("hulpverlener", "jeugdhulp-dordrecht", "CASE_WORKER");
        assertThat(view().escalation()).isEqualTo(new CaseState.Escalation(EscalationStep.PROCESS_DIRECTOR, 4,
                START.plusSeconds(900), provider, null));
        assertThat(view().processDirector().appointed()).as("the Meldpunt appoints one").isNull();
        assertThat(view().inadequateCoordinationReports()).containsExactly(new CaseState.InadequateCoordinationReport(
                LocalDate.of(2026, 10, 30), "geen overleg in zes weken", START.plusSeconds(900), provider));
        assertThat(view().coordinator().userId()).as("the coordinator stays until reassigned").isEqualTo("regisseur");
    }

    @Test
    void aResolvedEscalationIsNoLongerShown() {
        record(firstReport);
        record(new CoordinatorAppointed(caseId, new Coordinator("regisseur", "sociaal-team-dordrecht")));
        record(new EscalationRaised(caseId, EscalationStep.PROCESS_DIRECTOR, null, "acuut"));
        record(new EscalationResolved(caseId, EscalationStep.PROCESS_DIRECTOR));

        assertThat(view().escalation()).isNull();
        assertThat(view().processDirector()).isNull();
    }

    @Test
    void aLimitIsOverdueOnceItsDueMomentHasPassedAlsoBeforeTheMissIsRecorded() {
        Instant dueAt = Instant.parse("2026-11-09T23:00:00Z");
        record(firstReport);
        record(new TimeLimitSet(caseId, TimeLimit.TRIAGE, null, dueAt));

        clock.setTo(dueAt);
        assertThat(view().timeLimits()).as("at its due moment it can still be met in time").containsExactly(
                new FamilyPlanView.RunningLimit(TimeLimit.TRIAGE, null, dueAt, false, false,
                        AccountableParty.VEILIG_THUIS_MANAGEMENT));
        clock.setTo(dueAt.plusMillis(1));
        assertThat(view().timeLimits()).as("past it, whether or not the scheduler has recorded the miss yet")
                .containsExactly(new FamilyPlanView.RunningLimit(TimeLimit.TRIAGE, null, dueAt, true, false,
                        AccountableParty.VEILIG_THUIS_MANAGEMENT));

        record(new DeadlineMissed(caseId, TimeLimit.TRIAGE, null, dueAt));
        assertThat(view().timeLimits()).containsExactly(
                new FamilyPlanView.RunningLimit(TimeLimit.TRIAGE, null, dueAt, true, true,
                        AccountableParty.VEILIG_THUIS_MANAGEMENT));
    }

    @Test
    void anImposedHuisverbodWithItsEndDate() {
        record(firstReport);
        record(new HuisverbodImposed(caseId, perpetrator.personId(), LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 30)));

        assertThat(view().huisverbod()).isEqualTo(new CaseState.Huisverbod(perpetrator.personId(),
                LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 30)));
    }

    @Test
    void anExtendedHuisverbodWithItsNewEndDate() {
        record(firstReport);
        record(new HuisverbodImposed(caseId, perpetrator.personId(), LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 30)));
        record(new HuisverbodExtended(caseId, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 18)));

        assertThat(view().huisverbod().endsOn()).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(view().huisverbod().imposedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void anEndedHuisverbodIsNoLongerShown() {
        record(firstReport);
        record(new HuisverbodImposed(caseId, perpetrator.personId(), LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 30)));
        record(new HuisverbodEnded(caseId, LocalDate.of(2026, 11, 25), HuisverbodEndReason.LIFTED_BY_MAYOR));

        assertThat(view().huisverbod()).isNull();
    }

    @Test
    void theInformedReporter() {
        record(firstReport);
        record(new ReporterInformed(caseId, firstReport.reportId()));

        assertThat(view().reports()).extracting(CaseState.Report::reporterInformed).containsExactly(true);
    }

    @Test
    void aClosedCase() {
        record(firstReport);
        events.at(START.plus(Duration.ofDays(90)));
        record(new CaseClosed(caseId, ClosureReason.STEPPED_DOWN_TO_LOCAL_TEAM));

        assertThat(view().status()).isEqualTo(CaseState.Status.CLOSED);
        assertThat(view().closureReason()).isEqualTo(ClosureReason.STEPPED_DOWN_TO_LOCAL_TEAM);
        assertThat(view().closedAt()).isEqualTo(START.plus(Duration.ofDays(90)));
        assertThat(row()).containsEntry("status", "CLOSED").containsEntry("version", 1L);
    }

    @Test
    void anEventOfAnUnknownTypeMovesTheVersionOn() {
        record(firstReport);
        record(new SomethingNew(caseId));

        assertThat(view().version()).isEqualTo(1);
        assertThat(view().members()).hasSize(3);
    }

    @Test
    void aRedeliveredEventIsSkipped() {
        record(firstReport);
        DomainEventMessage<?> orange = record(new CodeAssigned(caseId, SafetyCode.ORANGE, null,
                ProcessDirection.VEILIG_THUIS));
        record(new CodeAssigned(caseId, SafetyCode.RED, SafetyCode.ORANGE, ProcessDirection.VEILIG_THUIS));
        List<FamilyPlanView> updates = subscribe(caseId);

        handle(orange);
        handle(orange);

        assertThat(view().safetyCode().code()).isEqualTo(SafetyCode.RED);
        assertThat(view().version()).isEqualTo(2);
        assertThat(updates).as("nothing changed, so nothing is sent").isEmpty();
    }

    @Test
    void eventsThatWereMissedAreFoldedFromTheEventStore() {
        events.add(firstReport);
        events.add(new CodeAssigned(caseId, SafetyCode.RED, null, ProcessDirection.VEILIG_THUIS));
        events.add(new TriageDecided(caseId, TriageOutcome.VEILIG_THUIS_INVESTIGATION));
        events.add(new InvestigationStarted(caseId));
        eventStore.publish(events.all());
        handle(events.all().get(0));

        handle(events.all().get(3));

        FamilyPlanView view = view();
        assertThat(view.version()).isEqualTo(3);
        assertThat(view.safetyCode().code()).isEqualTo(SafetyCode.RED);
        assertThat(view.triage().outcome()).isEqualTo(TriageOutcome.VEILIG_THUIS_INVESTIGATION);
        assertThat(view.investigation()).isNotNull();
    }

    @Test
    void eventsThatWereMissedAndAreNotInTheEventStoreFailTheEventInsteadOfShowingAGap() {
        record(firstReport);
        events.add(new CodeAssigned(caseId, SafetyCode.RED, null, ProcessDirection.VEILIG_THUIS));
        DomainEventMessage<?> triage = events.add(new TriageDecided(caseId, TriageOutcome.LOCAL_FIELD));

        assertThatThrownBy(() -> projection.handle(triage)).isInstanceOf(IllegalStateException.class);
        assertThat(view().version()).isZero();
    }

    @Test
    void aResetEmptiesTheView() {
        record(firstReport);
        assertThat(view()).isNotNull();

        projection.prepareReset();

        assertThat(jdbc.queryForObject("select count(*) from family_plan_view", Long.class)).isZero();
        assertThat(queries.handle(new FindFamilyPlan(caseId))).isNull();
        // and the replay after it rebuilds the case from its first event
        handle(events.all().get(0));
        assertThat(view().version()).isZero();
    }

    @Test
    void theQueryHandlerAnswersOverTheQueryBusAndNothingForAnUnknownCase() throws Exception {
        record(firstReport);
        SimpleQueryBus bus = SimpleQueryBus.builder().queryUpdateEmitter(emitter).build();
        new AnnotationQueryHandlerAdapter<>(queries).subscribe(bus);

        QueryResponseMessage<FamilyPlanView> known = bus.query(new GenericQueryMessage<>(new FindFamilyPlan(caseId),
                ResponseTypes.instanceOf(FamilyPlanView.class))).get();
        QueryResponseMessage<FamilyPlanView> unknown = bus.query(new GenericQueryMessage<>(
                new FindFamilyPlan(UUID.randomUUID()), ResponseTypes.instanceOf(FamilyPlanView.class))).get();

        assertThat(known.getPayload().caseId()).isEqualTo(caseId);
        assertThat(unknown.getPayload()).isNull();
    }

    @Test
    void subscribersOfTheCaseGetEveryNewViewAndOnlyOfTheirCase() {
        List<FamilyPlanView> ofThisCase = subscribe(caseId);
        List<FamilyPlanView> ofAnotherCase = subscribe(UUID.randomUUID());

        record(firstReport);
        record(new CodeAssigned(caseId, SafetyCode.GREEN, null, ProcessDirection.LOCAL_FIELD));

        assertThat(ofThisCase).extracting(FamilyPlanView::version).containsExactly(0L, 1L);
        assertThat(ofThisCase.get(1).safetyCode().code()).isEqualTo(SafetyCode.GREEN);
        assertThat(ofAnotherCase).isEmpty();
    }

    @Test
    void eventsOfOtherAggregatesAndEventsWithoutAnAggregateAreNotPartOfACase() {
        record(firstReport);

        handle(new GenericDomainEventMessage<>("Household", caseId.toString(), 1, new SomethingNew(caseId)));
        handle(GenericEventMessage.asEventMessage(new SomethingNew(caseId)));

        assertThat(view().version()).isZero();
    }

    private DomainEventMessage<?> record(Object payload) {
        DomainEventMessage<?> event = events.add(payload);
        handle(event);
        return event;
    }

    private void handle(org.axonframework.eventhandling.EventMessage<?> event) {
        try {
            projection.handle(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private FamilyPlanView view() {
        return queries.handle(new FindFamilyPlan(caseId));
    }

    private Map<String, Object> row() {
        return jdbc.queryForMap("select version, status, municipality from family_plan_view where case_id = ?",
                caseId);
    }

    private List<FamilyPlanView> subscribe(UUID caseToFollow) {
        List<FamilyPlanView> received = new CopyOnWriteArrayList<>();
        emitter.<FamilyPlanView>registerUpdateHandler(new GenericSubscriptionQueryMessage<>(
                        new FindFamilyPlan(caseToFollow), ResponseTypes.instanceOf(FamilyPlanView.class),
                        ResponseTypes.instanceOf(FamilyPlanView.class)), 16)
                .getUpdates().map(SubscriptionQueryUpdateMessage::getPayload).subscribe(received::add);
        return received;
    }

    /** A payload type the fold does not know. */
    record SomethingNew(UUID caseId) {
    }
}
