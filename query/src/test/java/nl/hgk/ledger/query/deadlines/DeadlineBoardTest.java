package nl.hgk.ledger.query.deadlines;

import static nl.hgk.ledger.query.CasePayloads.person;
import static nl.hgk.ledger.query.CasePayloads.report;
import static nl.hgk.ledger.query.CasePayloads.task;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import nl.hgk.ledger.calendar.WorkingDayCalendars;
import nl.hgk.ledger.events.deadlines.AccountableParty;
import nl.hgk.ledger.events.coordination.Coordinator;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.coordination.FamilyPlan;
import nl.hgk.ledger.events.coordination.FamilyPlanAdopted;
import nl.hgk.ledger.events.coordination.TaskStatus;
import nl.hgk.ledger.events.deadlines.DeadlineMissed;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.deadlines.TimeLimitCleared;
import nl.hgk.ledger.events.deadlines.TimeLimitOutcome;
import nl.hgk.ledger.events.deadlines.TimeLimitSet;
import nl.hgk.ledger.events.escalation.CoordinationReturned;
import nl.hgk.ledger.events.escalation.EscalatedToMeldpuntManager;
import nl.hgk.ledger.events.escalation.EscalationRaised;
import nl.hgk.ledger.events.escalation.InadequateCoordinationReported;
import nl.hgk.ledger.events.escalation.PartyManagersConsulted;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.events.intake.ContactType;
import nl.hgk.ledger.events.intake.ReportReceived;
import nl.hgk.ledger.events.person.PersonRole;
import nl.hgk.ledger.events.triage.CodeAssigned;
import nl.hgk.ledger.events.triage.SafetyCode;
import nl.hgk.ledger.query.CaseEvents;
import nl.hgk.ledger.query.ProjectionDatabase;
import nl.hgk.ledger.reference.MunicipalityCode;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The deadline board on a real PostgreSQL with the Flyway schema: which limits it shows, over how many working days,
 * for which region and organisation, in which order; and what setting, missing and clearing a limit do to it.
 */
class DeadlineBoardTest {

    /** Thursday 17 April 2025, 10:00 in Amsterdam: the day before Goede Vrijdag */
    private static final Instant NOW = Instant.parse("2025-04-17T08:00:00Z");
    /** the end of Tuesday 22 April: the first working day after the Easter weekend (Fri 18 and Mon 21 are holidays) */
    private static final Instant END_OF_FIRST_WORKING_DAY = Instant.parse("2025-04-22T22:00:00Z");

    private final JdbcTemplate jdbc = ProjectionDatabase.jdbc();
    private final DeadlineBoardProjection projection = new DeadlineBoardProjection(jdbc);
    private final AnnotationEventHandlerAdapter handler = new AnnotationEventHandlerAdapter(projection);
    private final DeadlineBoardQueries queries =
            new DeadlineBoardQueries(jdbc, Clock.fixed(NOW, ZoneOffset.UTC), WorkingDayCalendars.netherlands());

    @BeforeEach
    void emptyTheBoard() {
        handler.prepareReset(null);
    }

    private CaseEvents openCase() {
        CaseEvents events = new CaseEvents(UUID.randomUUID(), NOW.minusSeconds(86_400));
        events.add(report(events.caseId(), List.of(person(PersonRole.VICTIM, "Anna Jansen", LocalDate.of(1990, 2, 3)))));
        return events;
    }

    private void deliver(CaseEvents events) {
        for (DomainEventMessage<?> event : events.all()) {
            try {
                handler.handle(event);
            } catch (Exception failed) {
                throw new AssertionError(failed);
            }
        }
    }

    /** the board of a case worker of Veilig Thuis Zuid-Holland Zuid, who reports the test's cases */
    private DeadlineBoard board(String region, String organisation, int withinWorkingDays) {
        return board(region, organisation, withinWorkingDays, new FindDeadlines.Scope("VT24", "veilig-thuis-zhz"));
    }

    private DeadlineBoard board(String region, String organisation, int withinWorkingDays, FindDeadlines.Scope scope) {
        return queries.handle(new FindDeadlines(region, organisation, withinWorkingDays, 100, scope));
    }

    @Test
    void aLimitSetIsOnTheBoardUntilItIsCleared() {
        CaseEvents events = openCase();
        Instant due = Instant.parse("2025-04-22T21:00:00Z");
        events.add(new TimeLimitSet(events.caseId(), TimeLimit.TRIAGE, null, due));
        deliver(events);

        DeadlineBoard board = board(null, null, 5);
        assertThat(board.total()).isEqualTo(1);
        assertThat(board.items()).containsExactly(new DeadlineBoard.Item(events.caseId(), TimeLimit.TRIAGE, null, due,
                false, false, AccountableParty.VEILIG_THUIS_MANAGEMENT, "GM0505", "VT24", null, null));

        events.add(new TimeLimitCleared(events.caseId(), TimeLimit.TRIAGE, null, due, TimeLimitOutcome.MET));
        deliver(events);
        assertThat(board(null, null, 5).items()).isEmpty();
    }

