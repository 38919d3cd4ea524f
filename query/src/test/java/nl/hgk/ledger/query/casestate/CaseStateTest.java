package nl.hgk.ledger.query.casestate;

import static nl.hgk.ledger.query.CasePayloads.person;
import static nl.hgk.ledger.query.CasePayloads.plan;
import static nl.hgk.ledger.query.CasePayloads.report;
import static nl.hgk.ledger.query.CasePayloads.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.hgk.ledger.events.coordination.FamilyPlanEvaluated;
import nl.hgk.ledger.events.deadlines.DeadlineMissed;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.deadlines.TimeLimitCleared;
import nl.hgk.ledger.events.deadlines.TimeLimitOutcome;
import nl.hgk.ledger.events.deadlines.TimeLimitSet;
import nl.hgk.ledger.events.escalation.AdministrativeDecisionConfirmed;
import nl.hgk.ledger.events.escalation.AdministrativeDecisionTaken;
import nl.hgk.ledger.events.escalation.CaseConferenceHeld;
import nl.hgk.ledger.events.careavoidance.ActionPlanApproach;
import nl.hgk.ledger.events.careavoidance.ActionPlanDrawnUp;
import nl.hgk.ledger.events.careavoidance.CareAvoidanceRecorded;
import nl.hgk.ledger.events.closure.CaseClosed;
import nl.hgk.ledger.events.closure.ClosureReason;
import nl.hgk.ledger.events.coordination.Coordinator;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.coordination.CoordinatorReplaced;
import nl.hgk.ledger.events.coordination.FamilyPlan;
import nl.hgk.ledger.events.coordination.FamilyPlanAdopted;
import nl.hgk.ledger.events.person.PersonalData;
import nl.hgk.ledger.events.person.PersonErased;
import nl.hgk.ledger.events.coordination.ConsentDecision;
import nl.hgk.ledger.events.coordination.Consent;
import nl.hgk.ledger.events.coordination.FamilyPlanRevised;
import nl.hgk.ledger.events.coordination.TaskStatus;
import nl.hgk.ledger.events.escalation.EscalationRaised;
import nl.hgk.ledger.events.escalation.EscalationResolved;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.events.huisverbod.HuisverbodEndReason;
import nl.hgk.ledger.events.huisverbod.HuisverbodEnded;
import nl.hgk.ledger.events.huisverbod.HuisverbodExtended;
import nl.hgk.ledger.events.huisverbod.HuisverbodImposed;
import nl.hgk.ledger.events.intake.ContactType;
import nl.hgk.ledger.events.intake.FormOfViolence;
import nl.hgk.ledger.events.intake.ReportReceived;
import nl.hgk.ledger.events.intake.ReporterInformed;
import nl.hgk.ledger.events.intake.ReporterSector;
import nl.hgk.ledger.events.intake.ReporterType;
import nl.hgk.ledger.events.person.InvolvedPerson;
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
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;

/** The fold, event by event: what each event of a case does to its state. */
class CaseStateTest {

    private static final Instant START = Instant.parse("2026-11-02T09:00:00Z");
    /** the state's sets: no order of their own, so JSON may give them back in another */
    private static final String[] SETS = {"organisations", "reports.formsOfViolence"};
    private static final CaseState.Actor CASE_WORKER =
            new CaseState.Actor("casemanager", "veilig-thuis-zhz", "CASE_WORKER");
    private static final CaseState.Actor COORDINATOR =
            new CaseState.Actor("regisseur", "sociaal-team-dordrecht", "COORDINATOR");

    private final UUID caseId = UUID.randomUUID();
    private final CaseEvents events = new CaseEvents(caseId, START);
    private final InvolvedPerson victim = person(PersonRole.VICTIM, "Anna Jansen", LocalDate.of(1990, 2, 3));
    private final InvolvedPerson perpetrator = person(PersonRole.PERPETRATOR, "Piet Jansen", LocalDate.of(1988, 7, 9));
    private final InvolvedPerson child = person(PersonRole.CHILD, "Sam Jansen", LocalDate.of(2016, 4, 1));
    private final ReportReceived firstReport = report(caseId, List.of(victim, perpetrator, child));

