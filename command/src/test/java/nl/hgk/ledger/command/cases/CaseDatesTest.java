package nl.hgk.ledger.command.cases;

import static nl.hgk.ledger.command.cases.CaseTestData.CASE_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.CHILD_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.COORDINATOR;
import static nl.hgk.ledger.command.cases.CaseTestData.HOUSEHOLD;
import static nl.hgk.ledger.command.cases.CaseTestData.LEIDEN;
import static nl.hgk.ledger.command.cases.CaseTestData.PERPETRATOR_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.REPORT_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.SECOND_REPORT_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.TEACHER;
import static nl.hgk.ledger.command.cases.CaseTestData.caseOpened;
import static nl.hgk.ledger.command.cases.CaseTestData.eventsBesidesTimeLimits;
import static nl.hgk.ledger.command.cases.CaseTestData.refusedWith;
import static nl.hgk.ledger.command.cases.CaseTestData.withReason;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.coordination.FamilyPlan;
import nl.hgk.ledger.events.coordination.FamilyPlanAdopted;
import nl.hgk.ledger.events.coordination.FamilyPlanRevised;
import nl.hgk.ledger.events.coordination.Goal;
import nl.hgk.ledger.events.coordination.LifeDomain;
import nl.hgk.ledger.events.coordination.PlanTask;
import nl.hgk.ledger.events.coordination.TaskStatus;
import nl.hgk.ledger.events.huisverbod.HuisverbodEndReason;
import nl.hgk.ledger.events.huisverbod.HuisverbodEnded;
import nl.hgk.ledger.events.huisverbod.HuisverbodImposed;
import nl.hgk.ledger.events.intake.ContactType;
import nl.hgk.ledger.events.intake.FormOfViolence;
import nl.hgk.ledger.events.person.InvolvedPerson;
import nl.hgk.ledger.events.person.PersonRole;
import nl.hgk.ledger.events.person.PersonalData;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/**
 * Every date a command carries lies where it can: a huisverbod is recorded on the day it is imposed or just after,
 * never ahead; it ends no later than today and expires only at its end; a plan sets no date already past; nobody is
 * born tomorrow. A wrong date would record a family wrongly (a case blocked for years, a huisverbod ended too soon).
 */
class CaseDatesTest {

