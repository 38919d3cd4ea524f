package nl.hgk.ledger.command.cases;

import static nl.hgk.ledger.command.cases.CaseTestData.CASE_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.COORDINATOR;
import static nl.hgk.ledger.command.cases.CaseTestData.caseOpened;
import static nl.hgk.ledger.command.cases.CaseTestData.refusedWith;
import static nl.hgk.ledger.command.cases.CaseTestData.withReason;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.hgk.ledger.events.closure.CaseClosed;
import nl.hgk.ledger.events.closure.ClosureReason;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.coordination.FamilyPlan;
import nl.hgk.ledger.events.coordination.FamilyPlanAdopted;
import nl.hgk.ledger.events.coordination.FamilyPlanEvaluated;
import nl.hgk.ledger.events.coordination.FamilyPlanRevised;
import nl.hgk.ledger.events.coordination.Goal;
import nl.hgk.ledger.events.coordination.LifeDomain;
import nl.hgk.ledger.events.coordination.PlanTask;
import nl.hgk.ledger.events.coordination.TaskStatus;
import nl.hgk.ledger.events.deadlines.DeadlineMissed;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.deadlines.TimeLimitCleared;
import nl.hgk.ledger.events.deadlines.TimeLimitOutcome;
import nl.hgk.ledger.events.deadlines.TimeLimitSet;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;

/**
 * The plan's own limits: each open task by the end of its due date, each evaluation date evaluated. A revision meets,
 * withdraws or moves them; an evaluation meets its date.
 */
class CasePlanLimitsTest {

    private static final UUID TASK_ID = UUID.fromString("c1a5e3d0-0000-4000-8000-000000000001");
    private static final String TASK = TASK_ID.toString();
    /** Monday 3 March 2025, 10:00 in Amsterdam (winter time) */
    private static final Instant ADOPTED = Instant.parse("2025-03-03T09:00:00Z");
    private static final LocalDate TASK_DUE_DATE = LocalDate.of(2025, 4, 14);
    /** the end of Monday 14 April 2025 in Amsterdam (summer time) */
    private static final Instant TASK_DUE = Instant.parse("2025-04-14T22:00:00Z");
    private static final LocalDate EVALUATION_DATE = LocalDate.of(2025, 6, 3);
    private static final String EVALUATION = EVALUATION_DATE.toString();
    /** the end of Tuesday 3 June 2025 in Amsterdam */
    private static final Instant EVALUATION_DUE = Instant.parse("2025-06-03T22:00:00Z");

    private final FixtureConfiguration<Case> fixture = FixtureClock.caseFixture();

    private static FamilyPlan plan(TaskStatus status, LocalDate taskDue, List<LocalDate> evaluationDates) {
        return new FamilyPlan(List.of(new Goal(LifeDomain.SAFETY, "geen geweld meer thuis")),
                List.of(new PlanTask(TASK_ID, "wekelijks huisbezoek", "Wijkteam Leiden Noord", taskDue, status)),
                List.of("vader komt niet dronken thuis"), evaluationDates,
                CaseTestData.householdConsents());
    }

    private static FamilyPlan firstPlan() {
        return plan(TaskStatus.PLANNED, TASK_DUE_DATE, List.of(EVALUATION_DATE));
    }

    private static TimeLimitSet set(TimeLimit limit, String subject, Instant dueAt) {
        return new TimeLimitSet(CASE_ID, limit, subject, dueAt);
    }

    private static TimeLimitCleared cleared(TimeLimit limit, String subject, Instant dueAt,
                                            TimeLimitOutcome outcome) {
        return new TimeLimitCleared(CASE_ID, limit, subject, dueAt, outcome);
    }

    /** a case whose first plan was adopted, with the limits adopting it set */
    private TestExecutor<Case> planAdopted(Instant now) {
        return fixture.givenCurrentTime(now)
                .andGiven(caseOpened(), new CoordinatorAppointed(CASE_ID, COORDINATOR),
                        new FamilyPlanAdopted(CASE_ID, 1, firstPlan()),
                        set(TimeLimit.TASK, TASK, TASK_DUE), set(TimeLimit.PLAN_EVALUATION, EVALUATION, EVALUATION_DUE));
    }

    private static ReviseFamilyPlan revision(FamilyPlan plan) {
        return new ReviseFamilyPlan(CASE_ID, 2, plan, null);
    }