    @Test
    void theFirstReportOpensTheCase() {
        events.add(firstReport);

        CaseState state = fold();
        assertThat(state.getCaseId()).isEqualTo(caseId);
        assertThat(state.getVersion()).isZero();
        assertThat(state.getStatus()).isEqualTo(CaseState.Status.OPEN);
        assertThat(state.getMunicipality()).isEqualTo(CasePayloads.DORDRECHT);
        assertThat(state.getRepeatOfCaseId()).isNull();
        assertThat(state.getOpenedAt()).isEqualTo(START);
        assertThat(state.getLastChangedAt()).isEqualTo(START);
        assertThat(state.getMembers()).containsExactly(
                new CaseState.Member(victim.personId(), PersonRole.VICTIM, victim.personalData(),
                        firstReport.reportId()),
                new CaseState.Member(perpetrator.personId(), PersonRole.PERPETRATOR, perpetrator.personalData(),
                        firstReport.reportId()),
                new CaseState.Member(child.personId(), PersonRole.CHILD, child.personalData(),
                        firstReport.reportId()));
        assertThat(state.getReports()).containsExactly(new CaseState.Report(firstReport.reportId(), START,
                ContactType.REPORT, ReporterType.PROFESSIONAL, ReporterSector.EDUCATION,
                firstReport.formsOfViolence(), CASE_WORKER, false));
        assertThat(state.getOrganisations()).containsExactly("veilig-thuis-zhz");
        assertThat(state.getCode()).isNull();
        assertThat(state.getCoordination()).isNull();
        assertThat(state.getPlan()).isNull();
        assertThat(state.getEscalation()).isNull();
        assertThat(state.getHuisverbod()).isNull();
    }

    @Test
    void aRepeatReportNamesTheHouseholdsEarlierCase() {
        UUID earlierCase = UUID.randomUUID();
        events.add(report(caseId, UUID.randomUUID(), ContactType.REPORT, List.of(victim), earlierCase));

        assertThat(fold().getRepeatOfCaseId()).isEqualTo(earlierCase);
    }

    @Test
    void aLaterReportIsBundledIntoTheCase() {
        events.add(firstReport);
        InvolvedPerson grandmother = person(PersonRole.SUPPORT_NETWORK, "Oma Jansen", LocalDate.of(1950, 1, 1));
        ReportReceived advice = report(UUID.randomUUID(), UUID.randomUUID(), ContactType.ADVICE_REQUEST,
                List.of(grandmother), null);
        events.at(START.plus(Duration.ofDays(3))).add(new ReportReceived(caseId, advice.reportId(),
                advice.household(), CasePayloads.DORDRECHT, "VT24", ContactType.ADVICE_REQUEST, advice.reporter(),
                Set.of(FormOfViolence.CHILD_EMOTIONAL_NEGLECT), advice.persons(), null));

        CaseState state = fold();
        assertThat(state.getVersion()).isEqualTo(1);
        assertThat(state.getOpenedAt()).as("opened by the first report").isEqualTo(START);
        assertThat(state.getReports()).extracting(CaseState.Report::reportId)
                .containsExactly(firstReport.reportId(), advice.reportId());
        assertThat(state.getReports().get(1).contactType()).isEqualTo(ContactType.ADVICE_REQUEST);
        assertThat(state.getReports().get(1).formsOfViolence()).containsExactly(FormOfViolence.CHILD_EMOTIONAL_NEGLECT);
        assertThat(state.getMembers()).hasSize(4).last().satisfies(member -> {
            assertThat(member.personId()).isEqualTo(grandmother.personId());
            assertThat(member.role()).isEqualTo(PersonRole.SUPPORT_NETWORK);
            assertThat(member.reportId()).isEqualTo(advice.reportId());
        });
    }

