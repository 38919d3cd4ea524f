package nl.hgk.ledger.command.cases;

import static nl.hgk.ledger.command.cases.CaseTestData.CASE_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.COORDINATOR;
import static nl.hgk.ledger.command.cases.CaseTestData.IMPOSED_ON;
import static nl.hgk.ledger.command.cases.CaseTestData.ON_IMPOSITION_DAY;
import static nl.hgk.ledger.command.cases.CaseTestData.PERPETRATOR_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.REPORT_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.VICTIM_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.caseClosed;
import static nl.hgk.ledger.command.cases.CaseTestData.caseOpened;
import static nl.hgk.ledger.command.cases.CaseTestData.householdConsents;
import static nl.hgk.ledger.command.cases.CaseTestData.plan;
import static nl.hgk.ledger.command.cases.CaseTestData.refusedWith;
import static nl.hgk.ledger.command.cases.CaseTestData.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.hgk.ledger.access.Capacities;
import nl.hgk.ledger.access.CaseStep;
import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.command.audit.Actors;
import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.audit.OrganisationType;
import nl.hgk.ledger.events.audit.Qualification;
import nl.hgk.ledger.events.careavoidance.ActionPlanApproach;
import nl.hgk.ledger.events.careavoidance.CareAvoidanceRecorded;
import nl.hgk.ledger.events.closure.ClosureReason;
import nl.hgk.ledger.events.coordination.Coordinator;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.coordination.FamilyPlan;
import nl.hgk.ledger.events.coordination.FamilyPlanAdopted;
import nl.hgk.ledger.events.coordination.Goal;
import nl.hgk.ledger.events.coordination.LifeDomain;
import nl.hgk.ledger.events.coordination.PlanTask;
import nl.hgk.ledger.events.coordination.ProcessDirector;
import nl.hgk.ledger.events.coordination.ProcessDirectorAppointed;
import nl.hgk.ledger.events.coordination.TaskStatus;
import nl.hgk.ledger.events.escalation.AdministrativeDecisionTaken;
import nl.hgk.ledger.events.escalation.CareMeetingCalled;
import nl.hgk.ledger.events.escalation.CareOrdered;
import nl.hgk.ledger.events.escalation.EscalationRaised;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.events.huisverbod.HuisverbodEndReason;
import nl.hgk.ledger.events.huisverbod.HuisverbodImposed;
import nl.hgk.ledger.events.person.PersonalData;
import nl.hgk.ledger.events.triage.CodeAssigned;
import nl.hgk.ledger.events.triage.InvestigationConclusion;
import nl.hgk.ledger.events.triage.InvestigationStarted;
import nl.hgk.ledger.events.triage.ProcessDirection;
import nl.hgk.ledger.events.triage.SafetyCode;
import nl.hgk.ledger.events.triage.TriageDecided;
import nl.hgk.ledger.events.triage.TriageOutcome;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Every cell of the table of who may take which step, in the case itself: for each step × each type of organisation
 * (the police with and without the powers of a hulpofficier van justitie, someone of no type, and the ledger itself),
 * the case refuses the step with {@link Refusal#OUTSIDE_CAPACITY} exactly where the table below says no, and records
 * nothing; where it says yes, it takes the step, given a history in which the step is valid and the actor is the
 * party of the case whose step it is (the coordinator's organisation for the coordinator's steps, the process
 * director's for step 4 and its care orders, the owner of a task of the plan for its notices, a party involved beside
 * the coordinator for a report of inadequate coordination, the municipality of the household, Leiden).
 * <p>
 * The table is written here, not read from {@link Capacities}: the two must agree, and a cell changed in one place
 * only fails here. It is the table of the README. A step without a command yet is a row marked
 * {@link #NOT_A_COMMAND_YET}, checked against {@link Capacities} alone; once a command takes it, its row needs a
 * sample (the history and the command), or {@link #everyCommandOfTheCaseHasARowWithASample} fails.
 */
class CaseCapacityTest {

    /** the columns, in the order of the cells: one actor of each kind */
    private static final List<LedgerUser> COLUMNS = List.of(
            new LedgerUser("t.visser", ActorRole.CASE_WORKER, "Veilig Thuis Hollands Midden", "VT10",
                    OrganisationType.VEILIG_THUIS),
            new LedgerUser("w.wijk", ActorRole.COORDINATOR, "Wijkteam Leiden Zuid", "VT10", OrganisationType.LOCAL_TEAM),
            new LedgerUser("z.zorg", ActorRole.CASE_WORKER, "GGZ Rivierduinen", "VT10", OrganisationType.PROVIDER),
            new LedgerUser("p.devries", ActorRole.CASE_WORKER, "Meldpunt Zorg en Overlast Leiden", "VT10",
                    OrganisationType.MELDPUNT),
            new LedgerUser("a.agent", ActorRole.CASE_WORKER, "Politie Hollands Midden", "VT10", OrganisationType.POLICE),
            new LedgerUser("h.officier", ActorRole.CASE_WORKER, "Politie Hollands Midden", "VT10",
                    OrganisationType.POLICE, null, Set.of(Qualification.AUXILIARY_PROSECUTOR)),
            new LedgerUser("b.burgemeester", ActorRole.CASE_WORKER, "Burgemeester Leiden", "VT10",
                    OrganisationType.MAYOR, CaseTestData.LEIDEN.value(), Set.of()),
            new LedgerUser("g.gemeente", ActorRole.CASE_WORKER, "Gemeente Leiden", "VT10",
                    OrganisationType.MUNICIPALITY, CaseTestData.LEIDEN.value(), Set.of()),
            new LedgerUser("r.raad", ActorRole.CASE_WORKER, "Raad voor de Kinderbescherming Den Haag", "VT10",
                    OrganisationType.CHILD_PROTECTION),
            new LedgerUser("i.inspecteur", ActorRole.CASE_WORKER, "Inspectie JenV", "VT10", null),
            LedgerUser.SYSTEM);

    /** a history in which a step is valid, with the actor as the party whose step it is; and the command */
    private record Sample(Function<LedgerUser, List<Object>> history, CaseCommand command) {
    }

    /** a step that no command takes yet: its cells are checked against {@link Capacities} alone */
    private static final Sample NOT_A_COMMAND_YET = null;

    /** one step: who takes it (x) and who does not (.), in the order of {@link #COLUMNS}; and its sample */
    private record Row(CaseStep step, String cells, Sample sample) {

        boolean takenBy(int column) {
            String[] marks = cells.strip().split("\\s+");
            return switch (marks[column]) {
                case "x" -> true;
                case "." -> false;
                default -> throw new IllegalStateException(step + ": a cell is x or ., not " + marks[column]);
            };
        }

        int width() {
            return cells.strip().split("\\s+").length;
        }
    }

    private static final UUID DECISION_ID = UUID.fromString("d0c15100-0000-4000-8000-000000000001");
    private static final Coordinator NEXT_COORDINATOR = new Coordinator("n.nieuw", "Wijkteam Leiden Noord-Oost");
    private static final ProcessDirector APPOINTED = new ProcessDirector("p.procesregisseur", "Meldpunt Zorg en Overlast");
    private static final UUID ORDER_ID = UUID.fromString("7a1c0de5-0000-4000-8000-0000000000c1");
    private static final String ORDERED_PARTY = "Jeugdhulp Hollands Midden";
    private static final UUID TASK_ID = UUID.fromString("c1a5e3d0-0000-4000-8000-0000000000c1");

    // @formatter:off
    private static final List<Row> TABLE = List.of(
            //                                             VT LT ZA MP PO HO BG GM RK -- ledger
            row(CaseStep.REPORT,                          "x  x  x  x  x  x  x  x  x  x  x", actor -> List.of(),
                    new ReceiveReport(CASE_ID, report(REPORT_ID), null)),
            row(CaseStep.ASSIGN_CODE,                     "x  .  .  .  .  .  .  .  .  .  x", actor -> opened(),
                    new AssignCode(CASE_ID, SafetyCode.ORANGE, null)),
            row(CaseStep.DECIDE_TRIAGE,                   "x  .  .  .  .  .  .  .  .  .  x", actor -> coded(),
                    new DecideTriage(CASE_ID, TriageOutcome.VEILIG_THUIS_INVESTIGATION, null)),
            row(CaseStep.START_INVESTIGATION,             "x  .  .  .  .  .  .  .  .  .  x", actor -> investigationDecided(),
                    new StartInvestigation(CASE_ID, null)),
            row(CaseStep.CONCLUDE_INVESTIGATION,          "x  .  .  .  .  .  .  .  .  .  x", actor -> investigating(),
                    new ConcludeInvestigation(CASE_ID, InvestigationConclusion.UNSAFETY_ESTABLISHED, null)),
            row(CaseStep.INFORM_REPORTER,                 "x  .  .  .  .  .  .  .  .  .  x", actor -> opened(),
                    new InformReporter(CASE_ID, REPORT_ID, null)),
            row(CaseStep.APPOINT_COORDINATOR,             "x  x  .  .  .  .  .  .  .  .  x", actor -> opened(),
                    new AppointCoordinator(CASE_ID, COORDINATOR, null)),
            row(CaseStep.REPLACE_COORDINATOR,             "x  x  x  x  .  .  .  .  x  .  x", CaseCapacityTest::handingOver,
                    new ReplaceCoordinator(CASE_ID, NEXT_COORDINATOR, null)),
            row(CaseStep.ADOPT_FAMILY_PLAN,               "x  x  x  .  .  .  .  .  x  .  x", CaseCapacityTest::coordinated,
                    new AdoptFamilyPlan(CASE_ID, plan(), null)),
            row(CaseStep.REVISE_FAMILY_PLAN,              "x  x  x  .  .  .  .  .  x  .  x", CaseCapacityTest::planned,
                    new ReviseFamilyPlan(CASE_ID, 2, plan(), null)),
            row(CaseStep.EVALUATE_FAMILY_PLAN,            "x  x  x  .  .  .  .  .  x  .  x", CaseCapacityTest::planned,
                    new EvaluateFamilyPlan(CASE_ID, IMPOSED_ON.plusMonths(3), null)),
            row(CaseStep.RAISE_ESCALATION,                "x  x  x  .  .  .  .  .  x  .  x", CaseCapacityTest::coordinated,
                    new RaiseEscalation(CASE_ID, EscalationStep.ADVICE, null, null)),
            row(CaseStep.HOLD_CASE_CONFERENCE,            "x  x  x  .  .  .  .  .  x  .  x",
                    actor -> escalated(coordinated(actor), EscalationStep.CASE_CONFERENCE),
                    new HoldCaseConference(CASE_ID, IMPOSED_ON, null)),
            row(CaseStep.RECORD_CARE_AVOIDANCE,           "x  x  x  .  .  .  .  .  x  .  x", CaseCapacityTest::coordinated,
                    new RecordCareAvoidance(CASE_ID, PERPETRATOR_ID, PersonalData.noteOnly("weigert elk contact"),
                            PersonalData.noteOnly("de kinderen zijn niet veilig"), null, null)),
            row(CaseStep.REPORT_INADEQUATE_COORDINATION,  "x  x  x  .  x  x  .  .  x  .  x",
                    CaseCapacityTest::involvedBesideTheCoordinator,
                    new ReportInadequateCoordination(CASE_ID, IMPOSED_ON.minusDays(7), "geen overleg bijeengeroepen",
                            null)),
            row(CaseStep.APPOINT_PROCESS_DIRECTOR,        ".  .  .  x  .  .  .  .  .  .  x",
                    actor -> escalated(coordinated(actor), EscalationStep.PROCESS_DIRECTOR),
                    new AppointProcessDirector(CASE_ID, APPOINTED, null)),
            row(CaseStep.CALL_CARE_MEETING,               ".  .  .  x  .  .  .  .  .  .  x", CaseCapacityTest::directed,
                    new CallCareMeeting(CASE_ID, true, null, null)),
            row(CaseStep.HOLD_CARE_MEETING,               ".  .  .  x  .  .  .  .  .  .  x",
                    actor -> with(directed(actor), new CareMeetingCalled(CASE_ID, true, null)),
                    new HoldCareMeeting(CASE_ID, IMPOSED_ON, null)),
            row(CaseStep.ORDER_CARE,                      ".  .  .  x  .  .  .  .  .  .  x", CaseCapacityTest::directed,
                    new OrderCare(CASE_ID, ORDER_ID, ORDERED_PARTY, "ambulante gezinsbehandeling",
                            IMPOSED_ON.plusWeeks(4), null)),
            row(CaseStep.CONCLUDE_CARE_ORDER,             ".  .  .  x  .  .  .  .  .  .  x",
                    actor -> with(directed(actor), new CareOrdered(CASE_ID, ORDER_ID, ORDERED_PARTY,
                            "ambulante gezinsbehandeling", IMPOSED_ON.plusWeeks(4))),
                    new ConcludeCareOrder(CASE_ID, ORDER_ID, true, null)),
            row(CaseStep.RETURN_COORDINATION,             ".  .  .  x  .  .  .  .  .  .  x", CaseCapacityTest::directed,
                    new ReturnCoordination(CASE_ID, NEXT_COORDINATOR, null)),
            row(CaseStep.CONSULT_PARTY_MANAGERS,          ".  .  .  x  .  .  .  .  .  .  x", CaseCapacityTest::directed,
                    new ConsultPartyManagers(CASE_ID, null)),
            row(CaseStep.ESCALATE_TO_MELDPUNT_MANAGER,    ".  .  .  x  .  .  .  .  .  .  x", CaseCapacityTest::directed,
                    new EscalateToMeldpuntManager(CASE_ID, "geen partij levert de gezinsbehandeling",
                            "gemeente kent de zorg direct toe", null)),
            row(CaseStep.RECORD_ADMINISTRATIVE_DECISION,  ".  .  .  .  .  .  .  x  .  .  x",
                    actor -> escalated(coordinated(actor), EscalationStep.ADMINISTRATIVE),
                    new RecordAdministrativeDecision(CASE_ID, DECISION_ID, ON_IMPOSITION_DAY.minusSeconds(3600),
                            "jeugdhulp start direct", null)),
            row(CaseStep.CONFIRM_ADMINISTRATIVE_DECISION, ".  .  .  .  .  .  .  x  .  .  x",
                    actor -> with(escalated(coordinated(actor), EscalationStep.ADMINISTRATIVE),
                            new AdministrativeDecisionTaken(CASE_ID, DECISION_ID,
                                    ON_IMPOSITION_DAY.minusSeconds(3600), "jeugdhulp start direct")),
                    new ConfirmAdministrativeDecision(CASE_ID, DECISION_ID, null)),
            row(CaseStep.RESOLVE_ESCALATION,              "x  x  x  x  .  .  .  .  x  .  x", CaseCapacityTest::escalatedToThem,
                    new ResolveEscalation(CASE_ID, null)),
            row(CaseStep.IMPOSE_HUISVERBOD,               ".  .  .  .  .  x  x  .  .  .  x", actor -> opened(),
                    new ImposeHuisverbod(CASE_ID, PERPETRATOR_ID, IMPOSED_ON, null)),
            row(CaseStep.EXTEND_HUISVERBOD,               ".  .  .  .  .  .  x  .  .  .  x", actor -> imposed(),
                    new ExtendHuisverbod(CASE_ID, IMPOSED_ON.plusDays(20), null)),
            row(CaseStep.END_HUISVERBOD,                  ".  .  .  .  .  .  x  .  .  .  x", actor -> imposed(),
                    new EndHuisverbod(CASE_ID, IMPOSED_ON, HuisverbodEndReason.LIFTED_BY_MAYOR, null)),
            // one of the six notices that share the step: the others pass the same check of capacity and of owner
            row(CaseStep.NOTIFY_COORDINATOR,              "x  x  x  .  .  .  .  .  x  .  x", CaseCapacityTest::withATaskOf,
                    new NotifyHelpStarted(CASE_ID, TASK_ID, IMPOSED_ON.minusDays(7), null, null)),
            row(CaseStep.CLOSE_CASE,                      "x  x  x  .  .  .  .  .  x  .  x", CaseCapacityTest::coordinated,
                    new CloseCase(CASE_ID, ClosureReason.CARE_COMPLETED, null)),
            row(CaseStep.ERASE_PERSON,                    "x  x  x  x  x  x  x  x  x  x  x", actor -> opened(),
                    new ErasePerson(CASE_ID, VICTIM_ID)),
            row(CaseStep.ERASE_CASE_DATA,                 ".  .  .  .  .  .  .  .  .  .  x",
                    actor -> with(opened(), caseClosed()), new EraseCaseData(CASE_ID)),
            row(CaseStep.DRAW_UP_ACTION_PLAN,             ".  .  .  x  .  .  .  .  .  .  x",
                    actor -> with(coordinated(actor), new CareAvoidanceRecorded(CASE_ID, PERPETRATOR_ID,
                            PersonalData.noteOnly("weigert elk contact"),
                            PersonalData.noteOnly("de kinderen zijn niet veilig"), null)),
                    new DrawUpActionPlan(CASE_ID, ActionPlanApproach.CARE_REFERRAL, null)));
    // @formatter:on

    private static Row row(CaseStep step, String cells, Function<LedgerUser, List<Object>> history,
                           CaseCommand command) {
        return new Row(step, cells, new Sample(history, command));
    }

    private static Row row(CaseStep step, String cells, Sample notACommandYet) {
        return new Row(step, cells, notACommandYet);
    }

    // ---- histories: the case of CaseTestData (a household in Leiden), up to the step

    private static List<Object> opened() {
        return List.of(caseOpened());
    }

    private static List<Object> with(List<Object> history, Object... more) {
        List<Object> longer = new ArrayList<>(history);
        longer.addAll(List.of(more));
        return longer;
    }

    private static List<Object> coded() {
        return with(opened(), new CodeAssigned(CASE_ID, SafetyCode.ORANGE, null, ProcessDirection.VEILIG_THUIS));
    }

    private static List<Object> investigationDecided() {
        return with(coded(), new TriageDecided(CASE_ID, TriageOutcome.VEILIG_THUIS_INVESTIGATION));
    }

    private static List<Object> investigating() {
        return with(investigationDecided(), new InvestigationStarted(CASE_ID));
    }

    private static List<Object> imposed() {
        return with(opened(), new HuisverbodImposed(CASE_ID, PERPETRATOR_ID, IMPOSED_ON, IMPOSED_ON.plusDays(10)));
    }

    /** whether someone of this type may coordinate a family's care: the parties that deliver it */
    private static boolean deliversCare(LedgerUser actor) {
        return actor.organisationType() != null && EnumSet.of(OrganisationType.VEILIG_THUIS,
                OrganisationType.LOCAL_TEAM, OrganisationType.PROVIDER, OrganisationType.CHILD_PROTECTION)
                .contains(actor.organisationType());
    }

    /** coordinated by the actor's organisation where it could coordinate, by the local team otherwise */
    private static List<Object> coordinated(LedgerUser actor) {
        Coordinator coordinator = deliversCare(actor) ? new Coordinator(actor.name(), actor.organisation()) : COORDINATOR;
        return with(opened(), new CoordinatorAppointed(CASE_ID, coordinator));
    }

    private static List<Object> planned(LedgerUser actor) {
        return with(coordinated(actor), new FamilyPlanAdopted(CASE_ID, 1, plan()));
    }

    /** a plan whose one task the actor's organisation owns: its notices about the task are the actor's to give */
    private static FamilyPlan planWithATaskOf(LedgerUser actor) {
        return new FamilyPlan(List.of(new Goal(LifeDomain.PARENTING, "parenting support for both parents")),
                List.of(new PlanTask(TASK_ID, "ambulant youth care", actor.organisation(), IMPOSED_ON.plusWeeks(8),
                        TaskStatus.PLANNED)),
                List.of(), List.of(IMPOSED_ON.plusMonths(3)), householdConsents());
    }

    /** coordinated as {@link #coordinated}, with a plan whose task the actor's organisation carries out */
    private static List<Object> withATaskOf(LedgerUser actor) {
        return with(coordinated(actor), new FamilyPlanAdopted(CASE_ID, 1, planWithATaskOf(actor)));
    }

    /**
     * coordinated by the local team of {@link CaseTestData#COORDINATOR}, not the actor's organisation, which carries
     * out a task of the plan: a party directly involved that does not coordinate
     */
    private static List<Object> involvedBesideTheCoordinator(LedgerUser actor) {
        return with(opened(), new CoordinatorAppointed(CASE_ID, COORDINATOR),
                new FamilyPlanAdopted(CASE_ID, 1, planWithATaskOf(actor)));
    }

    private static List<Object> escalated(List<Object> history, EscalationStep step) {
        return with(history, new EscalationRaised(CASE_ID, step, null, "kinderen onveilig"));
    }

    /** at step 4, with a process director of the actor's Meldpunt where the actor is of one */
    private static List<Object> directed(LedgerUser actor) {
        ProcessDirector director = actor.organisationType() == OrganisationType.MELDPUNT
                ? new ProcessDirector(actor.name(), actor.organisation()) : APPOINTED;
        return with(escalated(coordinated(actor), EscalationStep.PROCESS_DIRECTOR),
                new ProcessDirectorAppointed(CASE_ID, director));
    }

    /** the coordinating organisation hands over, or the process director of step 4 assigns coordination anew */
    private static List<Object> handingOver(LedgerUser actor) {
        return actor.organisationType() == OrganisationType.MELDPUNT ? directed(actor) : coordinated(actor);
    }

    /** steps 1 to 3 are the coordinator's to end, steps 4 and 5 the process director's */
    private static List<Object> escalatedToThem(LedgerUser actor) {
        return actor.organisationType() == OrganisationType.MELDPUNT ? directed(actor)
                : escalated(coordinated(actor), EscalationStep.ADVICE);
    }

    // ---- the tests

    @TestFactory
    Stream<DynamicTest> everyCellOfTheTable() {
        return TABLE.stream().flatMap(row -> COLUMNS.stream().map(actor -> {
            boolean takes = row.takenBy(COLUMNS.indexOf(actor));
            String name = row.step() + " by " + who(actor) + (takes ? ": taken" : ": refused, outside capacity");
            return DynamicTest.dynamicTest(name, () -> {
                if (row.sample() == NOT_A_COMMAND_YET) {
                    assertThat(Capacities.permit(actor, row.step())).as(name).isEqualTo(takes);
                } else {
                    given(row, actor, takes);
                }
            });
        }));
    }

    private static void given(Row row, LedgerUser actor, boolean takes) {
        ResultValidator<Case> result = FixtureClock.caseFixture()
                .givenCurrentTime(ON_IMPOSITION_DAY)
                .andGiven(row.sample().history().apply(actor))
                // every step with a reason: where the case asks for one, its absence is not what is tested here
                .when(row.sample().command(), Actors.of(actor, "stap in de casus"));
        if (takes) {
            result.expectSuccessfulHandlerExecution();
        } else {
            result.expectException(refusedWith(Refusal.OUTSIDE_CAPACITY)).expectNoEvents();
        }
    }

    private static String who(LedgerUser actor) {
        if (actor.role() == ActorRole.SYSTEM) {
            return "the ledger itself";
        }
        if (actor.organisationType() == null) {
            return "someone of no organisation type";
        }
        return actor.organisationType() + (actor.qualifications().isEmpty() ? "" : " " + actor.qualifications());
    }

    @Test
    void theTableHasOneRowForEveryStepAndACellForEveryColumn() {
        assertThat(TABLE).extracting(Row::step).containsExactly(CaseStep.values());
        assertThat(TABLE).allSatisfy(row -> assertThat(row.width()).as("%s", row.step()).isEqualTo(COLUMNS.size()));
        assertThat(TABLE).filteredOn(row -> row.sample() != NOT_A_COMMAND_YET)
                .allSatisfy(row -> assertThat(row.sample().command().caseStep()).as("the sample of %s", row.step())
                        .isEqualTo(row.step()));
    }

    /**
     * Every command of the case takes a step whose row has a sample: a command added without one, or for a step still
     * marked {@link #NOT_A_COMMAND_YET}, fails here.
     */
    @Test
    void everyCommandOfTheCaseHasARowWithASample() {
        Map<CaseStep, Row> rows = TABLE.stream().collect(Collectors.toMap(Row::step, row -> row));
        Set<String> commands = commandClasses();
        assertThat(commands).as("the commands of the case").hasSizeGreaterThanOrEqualTo(20);
        for (String command : commands) {
            CaseStep step = stepOf(command);
            assertThat(rows.get(step).sample()).as("%s takes %s, whose row has no sample", command, step)
                    .isNotEqualTo(NOT_A_COMMAND_YET);
        }
    }

    private static Set<String> commandClasses() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(CaseCommand.class));
        return scanner.findCandidateComponents(CaseCommand.class.getPackageName()).stream()
                .map(BeanDefinition::getBeanClassName).collect(Collectors.toSet());
    }

    /** @return the step of a command, read from an instance made with empty values (its step is a constant) */
    private static CaseStep stepOf(String className) {
        try {
            Class<?> type = Class.forName(className);
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Object[] empty = Arrays.stream(types).map(CaseCapacityTest::emptyValue).toArray();
            return ((CaseCommand) type.getDeclaredConstructor(types).newInstance(empty)).caseStep();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new AssertionError("the step of " + className + " could not be read: " + e, e);
        }
    }

    private static Object emptyValue(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        return null;
    }
}