    @Test
    void theBoardLooksAheadInWorkingDaysNotInCalendarDays() {
        CaseEvents events = openCase();
        Instant inTheFirstWorkingDay = END_OF_FIRST_WORKING_DAY.minusSeconds(1);
        // a second into the day after: a limit due at the very end of the first working day is within it (below)
        Instant inTheSecondWorkingDay = END_OF_FIRST_WORKING_DAY.plusSeconds(1);
        events.add(new TimeLimitSet(events.caseId(), TimeLimit.TASK, "task-1", inTheFirstWorkingDay));
        events.add(new TimeLimitSet(events.caseId(), TimeLimit.TASK, "task-2", inTheSecondWorkingDay));
        deliver(events);

        assertThat(board(null, null, 0).items()).as("due today: nothing").isEmpty();
        assertThat(board(null, null, 1).items()).extracting(DeadlineBoard.Item::subject)
                .as("one working day ahead reaches over the Easter weekend to the end of Tuesday")
                .containsExactly("task-1");
        assertThat(board(null, null, 1).until()).isEqualTo(END_OF_FIRST_WORKING_DAY);
        assertThat(board(null, null, 2).items()).extracting(DeadlineBoard.Item::subject)
                .containsExactly("task-1", "task-2");
    }

    @Test
    void aLimitDueAtTheEndOfTheFifthWorkingDayIsWithinFiveWorkingDays() {
        CaseEvents events = openCase();
        // from Thursday 17 April: Goede Vrijdag and Tweede Paasdag do not count, the fifth working day is Monday 28
        Instant endOfTheFifthWorkingDay = Instant.parse("2025-04-28T22:00:00Z");
        events.add(new TimeLimitSet(events.caseId(), TimeLimit.TRIAGE, null, endOfTheFifthWorkingDay));
        deliver(events);

        DeadlineBoard withinFive = board(null, null, 5);
        assertThat(withinFive.until()).isEqualTo(endOfTheFifthWorkingDay);
        assertThat(withinFive.items()).extracting(DeadlineBoard.Item::limit).as("due at the end of the fifth working day")
                .containsExactly(TimeLimit.TRIAGE);
        assertThat(withinFive.total()).isEqualTo(1);
        assertThat(board(null, null, 4).items()).as("not within four").isEmpty();
    }

    @Test
    void aLimitIsOverdueOnlyOnceItsDueMomentHasPassed() {
        CaseEvents events = openCase();
        events.add(new TimeLimitSet(events.caseId(), TimeLimit.TASK, "due-a-second-ago", NOW.minusSeconds(1)));
        events.add(new TimeLimitSet(events.caseId(), TimeLimit.TASK, "due-now", NOW));
        events.add(new TimeLimitSet(events.caseId(), TimeLimit.TASK, "due-in-a-second", NOW.plusSeconds(1)));
        deliver(events);

        List<DeadlineBoard.Item> items = board(null, null, 0).items();
        assertThat(items).extracting(DeadlineBoard.Item::subject)
                .containsExactly("due-a-second-ago", "due-now", "due-in-a-second");
        assertThat(items).extracting(DeadlineBoard.Item::overdue).as("at its due moment a limit can still be met in "
                + "time, as the command side counts it").containsExactly(true, false, false);
    }

    @Test
    void overdueLimitsComeFirstThenTheSoonestDueThenTheSaferCodeLast() {
        CaseEvents green = openCase();
        green.add(new CodeAssigned(green.caseId(), SafetyCode.GREEN, null, SafetyCode.GREEN.processDirection()));
        CaseEvents red = openCase();
        red.add(new CodeAssigned(red.caseId(), SafetyCode.RED, null, SafetyCode.RED.processDirection()));
        CaseEvents late = openCase();
        Instant tomorrow = NOW.plusSeconds(86_400);
        Instant yesterday = NOW.minusSeconds(86_400);
        Instant lastWeek = NOW.minusSeconds(7 * 86_400);
        green.add(new TimeLimitSet(green.caseId(), TimeLimit.HUISVERBOD_END, null, tomorrow));
        red.add(new TimeLimitSet(red.caseId(), TimeLimit.PROCESS_DIRECTOR, null, tomorrow));
        late.add(new TimeLimitSet(late.caseId(), TimeLimit.TRIAGE, null, yesterday));
        late.add(new TimeLimitSet(late.caseId(), TimeLimit.INVESTIGATION, null, lastWeek));
        late.add(new DeadlineMissed(late.caseId(), TimeLimit.INVESTIGATION, null, lastWeek));
        deliver(green);
        deliver(red);
        deliver(late);

        List<DeadlineBoard.Item> items = board(null, null, 5).items();
        assertThat(items).extracting(DeadlineBoard.Item::limit).containsExactly(TimeLimit.INVESTIGATION,
                TimeLimit.TRIAGE, TimeLimit.PROCESS_DIRECTOR, TimeLimit.HUISVERBOD_END);
        assertThat(items).extracting(DeadlineBoard.Item::overdue).containsExactly(true, true, false, false);
        assertThat(items).extracting(DeadlineBoard.Item::missed).as("only the recorded miss")
                .containsExactly(true, false, false, false);
    }