    @Test
    void aCodeIsAssignedAndChangedWithWhoSetIt() {
        events.add(firstReport);
        events.at(START.plusSeconds(60)).add(
                new CodeAssigned(caseId, SafetyCode.ORANGE, null, ProcessDirection.VEILIG_THUIS));

        assertThat(fold().getCode()).isEqualTo(new CaseState.Code(SafetyCode.ORANGE, ProcessDirection.VEILIG_THUIS,
                START.plusSeconds(60), CASE_WORKER));

        events.at(START.plusSeconds(120)).by("teamleider", "veilig-thuis-zhz", "CASE_WORKER")
                .add(new CodeAssigned(caseId, SafetyCode.RED, SafetyCode.ORANGE, ProcessDirection.VEILIG_THUIS));

        assertThat(fold().getCode()).isEqualTo(new CaseState.Code(SafetyCode.RED, ProcessDirection.VEILIG_THUIS,
                START.plusSeconds(120), new CaseState.Actor("teamleider", "veilig-thuis-zhz", "CASE_WORKER")));
    }

    @Test
    void triageIsDecided() {
        events.add(firstReport);
        events.at(START.plusSeconds(60)).add(new TriageDecided(caseId, TriageOutcome.VEILIG_THUIS_INVESTIGATION));

        assertThat(fold().getTriage()).isEqualTo(new CaseState.Triage(TriageOutcome.VEILIG_THUIS_INVESTIGATION,
                START.plusSeconds(60), CASE_WORKER));
    }

    @Test
    void anInvestigationStarts() {
        events.add(firstReport);
        events.at(START.plusSeconds(60)).add(new InvestigationStarted(caseId));

        CaseState.Investigation investigation = fold().getInvestigation();
        assertThat(investigation).isEqualTo(new CaseState.Investigation(START.plusSeconds(60), null, null));
        assertThat(investigation.running()).isTrue();
    }

    @Test
    void anInvestigationIsConcluded() {
        events.add(firstReport);
        events.at(START.plusSeconds(60)).add(new InvestigationStarted(caseId));
        events.at(START.plus(Duration.ofDays(20)))
                .add(new InvestigationConcluded(caseId, InvestigationConclusion.UNSAFETY_ESTABLISHED));

        CaseState.Investigation investigation = fold().getInvestigation();
        assertThat(investigation).isEqualTo(new CaseState.Investigation(START.plusSeconds(60),
                START.plus(Duration.ofDays(20)), InvestigationConclusion.UNSAFETY_ESTABLISHED));
        assertThat(investigation.running()).isFalse();
    }

    @Test
    void theCodeIsToBeDeterminedFromAConclusionWithoutOneUntilACodeFollows() {
        events.add(firstReport);
        events.add(new CodeAssigned(caseId, SafetyCode.ORANGE, null, ProcessDirection.VEILIG_THUIS));
        events.add(new InvestigationStarted(caseId));
        assertThat(fold().isCodeToBeDetermined()).as("while the investigation runs").isFalse();

        events.add(new InvestigationConcluded(caseId, InvestigationConclusion.UNDETERMINED));
        CaseState concluded = fold();
        assertThat(concluded.isCodeToBeDetermined()).isTrue();
        assertThat(concluded.getCode().code()).as("triage's first assessment stays shown").isEqualTo(SafetyCode.ORANGE);

        events.add(new CodeAssigned(caseId, SafetyCode.ORANGE, SafetyCode.ORANGE, ProcessDirection.VEILIG_THUIS));
        assertThat(fold().isCodeToBeDetermined()).as("confirmed on the findings").isFalse();
    }

    @Test
    void aConclusionWithItsCodeLeavesNothingToBeDetermined() {
        events.add(firstReport);
        events.add(new InvestigationStarted(caseId));
        events.add(new InvestigationConcluded(caseId, InvestigationConclusion.UNSAFETY_ESTABLISHED));
        events.add(new CodeAssigned(caseId, SafetyCode.RED, null, ProcessDirection.VEILIG_THUIS));

        CaseState state = fold();
        assertThat(state.isCodeToBeDetermined()).isFalse();
        assertThat(state.getCode().code()).isEqualTo(SafetyCode.RED);
    }