    @Test
    void adoptingThePlanSetsALimitForEachOpenTaskAndEachEvaluationDate() {
        fixture.givenCurrentTime(ADOPTED)
                .andGiven(caseOpened(), new CoordinatorAppointed(CASE_ID, COORDINATOR))
                .when(new AdoptFamilyPlan(CASE_ID, firstPlan(), null))
                .expectEvents(new FamilyPlanAdopted(CASE_ID, 1, firstPlan()),
                        set(TimeLimit.TASK, TASK, TASK_DUE),
                        set(TimeLimit.PLAN_EVALUATION, EVALUATION, EVALUATION_DUE))
                .expectScheduledDeadline(TASK_DUE, new TimeLimits.Due(TimeLimit.TASK, TASK, TASK_DUE))
                .expectScheduledDeadline(EVALUATION_DUE,
                        new TimeLimits.Due(TimeLimit.PLAN_EVALUATION, EVALUATION, EVALUATION_DUE));
    }

    @Test
    void aTaskAlreadyDoneOrStoppedInThePlanHasNoLimit() {
        FamilyPlan done = plan(TaskStatus.DONE, TASK_DUE_DATE, List.of());
        fixture.givenCurrentTime(ADOPTED)
                .andGiven(caseOpened(), new CoordinatorAppointed(CASE_ID, COORDINATOR))
                .when(new AdoptFamilyPlan(CASE_ID, done, null))
                .expectEvents(new FamilyPlanAdopted(CASE_ID, 1, done))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aRevisionWithTheTaskDoneInTimeMeetsItsLimit() {
        FamilyPlan done = plan(TaskStatus.DONE, TASK_DUE_DATE, List.of(EVALUATION_DATE));
        planAdopted(ADOPTED)
                .when(revision(done), withReason("huisbezoeken afgerond"))
                .expectEvents(new FamilyPlanRevised(CASE_ID, 2, done),
                        cleared(TimeLimit.TASK, TASK, TASK_DUE, TimeLimitOutcome.MET));
    }

    @Test
    void aRevisionWithTheTaskStoppedWithdrawsItsLimit() {
        FamilyPlan stopped = plan(TaskStatus.STOPPED, TASK_DUE_DATE, List.of(EVALUATION_DATE));
        planAdopted(ADOPTED)
                .when(revision(stopped), withReason("andere hulp ingezet"))
                .expectEvents(new FamilyPlanRevised(CASE_ID, 2, stopped),
                        cleared(TimeLimit.TASK, TASK, TASK_DUE, TimeLimitOutcome.WITHDRAWN));
    }

    @Test
    void aRevisionThatMovesTheDueDateMovesTheLimitAndItsDeadline() {
        LocalDate later = LocalDate.of(2025, 4, 28);
        Instant laterDue = Instant.parse("2025-04-28T22:00:00Z");
        FamilyPlan moved = plan(TaskStatus.STARTED, later, List.of(EVALUATION_DATE));
        planAdopted(ADOPTED)
                .when(revision(moved), withReason("wachtlijst"))
                .expectEvents(new FamilyPlanRevised(CASE_ID, 2, moved), set(TimeLimit.TASK, TASK, laterDue))
                .expectScheduledDeadline(laterDue, new TimeLimits.Due(TimeLimit.TASK, TASK, laterDue))
                .expectNoScheduledDeadlineWithName(TASK_DUE, TimeLimits.TASK);
    }

    @Test
    void aRevisionWithoutAnEvaluationDateWithdrawsItAndSetsTheNewOne() {
        LocalDate other = LocalDate.of(2025, 7, 1);
        FamilyPlan replanned = plan(TaskStatus.PLANNED, TASK_DUE_DATE, List.of(other));
        planAdopted(ADOPTED)
                .when(revision(replanned), withReason("evaluatie verplaatst"))
                .expectEvents(new FamilyPlanRevised(CASE_ID, 2, replanned),
                        cleared(TimeLimit.PLAN_EVALUATION, EVALUATION, EVALUATION_DUE, TimeLimitOutcome.WITHDRAWN),
                        set(TimeLimit.PLAN_EVALUATION, other.toString(), Instant.parse("2025-07-01T22:00:00Z")));
    }

    @Test
    void evaluatingThePlanOnItsDateMeetsTheEvaluationLimit() {
        planAdopted(Instant.parse("2025-06-03T12:00:00Z"))
                .when(new EvaluateFamilyPlan(CASE_ID, EVALUATION_DATE, null))
                .expectEvents(new FamilyPlanEvaluated(CASE_ID, 1, EVALUATION_DATE),
                        cleared(TimeLimit.PLAN_EVALUATION, EVALUATION, EVALUATION_DUE, TimeLimitOutcome.MET))
                .expectResultMessagePayload(6L);
    }

    @Test
    void aTaskNotDoneByItsDueDateIsRecordedAsMissed() {
        fixture.givenCurrentTime(ADOPTED)
                .andGiven(caseOpened(), new CoordinatorAppointed(CASE_ID, COORDINATOR))
                .andGivenCommands(new AdoptFamilyPlan(CASE_ID, firstPlan(), null))
                .whenTimeAdvancesTo(TASK_DUE)
                .expectTriggeredDeadlinesWithName(TimeLimits.TASK)
                .expectEvents(new DeadlineMissed(CASE_ID, TimeLimit.TASK, TASK, TASK_DUE))
                .expectScheduledDeadlineWithName(EVALUATION_DUE, TimeLimits.PLAN_EVALUATION);
    }

    @Test
    void anEvaluationNotRecordedByTheEndOfItsDateIsRecordedAsMissed() {
        fixture.givenCurrentTime(ADOPTED)
                .andGiven(caseOpened(), new CoordinatorAppointed(CASE_ID, COORDINATOR))
                .andGivenCommands(new AdoptFamilyPlan(CASE_ID, plan(TaskStatus.DONE, TASK_DUE_DATE,
                        List.of(EVALUATION_DATE)), null))
                .whenTimeAdvancesTo(EVALUATION_DUE)
                .expectTriggeredDeadlinesWithName(TimeLimits.PLAN_EVALUATION)
                .expectEvents(new DeadlineMissed(CASE_ID, TimeLimit.PLAN_EVALUATION, EVALUATION, EVALUATION_DUE));
    }

    @Test
    void aTaskDoneAfterItWasMissedMeetsItsLimitLate() {
        FamilyPlan done = plan(TaskStatus.DONE, TASK_DUE_DATE, List.of(EVALUATION_DATE));
        planAdopted(TASK_DUE.plusSeconds(3600))
                .andGiven(new DeadlineMissed(CASE_ID, TimeLimit.TASK, TASK, TASK_DUE))
                .when(revision(done), withReason("alsnog gedaan"))
                .expectEvents(new FamilyPlanRevised(CASE_ID, 2, done),
                        cleared(TimeLimit.TASK, TASK, TASK_DUE, TimeLimitOutcome.MET_LATE));
    }

    @Test
    void closingTheCaseWithdrawsThePlansLimits() {
        planAdopted(ADOPTED)
                .when(new CloseCase(CASE_ID, ClosureReason.CARE_COMPLETED, null))
                .expectEvents(new CaseClosed(CASE_ID, ClosureReason.CARE_COMPLETED),
                        cleared(TimeLimit.TASK, TASK, TASK_DUE, TimeLimitOutcome.WITHDRAWN),
                        cleared(TimeLimit.PLAN_EVALUATION, EVALUATION, EVALUATION_DUE, TimeLimitOutcome.WITHDRAWN))
                .expectNoScheduledDeadlines();
    }

    @Test
    void evaluatingWithoutAPlanIsRefused() {
        fixture.givenCurrentTime(ADOPTED)
                .andGiven(caseOpened())
                .when(new EvaluateFamilyPlan(CASE_ID, EVALUATION_DATE, null))
                .expectException(refusedWith(Refusal.NO_PLAN))
                .expectNoEvents();
    }

    @Test
    void evaluatingADateThePlanDoesNotHaveIsRefused() {
        planAdopted(ADOPTED)
                .when(new EvaluateFamilyPlan(CASE_ID, EVALUATION_DATE.plusDays(1), null))
                .expectException(refusedWith(Refusal.NOT_AN_EVALUATION_DATE))
                .expectNoEvents();
    }

    @Test
    void evaluatingADateTwiceIsRefused() {
        planAdopted(ADOPTED)
                .andGiven(new FamilyPlanEvaluated(CASE_ID, 1, EVALUATION_DATE))
                .when(new EvaluateFamilyPlan(CASE_ID, EVALUATION_DATE, null))
                .expectException(refusedWith(Refusal.EVALUATION_ALREADY_RECORDED))
                .expectNoEvents();
    }
}