    /** Wednesday 12 March 2025, 10:00 in Amsterdam */
    private static final Instant NOW = Instant.parse("2025-03-12T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 12);
    private static final UUID TASK_ID = UUID.fromString("c1a5e3d0-0000-4000-8000-0000000000aa");

    private final FixtureConfiguration<Case> fixture = FixtureClock.caseFixture();

    // --- huisverbod -----------------------------------------------------------------------------------------------

    @Test
    void aHuisverbodImposedTomorrowIsRefused() {
        fixture.givenCurrentTime(NOW).andGiven(caseOpened())
                .when(new ImposeHuisverbod(CASE_ID, PERPETRATOR_ID, TODAY.plusDays(1), null))
                .expectException(refusedWith(Refusal.HUISVERBOD_IMPOSED_IN_FUTURE))
                .expectNoEvents();
    }

    @Test
    void aHuisverbodImposedYearsAheadIsRefused() {
        fixture.givenCurrentTime(NOW).andGiven(caseOpened())
                .when(new ImposeHuisverbod(CASE_ID, PERPETRATOR_ID, LocalDate.of(2030, 1, 1), null))
                .expectException(refusedWith(Refusal.HUISVERBOD_IMPOSED_IN_FUTURE))
                .expectNoEvents();
    }

    @Test
    void aHuisverbodImposedThreeDaysAgoIsRecorded() {
        LocalDate imposedOn = TODAY.minusDays(3);
        fixture.givenCurrentTime(NOW).andGiven(caseOpened())
                .when(new ImposeHuisverbod(CASE_ID, PERPETRATOR_ID, imposedOn, null))
                .expectEventsMatching(eventsBesidesTimeLimits(
                        new HuisverbodImposed(CASE_ID, PERPETRATOR_ID, imposedOn, imposedOn.plusDays(10))));
    }

    @Test
    void aHuisverbodImposedFourDaysAgoIsRefused() {
        fixture.givenCurrentTime(NOW).andGiven(caseOpened())
                .when(new ImposeHuisverbod(CASE_ID, PERPETRATOR_ID, TODAY.minusDays(4), null))
                .expectException(refusedWith(Refusal.HUISVERBOD_IMPOSED_TOO_LONG_AGO))
                .expectNoEvents();
    }

    @Test
    void aHuisverbodImposedYearsAgoIsRefused() {
        fixture.givenCurrentTime(NOW).andGiven(caseOpened())
                .when(new ImposeHuisverbod(CASE_ID, PERPETRATOR_ID, LocalDate.of(2020, 1, 1), null))
                .expectException(refusedWith(Refusal.HUISVERBOD_IMPOSED_TOO_LONG_AGO))
                .expectNoEvents();
    }

    private static HuisverbodImposed imposedTwoDaysAgo() {
        return new HuisverbodImposed(CASE_ID, PERPETRATOR_ID, TODAY.minusDays(2), TODAY.plusDays(8));
    }

    @Test
    void aHuisverbodDoesNotEndInTheFuture() {
        fixture.givenCurrentTime(NOW).andGiven(caseOpened(), imposedTwoDaysAgo())
                .when(new EndHuisverbod(CASE_ID, TODAY.plusDays(1), HuisverbodEndReason.LIFTED_BY_MAYOR, null))
                .expectException(refusedWith(Refusal.END_IN_FUTURE))
                .expectNoEvents();
    }

    @Test
    void aHuisverbodExpiresOnlyAtItsEnd() {
        fixture.givenCurrentTime(NOW).andGiven(caseOpened(), imposedTwoDaysAgo())
                .when(new EndHuisverbod(CASE_ID, TODAY, HuisverbodEndReason.EXPIRED, null))
                .expectException(refusedWith(Refusal.EXPIRED_BEFORE_END))
                .expectNoEvents();
    }

    @Test
    void anExpiryTwentyDaysAheadIsRefusedAsInTheFuture() {
        fixture.givenCurrentTime(NOW).andGiven(caseOpened(), imposedTwoDaysAgo())
                .when(new EndHuisverbod(CASE_ID, TODAY.plusDays(20), HuisverbodEndReason.EXPIRED, null))
                .expectException(refusedWith(Refusal.END_IN_FUTURE))
                .expectNoEvents();
    }

    @Test
    void aHuisverbodLiftedTodayEnds() {
        fixture.givenCurrentTime(NOW).andGiven(caseOpened(), imposedTwoDaysAgo())
                .when(new EndHuisverbod(CASE_ID, TODAY, HuisverbodEndReason.LIFTED_BY_MAYOR, null))
                .expectEventsMatching(eventsBesidesTimeLimits(
                        new HuisverbodEnded(CASE_ID, TODAY, HuisverbodEndReason.LIFTED_BY_MAYOR)));
    }

    @Test
    void aHuisverbodExpiresOnItsLastDay() {
        Instant lastDay = Instant.parse("2025-03-20T09:00:00Z");
        fixture.givenCurrentTime(lastDay).andGiven(caseOpened(), imposedTwoDaysAgo())
                .when(new EndHuisverbod(CASE_ID, TODAY.plusDays(8), HuisverbodEndReason.EXPIRED, null))
                .expectEventsMatching(eventsBesidesTimeLimits(
                        new HuisverbodEnded(CASE_ID, TODAY.plusDays(8), HuisverbodEndReason.EXPIRED)));
    }

    // --- the family plan ------------------------------------------------------------------------------------------

    private static FamilyPlan plan(LocalDate taskDue, TaskStatus status, List<LocalDate> evaluationDates) {
        return new FamilyPlan(List.of(new Goal(LifeDomain.SAFETY, "no more violence at home")),
                List.of(new PlanTask(TASK_ID, "weekly home visit", "Wijkteam Leiden Noord", taskDue, status)),
                List.of("mother calls 112 when threatened"), evaluationDates,
                CaseTestData.householdConsents());
    }

    @Test
    void aPlanWithAnEvaluationDateThatPassedIsRefused() {
        fixture.givenCurrentTime(NOW).andGiven(caseOpened(), new CoordinatorAppointed(CASE_ID, COORDINATOR))
                .when(new AdoptFamilyPlan(CASE_ID, plan(TODAY.plusDays(7), TaskStatus.PLANNED,
                        List.of(TODAY.minusDays(1))), null))
                .expectException(refusedWith(Refusal.EVALUATION_DATE_IN_PAST))
                .expectNoEvents();
    }

    @Test
    void aPlanWithAnOpenTaskDueOnADayThatPassedIsRefused() {
        fixture.givenCurrentTime(NOW).andGiven(caseOpened(), new CoordinatorAppointed(CASE_ID, COORDINATOR))
                .when(new AdoptFamilyPlan(CASE_ID, plan(TODAY.minusDays(1), TaskStatus.PLANNED,
                        List.of(TODAY.plusDays(30))), null))
                .expectException(refusedWith(Refusal.DUE_DATE_IN_PAST))
                .expectNoEvents();
    }

    @Test
    void aPlanWithDatesFromTodayIsAdopted() {
        FamilyPlan plan = plan(TODAY, TaskStatus.PLANNED, List.of(TODAY));
        fixture.givenCurrentTime(NOW).andGiven(caseOpened(), new CoordinatorAppointed(CASE_ID, COORDINATOR))
                .when(new AdoptFamilyPlan(CASE_ID, plan, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new FamilyPlanAdopted(CASE_ID, 1, plan)));
    }

    @Test
    void aRevisionKeepsDatesThatPassedSinceTheyWereSet() {
        FamilyPlan adopted = plan(TODAY.minusDays(5), TaskStatus.PLANNED, List.of(TODAY.minusDays(2)));
        FamilyPlan revised = plan(TODAY.minusDays(5), TaskStatus.STARTED, List.of(TODAY.minusDays(2)));
        fixture.givenCurrentTime(NOW)
                .andGiven(caseOpened(), new CoordinatorAppointed(CASE_ID, COORDINATOR),
                        new FamilyPlanAdopted(CASE_ID, 1, adopted))
                .when(new ReviseFamilyPlan(CASE_ID, 2, revised, null), withReason("thuisbezoeken begonnen"))
                .expectEventsMatching(eventsBesidesTimeLimits(new FamilyPlanRevised(CASE_ID, 2, revised)));
    }

    @Test
    void aRevisionCannotMoveATaskToADayThatPassed() {
        FamilyPlan adopted = plan(TODAY.plusDays(5), TaskStatus.PLANNED, List.of(TODAY.plusDays(30)));
        fixture.givenCurrentTime(NOW)
                .andGiven(caseOpened(), new CoordinatorAppointed(CASE_ID, COORDINATOR),
                        new FamilyPlanAdopted(CASE_ID, 1, adopted))
                .when(new ReviseFamilyPlan(CASE_ID, 2, plan(TODAY.minusDays(1), TaskStatus.PLANNED,
                        List.of(TODAY.plusDays(30))), null), withReason("verzet"))
                .expectException(refusedWith(Refusal.DUE_DATE_IN_PAST))
                .expectNoEvents();
    }

    @Test
    void aTaskAlreadyDoneMayBeDatedInThePast() {
        FamilyPlan plan = plan(TODAY.minusDays(3), TaskStatus.DONE, List.of(TODAY.plusDays(30)));
        fixture.givenCurrentTime(NOW).andGiven(caseOpened(), new CoordinatorAppointed(CASE_ID, COORDINATOR))
                .when(new AdoptFamilyPlan(CASE_ID, plan, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new FamilyPlanAdopted(CASE_ID, 1, plan)));
    }

    // --- birth dates ----------------------------------------------------------------------------------------------

    private static Report reportWithChildBornOn(UUID reportId, LocalDate birthDate) {
        return new Report(reportId, HOUSEHOLD, LEIDEN, ContactType.REPORT, TEACHER,
                Set.of(FormOfViolence.CHILD_PHYSICAL_ABUSE),
                List.of(new InvolvedPerson(CHILD_ID, PersonRole.CHILD,
                        new PersonalData("Sam de Boer", null, birthDate, null, null))));
    }

    @Test
    void aReportAboutSomeoneBornTomorrowIsRefused() {
        fixture.givenCurrentTime(NOW)
                .when(new ReceiveReport(CASE_ID, reportWithChildBornOn(REPORT_ID, TODAY.plusDays(1)), null))
                .expectException(refusedWith(Refusal.BIRTH_DATE_IN_FUTURE))
                .expectNoEvents();
    }

    @Test
    void aBundledReportAboutSomeoneBornTomorrowIsRefused() {
        fixture.givenCurrentTime(NOW).andGiven(caseOpened())
                .when(new ReceiveReport(CASE_ID, reportWithChildBornOn(SECOND_REPORT_ID, TODAY.plusDays(1)), null))
                .expectException(refusedWith(Refusal.BIRTH_DATE_IN_FUTURE))
                .expectNoEvents();
    }

    @Test
    void aChildBornTodayIsRecorded() {
        fixture.givenCurrentTime(NOW)
                .when(new ReceiveReport(CASE_ID, reportWithChildBornOn(REPORT_ID, TODAY), null))
                .expectSuccessfulHandlerExecution();
    }
}