    @Test
    void aCoordinatorIsAppointed() {
        events.add(firstReport);
        events.at(START.plusSeconds(60))
                .add(new CoordinatorAppointed(caseId, new Coordinator("regisseur", "sociaal-team-dordrecht")));

        CaseState state = fold();
        assertThat(state.getCoordination()).isEqualTo(new CaseState.Coordination(
                new Coordinator("regisseur", "sociaal-team-dordrecht"), START.plusSeconds(60)));
        assertThat(state.getOrganisations()).containsExactly("sociaal-team-dordrecht", "veilig-thuis-zhz");
    }

    @Test
    void theCoordinatorIsReplacedAndTheEarlierOrganisationStaysInvolved() {
        events.add(firstReport);
        events.at(START.plusSeconds(60))
                .add(new CoordinatorAppointed(caseId, new Coordinator("regisseur", "sociaal-team-dordrecht")));
        events.at(START.plusSeconds(120)).add(new CoordinatorReplaced(caseId,
                new Coordinator("regisseur", "sociaal-team-dordrecht"), new Coordinator("jgt-1", "jgt-zwijndrecht")),
                "regisseur met verlof");

        CaseState state = fold();
        assertThat(state.getCoordination()).isEqualTo(new CaseState.Coordination(
                new Coordinator("jgt-1", "jgt-zwijndrecht"), START.plusSeconds(120)));
        assertThat(state.getOrganisations())
                .containsExactly("jgt-zwijndrecht", "sociaal-team-dordrecht", "veilig-thuis-zhz");
    }

    @Test
    void theFirstPlanIsAdoptedAndItsTaskOwnersAreInvolved() {
        FamilyPlan plan = plan("bel 112 bij dreiging", LocalDate.of(2027, 1, 15), victim.personId(),
                task("wekelijks huisbezoek", "veilig-thuis-zhz", LocalDate.of(2026, 12, 31), TaskStatus.PLANNED),
                task("traject agressieregulatie", "ggz-dordrecht", LocalDate.of(2027, 2, 1), TaskStatus.STARTED));
        events.add(firstReport);
        events.at(START.plusSeconds(60))
                .add(new CoordinatorAppointed(caseId, new Coordinator("regisseur", "sociaal-team-dordrecht")));
        events.at(START.plusSeconds(120)).by("regisseur", "sociaal-team-dordrecht", "COORDINATOR")
                .add(new FamilyPlanAdopted(caseId, 1, plan));

        CaseState state = fold();
        assertThat(state.getPlan()).isEqualTo(new CaseState.Plan(1, START.plusSeconds(120), COORDINATOR, plan));
        assertThat(state.getOrganisations())
                .containsExactly("ggz-dordrecht", "sociaal-team-dordrecht", "veilig-thuis-zhz");
    }

    @Test
    void aRevisionReplacesThePlan() {
        FamilyPlan first = plan("bel 112 bij dreiging", LocalDate.of(2027, 1, 15), victim.personId(),
                task("wekelijks huisbezoek", "veilig-thuis-zhz", LocalDate.of(2026, 12, 31), TaskStatus.PLANNED));
        FamilyPlan second = plan("vader slaapt elders", LocalDate.of(2027, 2, 15), victim.personId(),
                task("wekelijks huisbezoek", "veilig-thuis-zhz", LocalDate.of(2026, 12, 31), TaskStatus.DONE),
                task("schuldhulp", "kredietbank-drechtsteden", LocalDate.of(2027, 3, 1), TaskStatus.PLANNED));
        events.add(firstReport);
        events.add(new CoordinatorAppointed(caseId, new Coordinator("regisseur", "sociaal-team-dordrecht")));
        events.by("regisseur", "sociaal-team-dordrecht", "COORDINATOR").add(new FamilyPlanAdopted(caseId, 1, first));
        events.at(START.plus(Duration.ofDays(30))).add(new FamilyPlanRevised(caseId, 2, second), "schulden");

        CaseState state = fold();
        assertThat(state.getPlan()).isEqualTo(new CaseState.Plan(2, START.plus(Duration.ofDays(30)), COORDINATOR,
                second));
        assertThat(state.getOrganisations()).contains("kredietbank-drechtsteden");
    }