    @Test
    void aLimitSetAgainMovesItAndRunsAgain() {
        CaseEvents events = openCase();
        Instant first = NOW.minusSeconds(3600);
        Instant moved = NOW.plusSeconds(86_400);
        events.add(new TimeLimitSet(events.caseId(), TimeLimit.TASK, "task-1", first));
        events.add(new DeadlineMissed(events.caseId(), TimeLimit.TASK, "task-1", first));
        events.add(new TimeLimitSet(events.caseId(), TimeLimit.TASK, "task-1", moved));
        deliver(events);

        assertThat(board(null, null, 5).items()).singleElement()
                .satisfies(item -> assertThat(item.dueAt()).isEqualTo(moved))
                .satisfies(item -> assertThat(item.overdue()).isFalse());
    }

    @Test
    void perRegionAndPerOrganisationInvolved() {
        CaseEvents dordrecht = openCase();
        dordrecht.by("regisseur", "sociaal-team-dordrecht", "COORDINATOR")
                .add(new CoordinatorAppointed(dordrecht.caseId(), new Coordinator("regisseur", "wijkteam-noord")));
        FamilyPlan plan = new FamilyPlan(List.of(), List.of(task("huisbezoek", "jeugdzorg-zhz",
                LocalDate.of(2025, 4, 22), TaskStatus.PLANNED)), List.of(), List.of(), List.of());
        dordrecht.add(new FamilyPlanAdopted(dordrecht.caseId(), 1, plan));
        dordrecht.by("system", "hgk-ledger", "SYSTEM")
                .add(new TimeLimitSet(dordrecht.caseId(), TimeLimit.TRIAGE, null, NOW.plusSeconds(3600)));
        CaseEvents leiden = new CaseEvents(UUID.randomUUID(), NOW);
        ReportReceived dordrechtReport = report(leiden.caseId(), List.of());
        leiden.add(new ReportReceived(leiden.caseId(), dordrechtReport.reportId(), dordrechtReport.household(),
                MunicipalityCode.of("GM0546"), "VT10", ContactType.REPORT, dordrechtReport.reporter(),
                dordrechtReport.formsOfViolence(), List.of(), null));
        leiden.add(new TimeLimitSet(leiden.caseId(), TimeLimit.TRIAGE, null, NOW.plusSeconds(7200)));
        deliver(dordrecht);
        deliver(leiden);

        assertThat(board("VT24", null, 5).items()).extracting(DeadlineBoard.Item::caseId)
                .containsExactly(dordrecht.caseId());
        assertThat(board(null, null, 5).items()).hasSize(2);
        for (String involved : List.of("veilig-thuis-zhz", "sociaal-team-dordrecht", "wijkteam-noord",
                "jeugdzorg-zhz")) {
            assertThat(board(null, involved, 5).items()).as(involved).extracting(DeadlineBoard.Item::caseId)
                    .contains(dordrecht.caseId());
        }
        assertThat(board(null, "hgk-ledger", 5).items()).as("the ledger itself is no organisation involved")
                .isEmpty();
        assertThat(board(null, "wijkteam-noord", 5).items()).extracting(DeadlineBoard.Item::caseId)
                .doesNotContain(leiden.caseId());
    }