    @Test
    void anEscalationIsRaisedAndRaisedFurther() {
        events.add(firstReport);
        events.add(new CoordinatorAppointed(caseId, new Coordinator("regisseur", "sociaal-team-dordrecht")));
        events.by("regisseur", "sociaal-team-dordrecht", "COORDINATOR").at(START.plusSeconds(60))
                .add(new EscalationRaised(caseId, EscalationStep.ADVICE, null, null), "hulp komt niet op gang");

        assertThat(fold().getEscalation()).isEqualTo(new CaseState.Escalation(EscalationStep.ADVICE, 1,
                START.plusSeconds(60), COORDINATOR, null));

        events.at(START.plusSeconds(120)).add(new EscalationRaised(caseId, EscalationStep.PROCESS_DIRECTOR,
                EscalationStep.ADVICE, "kinderen direct onveilig"), "partijen leveren niet");

        assertThat(fold().getEscalation()).isEqualTo(new CaseState.Escalation(EscalationStep.PROCESS_DIRECTOR, 4,
                START.plusSeconds(120), COORDINATOR, "kinderen direct onveilig"));
    }

    @Test
    void anEscalationIsResolved() {
        events.add(firstReport);
        events.add(new CoordinatorAppointed(caseId, new Coordinator("regisseur", "sociaal-team-dordrecht")));
        events.add(new EscalationRaised(caseId, EscalationStep.ADVICE, null, null), "stagnatie");
        events.add(new EscalationResolved(caseId, EscalationStep.ADVICE));

        assertThat(fold().getEscalation()).isNull();
    }

    @Test
    void aHuisverbodIsImposed() {
        events.add(firstReport);
        events.add(new HuisverbodImposed(caseId, perpetrator.personId(), LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 30)));