    @Test
    void aReaderSeesOnlyTheCasesOfTheirRegionAndOrganisationWhateverTheyAskFor() {
        CaseEvents dordrecht = openCase();
        dordrecht.by("regisseur", "sociaal-team-dordrecht", "COORDINATOR")
                .add(new CoordinatorAppointed(dordrecht.caseId(), new Coordinator("regisseur", "wijkteam-noord")));
        dordrecht.add(new TimeLimitSet(dordrecht.caseId(), TimeLimit.TRIAGE, null, NOW.plusSeconds(3600)));
        CaseEvents leiden = new CaseEvents(UUID.randomUUID(), NOW).by("melder", "huisarts-leiden", "CASE_WORKER");
        ReportReceived template = report(leiden.caseId(), List.of());
        leiden.add(new ReportReceived(leiden.caseId(), template.reportId(), template.household(),
                MunicipalityCode.of("GM0546"), "VT10", ContactType.REPORT, template.reporter(), template.formsOfViolence(),
                List.of(), null));
        leiden.add(new TimeLimitSet(leiden.caseId(), TimeLimit.TRIAGE, null, NOW.plusSeconds(7200)));
        deliver(dordrecht);
        deliver(leiden);

        FindDeadlines.Scope hollandsMidden = new FindDeadlines.Scope("VT10", "veilig-thuis-hollands-midden");
        assertThat(board(null, null, 5, hollandsMidden).items()).extracting(DeadlineBoard.Item::caseId)
                .containsExactly(leiden.caseId());
        assertThat(board("VT24", null, 5, hollandsMidden).items()).as("asking for another region widens nothing")
                .isEmpty();
        assertThat(board(null, "veilig-thuis-zhz", 5, hollandsMidden).items())
                .as("asking for another organisation widens nothing").isEmpty();
        FindDeadlines.Scope wijkteamElsewhere = new FindDeadlines.Scope("VT10", "wijkteam-noord");
        assertThat(board(null, null, 5, wijkteamElsewhere).items()).extracting(DeadlineBoard.Item::caseId)
                .as("its region's case, and the case it coordinates in another region")
                .containsExactlyInAnyOrder(leiden.caseId(), dordrecht.caseId());
        assertThat(board(null, null, 5, new FindDeadlines.Scope(null, "jeugdzorg-elders")).items())
                .as("no region, an organisation involved in nothing").isEmpty();
        assertThat(board(null, null, 5, new FindDeadlines.Scope(null, null)).items()).isEmpty();
    }

    @Test
    void theBoardShowsTheOpenEscalationStep() {
        CaseEvents events = openCase();
        events.add(new EscalationRaised(events.caseId(), EscalationStep.PROCESS_DIRECTOR, null, "acuut"));
        events.add(new TimeLimitSet(events.caseId(), TimeLimit.PROCESS_DIRECTOR, null, NOW.plusSeconds(3600)));
        deliver(events);

        assertThat(board(null, null, 1).items()).singleElement()
                .satisfies(item -> assertThat(item.escalationLevel()).isEqualTo(4));
    }

    @Test
    void theBoardFollowsTheProcessDirectorsDecisionsOnTheStep() {
        CaseEvents events = openCase();
        events.add(new InadequateCoordinationReported(events.caseId(), LocalDate.of(2026, 11, 2), "geen overleg",
                null));
        events.add(new TimeLimitSet(events.caseId(), TimeLimit.CARE_ORDER, "order-1", NOW.plusSeconds(3600)));
        deliver(events);
        assertThat(board(null, null, 1).items()).singleElement().satisfies(item -> {
            assertThat(item.escalationLevel()).as("a report of inadequate coordination").isEqualTo(4);
            assertThat(item.limit()).isEqualTo(TimeLimit.CARE_ORDER);
            assertThat(item.raisedWith()).isEqualTo(AccountableParty.PROCESS_DIRECTOR);
        });

        events.add(new EscalatedToMeldpuntManager(events.caseId(), "wachtlijst", "gemeente koopt in"));
        deliver(events);
        assertThat(board(null, null, 1).items().get(0).escalationLevel()).isEqualTo(5);

        events.add(new CoordinationReturned(events.caseId(), new Coordinator("m.smit", "jeugdhulp-dordrecht"), null));
        deliver(events);
        assertThat(board(null, null, 1).items().get(0).escalationLevel()).as("coordination returned").isNull();
    }

    @Test
    void consultingThePartyManagersIsStepThreeOnTheBoard() {
        CaseEvents events = openCase();
        events.add(new InadequateCoordinationReported(events.caseId(), LocalDate.of(2026, 11, 2), "geen overleg",
                null));
        events.add(new PartyManagersConsulted(events.caseId()));
        events.add(new TimeLimitSet(events.caseId(), TimeLimit.TASK, "task-1", NOW.plusSeconds(3600)));
        deliver(events);

        assertThat(board(null, null, 1).items()).singleElement()
                .satisfies(item -> assertThat(item.escalationLevel()).isEqualTo(3));
    }

    @Test
    void aRedeliveredEventChangesNothingAndAResetEmptiesTheBoard() {
        CaseEvents events = openCase();
        events.add(new TimeLimitSet(events.caseId(), TimeLimit.TRIAGE, null, NOW.plusSeconds(3600)));
        deliver(events);
        deliver(events);
        assertThat(board(null, null, 5).total()).isEqualTo(1);

        handler.prepareReset(null);
        assertThat(board(null, null, 5).total()).isZero();
    }
}