        assertThat(fold().getHuisverbod()).isEqualTo(new CaseState.Huisverbod(perpetrator.personId(),
                LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 30)));
    }

    @Test
    void aHuisverbodIsExtended() {
        events.add(firstReport);
        events.add(new HuisverbodImposed(caseId, perpetrator.personId(), LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 30)));
        events.add(new HuisverbodExtended(caseId, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 18)));

        assertThat(fold().getHuisverbod()).isEqualTo(new CaseState.Huisverbod(perpetrator.personId(),
                LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 18)));
    }

    @Test
    void aHuisverbodEnds() {
        events.add(firstReport);
        events.add(new HuisverbodImposed(caseId, perpetrator.personId(), LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 30)));
        events.add(new HuisverbodEnded(caseId, LocalDate.of(2026, 11, 30), HuisverbodEndReason.EXPIRED));

        assertThat(fold().getHuisverbod()).isNull();
    }

    @Test
    void theReporterOfOneReportIsInformed() {
        ReportReceived second = report(caseId, List.of(victim));
        events.add(firstReport);
        events.add(second);
        events.add(new ReporterInformed(caseId, second.reportId()));

        assertThat(fold().getReports()).extracting(CaseState.Report::reportId, CaseState.Report::reporterInformed)
                .containsExactly(tuple(firstReport.reportId(), false),
                        tuple(second.reportId(), true));
    }

    @Test
    void theCaseIsClosed() {
        events.add(firstReport);
        events.at(START.plus(Duration.ofDays(90))).add(new CaseClosed(caseId, ClosureReason.CARE_COMPLETED),
                "doelen bereikt");

        CaseState state = fold();
        assertThat(state.getStatus()).isEqualTo(CaseState.Status.CLOSED);
        assertThat(state.getClosureReason()).isEqualTo(ClosureReason.CARE_COMPLETED);
        assertThat(state.getClosedAt()).isEqualTo(START.plus(Duration.ofDays(90)));
        assertThat(state.getLastChangedAt()).isEqualTo(START.plus(Duration.ofDays(90)));
    }

    @Test
    void everyEventAdvancesTheVersionAndInvolvesTheActorsOrganisation() {
        events.add(firstReport);
        events.by("wijkagent", "politie-zhz", "CASE_WORKER").add(new TriageDecided(caseId, TriageOutcome.LOCAL_FIELD));

        CaseState state = fold();
        assertThat(state.getVersion()).isEqualTo(1);
        assertThat(state.getOrganisations()).containsExactly("politie-zhz", "veilig-thuis-zhz");
    }

    /** An event type added later (a newer writer, an older reader) only moves the version and the time on. */
    @Test
    void anUnknownEventTypeOnlyAdvancesTheVersion() {
        events.add(firstReport);
        events.add(new CodeAssigned(caseId, SafetyCode.GREEN, null, ProcessDirection.LOCAL_FIELD));
        CaseState before = fold();

        events.at(START.plusSeconds(600)).add(new SomethingNew(caseId, "a later kind of event"));
        CaseState after = fold();

        assertThat(after.getVersion()).isEqualTo(2);
        assertThat(after.getLastChangedAt()).isEqualTo(START.plusSeconds(600));
        assertThat(after).usingRecursiveComparison().ignoringFields("version", "lastChangedAt").isEqualTo(before);
    }

    @Test
    void theStateSurvivesTheJsonRoundTripOfTheApplicationsObjectMapper() throws Exception {
        ObjectMapper json = ApplicationJson.objectMapper();
        List<DomainEventMessage<?>> story = aWholeCase();
        CaseState state = CaseState.of(story.subList(0, story.size() - 1));

        String stored = json.writeValueAsString(state);
        CaseState read = json.readValue(stored, CaseState.class);

        assertThat(stored).contains("\"openedAt\":\"2026-11-02T09:00:00Z\"", "\"birthDate\":\"1990-02-03\"");
        assertThat(read).usingRecursiveComparison().ignoringCollectionOrderInFields(SETS).isEqualTo(state);
        // and folding on from the stored state gives what folding on from memory gives
        DomainEventMessage<?> last = story.get(story.size() - 1);
        assertThat(read.apply(last)).usingRecursiveComparison().ignoringCollectionOrderInFields(SETS)
                .isEqualTo(state.apply(last));
        assertThat(List.copyOf(read.getOrganisations())).isSorted();
    }

    @Test
    void anEmptyStateSurvivesAJsonRoundTrip() throws Exception {
        ObjectMapper json = ApplicationJson.objectMapper();
        CaseState read = json.readValue(json.writeValueAsString(CaseState.empty()), CaseState.class);

        assertThat(read).usingRecursiveComparison().ignoringCollectionOrderInFields(SETS)
                .isEqualTo(CaseState.empty());
        assertThat(read.getVersion()).isEqualTo(-1);
        assertThat(read.apply(events.add(firstReport)).getMembers()).hasSize(3);
    }

    private List<DomainEventMessage<?>> aWholeCase() {
        events.add(firstReport);
        events.add(new CodeAssigned(caseId, SafetyCode.ORANGE, null, ProcessDirection.VEILIG_THUIS));
        events.add(new TriageDecided(caseId, TriageOutcome.VEILIG_THUIS_INVESTIGATION));
        events.add(new InvestigationStarted(caseId));
        events.add(new HuisverbodImposed(caseId, perpetrator.personId(), LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 30)));
        events.add(new HuisverbodExtended(caseId, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 18)));
        events.add(new InvestigationConcluded(caseId, InvestigationConclusion.UNSAFETY_ESTABLISHED));
        events.add(new CoordinatorAppointed(caseId, new Coordinator("regisseur", "sociaal-team-dordrecht")));
        events.by("regisseur", "sociaal-team-dordrecht", "COORDINATOR").add(new FamilyPlanAdopted(caseId, 1,
                plan("bel 112 bij dreiging", LocalDate.of(2027, 1, 15), victim.personId(),
                        task("wekelijks huisbezoek", "veilig-thuis-zhz", LocalDate.of(2026, 12, 31),
                                TaskStatus.PLANNED))));
        events.add(new EscalationRaised(caseId, EscalationStep.CASE_CONFERENCE, null, "direct overleg nodig"),
                "stagnatie");
        events.add(report(caseId, List.of(child)));
        events.add(new ReporterInformed(caseId, firstReport.reportId()));
        events.add(new CoordinatorReplaced(caseId, new Coordinator("regisseur", "sociaal-team-dordrecht"),
                new Coordinator("jgt-1", "jgt-zwijndrecht")), "verlof");
        return events.all();
    }

    @Test
    void aTimeLimitRunsFromItsSettingUntilItIsClearedAndIsOverdueOnceMissed() {
        Instant triageDue = Instant.parse("2026-11-09T23:00:00Z");
        Instant taskDue = Instant.parse("2026-11-05T23:00:00Z");
        events.add(firstReport);
        events.add(new TimeLimitSet(caseId, TimeLimit.TRIAGE, null, triageDue));
        events.add(new TimeLimitSet(caseId, TimeLimit.TASK, "task-1", taskDue));
        assertThat(fold().getTimeLimits()).as("the soonest due first").containsExactly(
                new CaseState.RunningLimit(TimeLimit.TASK, "task-1", taskDue, false),
                new CaseState.RunningLimit(TimeLimit.TRIAGE, null, triageDue, false));

        events.add(new DeadlineMissed(caseId, TimeLimit.TASK, "task-1", taskDue));
        events.add(new TimeLimitCleared(caseId, TimeLimit.TRIAGE, null, triageDue, TimeLimitOutcome.MET));
        assertThat(fold().getTimeLimits()).containsExactly(
                new CaseState.RunningLimit(TimeLimit.TASK, "task-1", taskDue, true));

        Instant movedDue = Instant.parse("2026-11-12T23:00:00Z");
        events.add(new TimeLimitSet(caseId, TimeLimit.TASK, "task-1", movedDue));
        assertThat(fold().getTimeLimits()).as("a later setting moves the limit and it runs again")
                .containsExactly(new CaseState.RunningLimit(TimeLimit.TASK, "task-1", movedDue, false));
    }

    @Test
    void anAdministrativeDecisionIsShownWithItsWrittenConfirmation() {
        UUID decisionId = UUID.randomUUID();
        Instant decidedAt = Instant.parse("2026-11-02T08:00:00Z");
        events.add(firstReport);
        events.add(new AdministrativeDecisionTaken(caseId, decisionId, decidedAt, "jeugdhulp start direct"));
        assertThat(fold().getDecisions()).containsExactly(
                new CaseState.AdministrativeDecision(decisionId, decidedAt, "jeugdhulp start direct", null));

        Instant confirmedAt = START.plusSeconds(3600);
        events.at(confirmedAt).add(new AdministrativeDecisionConfirmed(caseId, decisionId));
        assertThat(fold().getDecisions()).containsExactly(new CaseState.AdministrativeDecision(decisionId,
                decidedAt, "jeugdhulp start direct", confirmedAt));
    }

    @Test
    void aCaseConferenceAndAPlanEvaluationAreRemembered() {
        events.add(firstReport);
        events.add(new CaseConferenceHeld(caseId, LocalDate.of(2026, 11, 3)));
        events.add(new FamilyPlanEvaluated(caseId, 1, LocalDate.of(2026, 11, 4)));

        CaseState state = fold();
        assertThat(state.getCaseConferenceHeldOn()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(state.getEvaluatedDates()).containsExactly(LocalDate.of(2026, 11, 4));
    }

    @Test
    void anErasureBlanksThePersonInAStateFoldedBeforeAndLeavesTheOthers() {
        FamilyPlan plan = new FamilyPlan(List.of(), List.of(), List.of(), List.of(), List.of(
                Consent.own(victim.personId(), ConsentDecision.REFUSED, false, PersonalData.noteOnly("wil eerst praten")),
                Consent.byRepresentative(child.personId(), victim.personId(), ConsentDecision.GIVEN, true, null)));
        events.add(firstReport);
        events.add(new FamilyPlanAdopted(caseId, 1, plan));
        CaseState stored = fold();

        events.by("privacy", "veilig-thuis-zhz", "PRIVACY_OFFICER").add(new PersonErased(caseId, victim.personId()));
        CaseState state = stored.apply(events.all().get(2));

        assertThat(state.getVersion()).isEqualTo(2);
        assertThat(state.getMembers()).extracting(CaseState.Member::personalData).containsExactly(
                PersonalData.erasedPlaceholder(), perpetrator.personalData(), child.personalData());
        assertThat(state.getMembers().get(0).personalData().displayName()).isEqualTo("verwijderd");
        assertThat(state.getPlan().content().consents()).containsExactly(
                Consent.own(victim.personId(), ConsentDecision.REFUSED, false, PersonalData.erasedPlaceholder()),
                Consent.byRepresentative(child.personId(), victim.personId(), ConsentDecision.GIVEN, true, null));
        assertThat(state.getOrganisations()).contains("veilig-thuis-zhz");
    }

    @Test
    void aCareAvoidanceAwaitsTheMeldpuntsActionPlanUntilItIsDrawnUp() {
        events.add(firstReport);
        events.by("regisseur", "sociaal-team-dordrecht", "COORDINATOR").at(START.plusSeconds(60))
                .add(new CareAvoidanceRecorded(caseId, perpetrator.personId(), PersonalData.noteOnly("weigert contact"),
                        PersonalData.noteOnly("kinderen onveilig"), null));
        CaseState recorded = fold();
        assertThat(recorded.isActionPlanAwaited()).isTrue();
        assertThat(recorded.getCareAvoidances()).containsExactly(new CaseState.CareAvoidance(perpetrator.personId(),
                PersonalData.noteOnly("weigert contact"), PersonalData.noteOnly("kinderen onveilig"), null,
                START.plusSeconds(60), COORDINATOR, null));

        CaseState.Actor meldpunt = new CaseState.Actor("p.devries", "meldpunt-zhz", "CASE_WORKER");
        events.by("p.devries", "meldpunt-zhz", "CASE_WORKER").at(START.plusSeconds(120))
                .add(new ActionPlanDrawnUp(caseId, ActionPlanApproach.CARE_REFERRAL));
        CaseState answered = fold();
        assertThat(answered.isActionPlanAwaited()).isFalse();
        assertThat(answered.getCareAvoidances().get(0).actionPlan()).isEqualTo(
                new CaseState.ActionPlan(ActionPlanApproach.CARE_REFERRAL, START.plusSeconds(120), meldpunt));
    }

    @Test
    void anErasureOfTheClientBlanksTheirCareAvoidance() {
        events.add(firstReport);
        events.add(new CareAvoidanceRecorded(caseId, perpetrator.personId(), PersonalData.noteOnly("weigert contact"),
                PersonalData.noteOnly("kinderen onveilig"), PersonalData.noteOnly("niets aan de hand")));
        CaseState stored = fold();

        events.by("privacy", "veilig-thuis-zhz", "PRIVACY_OFFICER")
                .add(new PersonErased(caseId, perpetrator.personId()));
        CaseState.CareAvoidance erased = stored.apply(events.all().get(2)).getCareAvoidances().get(0);

        assertThat(erased.worryingSituation()).isEqualTo(PersonalData.erasedPlaceholder());
        assertThat(erased.risks()).isEqualTo(PersonalData.erasedPlaceholder());
        assertThat(erased.clientView()).isEqualTo(PersonalData.erasedPlaceholder());
        assertThat(erased.personId()).isEqualTo(perpetrator.personId());
    }

    @Test
    void theLedgerActingOnALimitInvolvesNoOrganisation() {
        events.add(firstReport);
        events.by("system", "hgk-ledger", "SYSTEM")
                .add(new DeadlineMissed(caseId, TimeLimit.TRIAGE, null, Instant.parse("2026-11-09T23:00:00Z")));

        // else an account of the organisation "hgk-ledger" would reach every case the ledger acted on
        assertThat(fold().getOrganisations()).containsExactly("veilig-thuis-zhz");
    }

    private CaseState fold() {
        return CaseState.of(events.all());
    }

    /** A payload type this fold does not know. */
    record SomethingNew(UUID caseId, String what) {
    }
}
