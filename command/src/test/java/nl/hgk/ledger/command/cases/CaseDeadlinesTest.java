package nl.hgk.ledger.command.cases;

import static nl.hgk.ledger.command.cases.CaseTestData.CASE_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.COORDINATOR;
import static nl.hgk.ledger.command.cases.CaseTestData.PERPETRATOR_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.REPORT_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.SECOND_REPORT_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.adviceRequest;
import static nl.hgk.ledger.command.cases.CaseTestData.caseOpened;
import static nl.hgk.ledger.command.cases.CaseTestData.coordinatorAppointed;
import static nl.hgk.ledger.command.cases.CaseTestData.received;
import static nl.hgk.ledger.command.cases.CaseTestData.report;
import static nl.hgk.ledger.command.cases.CaseTestData.withReason;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.hgk.ledger.calendar.WorkingDayCalendars;
import nl.hgk.ledger.events.closure.CaseClosed;
import nl.hgk.ledger.events.closure.ClosureReason;
import nl.hgk.ledger.events.deadlines.DeadlineMissed;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.deadlines.TimeLimitCleared;
import nl.hgk.ledger.events.deadlines.TimeLimitOutcome;
import nl.hgk.ledger.events.deadlines.TimeLimitSet;
import nl.hgk.ledger.events.escalation.EscalationRaised;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.events.huisverbod.HuisverbodEndReason;
import nl.hgk.ledger.events.huisverbod.HuisverbodEnded;
import nl.hgk.ledger.events.huisverbod.HuisverbodExtended;
import nl.hgk.ledger.events.huisverbod.HuisverbodImposed;
import nl.hgk.ledger.events.triage.CodeAssigned;
import nl.hgk.ledger.events.triage.InvestigationConcluded;
import nl.hgk.ledger.events.triage.InvestigationConclusion;
import nl.hgk.ledger.events.triage.InvestigationStarted;
import nl.hgk.ledger.events.triage.SafetyCode;
import nl.hgk.ledger.events.triage.TriageDecided;
import nl.hgk.ledger.events.triage.TriageOutcome;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;

/**
 * The time limits of a case on the fixture's clock: the triage limit of 5 working days, the investigation norm of
 * 10 weeks and the end of a huisverbod; each scheduled by the command that starts it, cancelled by the command that
 * meets it, and, when time passes it, recorded by the ledger itself.
 */
class CaseDeadlinesTest {

    /** Thursday 17 April 2025, 10:00 in Amsterdam (summer time, UTC+2) */
    private static final Instant THURSDAY_BEFORE_EASTER = Instant.parse("2025-04-17T08:00:00Z");
    /*
     * The fifth working day after Thursday 17 April 2025:
     *   Fri 18 April  Goede Vrijdag (a public holiday of the Algemene termijnenwet)  -
     *   Sat 19, Sun 20 April  weekend                                                -
     *   Mon 21 April  Tweede Paasdag                                                 -
     *   Tue 22 April                                                                 1
     *   Wed 23 April                                                                 2
     *   Thu 24 April                                                                 3
     *   Fri 25 April                                                                 4
     *   Sat 26 April  weekend (and Koningsdag, moved from Sunday 27 April)           -
     *   Sun 27 April  weekend                                                        -
     *   Mon 28 April                                                                 5
     * The limit runs out when Monday 28 April is over: midnight in Amsterdam, 22:00 UTC.
     */
    private static final Instant TRIAGE_DUE = Instant.parse("2025-04-28T22:00:00Z");

    /** Tuesday 6 May 2025, 11:30 in Amsterdam */
    private static final Instant INVESTIGATION_STARTS = Instant.parse("2025-05-06T09:30:00Z");
    /** ten weeks (70 days) later */
    private static final Instant INVESTIGATION_DUE = Instant.parse("2025-07-15T09:30:00Z");

    /** Friday 20 November 2026, 09:00 in Amsterdam (winter time, UTC+1) */
    private static final Instant HUISVERBOD_DAY = Instant.parse("2026-11-20T08:00:00Z");
    private static final LocalDate IMPOSED_ON = LocalDate.of(2026, 11, 20);
    /** ten days after imposition */
    private static final LocalDate FIRST_END = LocalDate.of(2026, 11, 30);
    /** the start of 1 December in Amsterdam: the protection holds the whole of 30 November */
    private static final Instant FIRST_END_MOMENT = Instant.parse("2026-11-30T23:00:00Z");
    /** 28 days after imposition, the longest a huisverbod lasts */
    private static final LocalDate EXTENDED_END = LocalDate.of(2026, 12, 18);
    /** the start of 19 December in Amsterdam */
    private static final Instant EXTENDED_END_MOMENT = Instant.parse("2026-12-18T23:00:00Z");

    private final FixtureConfiguration<Case> fixture = FixtureClock.caseFixture();

    private static ReceiveReport openedByReport() {
        return new ReceiveReport(CASE_ID, report(REPORT_ID), null);
    }

    private static CommandMessage<RaiseEscalation> escalate(EscalationStep step, String urgencyReason) {
        return GenericCommandMessage.<RaiseEscalation>asCommandMessage(
                        new RaiseEscalation(CASE_ID, step, urgencyReason, null))
                .andMetaData(withReason("the family does not cooperate"));
    }

    private static DeadlineMissed triageMissed() {
        return new DeadlineMissed(CASE_ID, TimeLimit.TRIAGE, null, TRIAGE_DUE);
    }

    private static TimeLimitSet set(TimeLimit limit, Instant dueAt) {
        return new TimeLimitSet(CASE_ID, limit, null, dueAt);
    }

    private static TimeLimitCleared cleared(TimeLimit limit, Instant dueAt, TimeLimitOutcome outcome) {
        return new TimeLimitCleared(CASE_ID, limit, null, dueAt, outcome);
    }

    // --- Triage: scheduling ---------------------------------------------------------------------------------------

    @Test
    void aCaseOpenedByAReportHasTriageDueAtTheEndOfTheFifthWorkingDayAfterReceipt() {
        fixture.givenCurrentTime(THURSDAY_BEFORE_EASTER)
                .when(openedByReport())
                .expectEvents(caseOpened(), set(TimeLimit.TRIAGE, TRIAGE_DUE))
                .expectScheduledDeadlineWithName(TRIAGE_DUE, TimeLimits.TRIAGE)
                .expectScheduledDeadline(TRIAGE_DUE, new TimeLimits.Due(TimeLimit.TRIAGE, null, TRIAGE_DUE));
    }

    @Test
    void anExtraClosingDayOfTheCasesRegionDoesNotCount() {
        // Leiden (GM0546) lies in Hollands Midden (VT10); that region is closed on Tuesday 22 April, so the fifth
        // working day moves from Monday 28 to Tuesday 29 April; another region's closing day changes nothing
        Instant later = Instant.parse("2025-04-29T22:00:00Z");
        WorkingDayCalendars calendars = WorkingDayCalendars.of(List.of(),
                Map.of("VT10", List.of(LocalDate.of(2025, 4, 22)), "VT24", List.of(LocalDate.of(2025, 4, 23))));
        FixtureClock.caseFixture(calendars).givenCurrentTime(THURSDAY_BEFORE_EASTER)
                .when(openedByReport())
                .expectEvents(caseOpened(), set(TimeLimit.TRIAGE, later))
                .expectScheduledDeadlineWithName(later, TimeLimits.TRIAGE);
    }

    @Test
    void aCaseOpenedByAnAdviceRequestHasNoTriageLimit() {
        fixture.givenCurrentTime(THURSDAY_BEFORE_EASTER)
                .when(new ReceiveReport(CASE_ID, adviceRequest(REPORT_ID), null))
                .expectEvents(received(adviceRequest(REPORT_ID)))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aReportBundledIntoACaseWithNoReportAwaitingTriageStartsTheTriageLimit() {
        fixture.givenCurrentTime(THURSDAY_BEFORE_EASTER)
                .andGiven(received(adviceRequest(REPORT_ID)))
                .when(new ReceiveReport(CASE_ID, report(SECOND_REPORT_ID), null))
                .expectEvents(received(report(SECOND_REPORT_ID)), set(TimeLimit.TRIAGE, TRIAGE_DUE))
                .expectScheduledDeadlineWithName(TRIAGE_DUE, TimeLimits.TRIAGE);
    }

    @Test
    void aReportBundledAfterTheLastTriageStartsANewTriageLimit() {
        fixture.givenCurrentTime(THURSDAY_BEFORE_EASTER)
                .andGiven(caseOpened(), new CodeAssigned(CASE_ID, SafetyCode.GREEN, null,
                                SafetyCode.GREEN.processDirection()),
                        new TriageDecided(CASE_ID, TriageOutcome.LOCAL_FIELD))
                .when(new ReceiveReport(CASE_ID, report(SECOND_REPORT_ID), null))
                .expectEvents(received(report(SECOND_REPORT_ID)), set(TimeLimit.TRIAGE, TRIAGE_DUE))
                .expectScheduledDeadlineWithName(TRIAGE_DUE, TimeLimits.TRIAGE);
    }

    @Test
    void aSecondReportWhileOneAwaitsTriageSchedulesNoOtherLimit() {
        // the first report came in as a given event, so its limit is not in the fixture's deadline manager:
        // whatever is scheduled now would be the second report's
        fixture.givenCurrentTime(THURSDAY_BEFORE_EASTER)
                .andGiven(caseOpened())
                .when(new ReceiveReport(CASE_ID, report(SECOND_REPORT_ID), null))
                .expectEvents(received(report(SECOND_REPORT_ID)))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aBundledAdviceRequestSchedulesNoTriageLimit() {
        fixture.givenCurrentTime(THURSDAY_BEFORE_EASTER)
                .andGiven(received(adviceRequest(REPORT_ID)))
                .when(new ReceiveReport(CASE_ID, adviceRequest(SECOND_REPORT_ID), null))
                .expectEvents(received(adviceRequest(SECOND_REPORT_ID)))
                .expectNoScheduledDeadlines();
    }

    // --- Triage: met in time --------------------------------------------------------------------------------------

    @Test
    void decidingTriageInTimeCancelsTheTriageLimit() {
        fixture.givenCurrentTime(THURSDAY_BEFORE_EASTER)
                .andGivenCommands(openedByReport(), new AssignCode(CASE_ID, SafetyCode.ORANGE, null))
                .when(new DecideTriage(CASE_ID, TriageOutcome.VEILIG_THUIS_INVESTIGATION, null))
                .expectEvents(new TriageDecided(CASE_ID, TriageOutcome.VEILIG_THUIS_INVESTIGATION),
                        cleared(TimeLimit.TRIAGE, TRIAGE_DUE, TimeLimitOutcome.MET))
                .expectNoScheduledDeadlineWithName(TRIAGE_DUE, TimeLimits.TRIAGE)
                .expectNoScheduledDeadlines();
    }

    @Test
    void afterTriageWasDecidedInTimeThePassingOfTheLimitRecordsNothing() {
        fixture.givenCurrentTime(THURSDAY_BEFORE_EASTER)
                .andGivenCommands(openedByReport(), new AssignCode(CASE_ID, SafetyCode.ORANGE, null),
                        new DecideTriage(CASE_ID, TriageOutcome.LOCAL_FIELD, null))
                .whenTimeAdvancesTo(TRIAGE_DUE.plus(Duration.ofDays(1)))
                .expectNoEvents()
                .expectTriggeredDeadlinesWithName();
    }

    @Test
    void closingTheCaseCancelsTheTriageLimit() {
        fixture.givenCurrentTime(THURSDAY_BEFORE_EASTER)
                .andGivenCommands(openedByReport())
                .when(new CloseCase(CASE_ID, ClosureReason.NO_FURTHER_ACTION, null))
                .expectEvents(new CaseClosed(CASE_ID, ClosureReason.NO_FURTHER_ACTION),
                        cleared(TimeLimit.TRIAGE, TRIAGE_DUE, TimeLimitOutcome.WITHDRAWN))
                .expectNoScheduledDeadlines();
    }

    @Test
    void afterClosureThePassingOfTheTriageLimitRecordsNothing() {
        fixture.givenCurrentTime(THURSDAY_BEFORE_EASTER)
                .andGivenCommands(openedByReport(), new CloseCase(CASE_ID, ClosureReason.NO_FURTHER_ACTION, null))
                .whenTimeAdvancesTo(TRIAGE_DUE.plus(Duration.ofDays(1)))
                .expectNoEvents()
                .expectTriggeredDeadlinesWithName();
    }

    // --- Triage: missed -------------------------------------------------------------------------------------------

    @Test
    void untilTheEndOfTheFifthWorkingDayTheTriageLimitHasNotPassed() {
        fixture.givenCurrentTime(THURSDAY_BEFORE_EASTER)
                .andGivenCommands(openedByReport())
                .whenTimeAdvancesTo(TRIAGE_DUE.minusSeconds(1))
                .expectNoEvents()
                .expectTriggeredDeadlinesWithName()
                .expectScheduledDeadlineWithName(TRIAGE_DUE, TimeLimits.TRIAGE);
    }

    @Test
    void missedTriageIsRecordedAndRaisedWithVeiligThuissManagementWithoutEscalating() {
        String reason = "triagetermijn van 5 werkdagen verstreken; gemeld aan het management van Veilig Thuis";
        fixture.givenCurrentTime(THURSDAY_BEFORE_EASTER)
                .andGivenCommands(openedByReport())
                .whenTimeAdvancesTo(TRIAGE_DUE)
                .expectTriggeredDeadlinesWithName(TimeLimits.TRIAGE)
                .expectEvents(GenericEventMessage.asEventMessage(triageMissed())
                        .andMetaData(TimeLimits.bySystem(reason)));
    }

    @Test
    void missedTriageWhenTimeElapsesWellPastTheLimitIsRecordedOnce() {
        fixture.givenCurrentTime(THURSDAY_BEFORE_EASTER)
                .andGivenCommands(openedByReport())
                .whenTimeElapses(Duration.ofDays(30))
                .expectTriggeredDeadlinesWithName(TimeLimits.TRIAGE)
                .expectEvents(triageMissed())
                .expectNoScheduledDeadlines();
    }

    @Test
    void missedTriageWithAnOpenEscalationLeavesItAtItsStep() {
        fixture.givenCurrentTime(THURSDAY_BEFORE_EASTER)
                .andGivenCommands(openedByReport(),
                        GenericCommandMessage.asCommandMessage(new AppointCoordinator(CASE_ID, COORDINATOR, null)),
                        escalate(EscalationStep.ADVICE, null),
                        escalate(EscalationStep.CASE_CONFERENCE, null))
                .whenTimeAdvancesTo(TRIAGE_DUE)
                .expectEvents(triageMissed());
    }

    @Test
    void missedTriageAtTheLastEscalationStepIsOnlyRecorded() {
        fixture.givenCurrentTime(THURSDAY_BEFORE_EASTER)
                .andGivenCommands(openedByReport())
                // step 5 as it was raised before it became the process director's option: it still reads as step 5
                .andGiven(coordinatorAppointed(), new EscalationRaised(CASE_ID, EscalationStep.ADMINISTRATIVE, null,
                        "the children are in acute danger"))
                .whenTimeAdvancesTo(TRIAGE_DUE)
                .expectEvents(triageMissed());
    }

    // --- Investigation --------------------------------------------------------------------------------------------

    /** a case in which triage decided Veilig Thuis investigates, at the moment the investigation starts */
    private TestExecutor<Case> caseTriagedForInvestigation() {
        return fixture.givenCurrentTime(INVESTIGATION_STARTS)
                .andGiven(caseOpened(),
                        new CodeAssigned(CASE_ID, SafetyCode.ORANGE, null, SafetyCode.ORANGE.processDirection()),
                        new TriageDecided(CASE_ID, TriageOutcome.VEILIG_THUIS_INVESTIGATION));
    }

    @Test
    void startingAnInvestigationSchedulesItsLimitTenWeeksLater() {
        caseTriagedForInvestigation()
                .when(new StartInvestigation(CASE_ID, null))
                .expectEvents(new InvestigationStarted(CASE_ID), set(TimeLimit.INVESTIGATION, INVESTIGATION_DUE))
                .expectScheduledDeadlineWithName(INVESTIGATION_DUE, TimeLimits.INVESTIGATION)
                .expectScheduledDeadlineWithName(Duration.ofDays(70), TimeLimits.INVESTIGATION)
                .expectScheduledDeadline(INVESTIGATION_DUE,
                        new TimeLimits.Due(TimeLimit.INVESTIGATION, null, INVESTIGATION_DUE));
    }

    @Test
    void concludingTheInvestigationCancelsItsLimit() {
        caseTriagedForInvestigation()
                .andGivenCommands(new StartInvestigation(CASE_ID, null))
                .when(new ConcludeInvestigation(CASE_ID, InvestigationConclusion.UNSAFETY_ESTABLISHED, null))
                .expectEvents(new InvestigationConcluded(CASE_ID, InvestigationConclusion.UNSAFETY_ESTABLISHED),
                        cleared(TimeLimit.INVESTIGATION, INVESTIGATION_DUE, TimeLimitOutcome.MET))
                .expectNoScheduledDeadlineWithName(INVESTIGATION_DUE, TimeLimits.INVESTIGATION)
                .expectNoScheduledDeadlines();
    }

    @Test
    void afterTheInvestigationWasConcludedInTimeThePassingOfTheNormRecordsNothing() {
        caseTriagedForInvestigation()
                .andGivenCommands(new StartInvestigation(CASE_ID, null),
                        new ConcludeInvestigation(CASE_ID, InvestigationConclusion.NO_UNSAFETY_ESTABLISHED, null))
                .whenTimeAdvancesTo(INVESTIGATION_DUE.plus(Duration.ofDays(1)))
                .expectNoEvents()
                .expectTriggeredDeadlinesWithName();
    }

    @Test
    void anInvestigationRunningPastTenWeeksIsRecordedAsMissedAndGoesOn() {
        caseTriagedForInvestigation()
                .andGivenCommands(new StartInvestigation(CASE_ID, null))
                .whenTimeElapses(Duration.ofDays(70))
                .expectTriggeredDeadlinesWithName(TimeLimits.INVESTIGATION)
                .expectEvents(new DeadlineMissed(CASE_ID, TimeLimit.INVESTIGATION, null, INVESTIGATION_DUE))
                .expectNoScheduledDeadlines();
    }

    @Test
    void anInvestigationStillRunningJustBeforeTenWeeksHasNotMissedItsLimit() {
        caseTriagedForInvestigation()
                .andGivenCommands(new StartInvestigation(CASE_ID, null))
                .whenTimeAdvancesTo(INVESTIGATION_DUE.minusSeconds(1))
                .expectNoEvents()
                .expectScheduledDeadlineWithName(INVESTIGATION_DUE, TimeLimits.INVESTIGATION);
    }

    // --- Huisverbod -----------------------------------------------------------------------------------------------

    @Test
    void imposingAHuisverbodSchedulesItsEndAtTheStartOfTheDayAfterItsLastDay() {
        fixture.givenCurrentTime(HUISVERBOD_DAY)
                .andGiven(caseOpened())
                .when(new ImposeHuisverbod(CASE_ID, PERPETRATOR_ID, IMPOSED_ON, null))
                .expectEvents(new HuisverbodImposed(CASE_ID, PERPETRATOR_ID, IMPOSED_ON, FIRST_END),
                        set(TimeLimit.HUISVERBOD_END, FIRST_END_MOMENT))
                .expectScheduledDeadlineWithName(FIRST_END_MOMENT, TimeLimits.HUISVERBOD_END)
                .expectScheduledDeadline(FIRST_END_MOMENT,
                        new TimeLimits.Due(TimeLimit.HUISVERBOD_END, null, FIRST_END_MOMENT));
    }

    @Test
    void extendingAHuisverbodReplacesItsEnd() {
        fixture.givenCurrentTime(HUISVERBOD_DAY)
                .andGiven(caseOpened())
                .andGivenCommands(new ImposeHuisverbod(CASE_ID, PERPETRATOR_ID, IMPOSED_ON, null))
                .when(new ExtendHuisverbod(CASE_ID, EXTENDED_END, null))
                .expectEvents(new HuisverbodExtended(CASE_ID, FIRST_END, EXTENDED_END),
                        set(TimeLimit.HUISVERBOD_END, EXTENDED_END_MOMENT))
                .expectNoScheduledDeadlineWithName(FIRST_END_MOMENT, TimeLimits.HUISVERBOD_END)
                .expectScheduledDeadlineWithName(EXTENDED_END_MOMENT, TimeLimits.HUISVERBOD_END)
                .expectScheduledDeadline(EXTENDED_END_MOMENT,
                        new TimeLimits.Due(TimeLimit.HUISVERBOD_END, null, EXTENDED_END_MOMENT));
    }

    @Test
    void endingAHuisverbodCancelsItsEnd() {
        // recorded two days after it was imposed, the day the mayor lifted it
        LocalDate endedOn = LocalDate.of(2026, 11, 22);
        fixture.givenCurrentTime(Instant.parse("2026-11-22T08:00:00Z"))
                .andGiven(caseOpened())
                .andGivenCommands(new ImposeHuisverbod(CASE_ID, PERPETRATOR_ID, IMPOSED_ON, null))
                .when(new EndHuisverbod(CASE_ID, endedOn, HuisverbodEndReason.LIFTED_BY_MAYOR, null))
                .expectEvents(new HuisverbodEnded(CASE_ID, endedOn, HuisverbodEndReason.LIFTED_BY_MAYOR),
                        cleared(TimeLimit.HUISVERBOD_END, FIRST_END_MOMENT, TimeLimitOutcome.WITHDRAWN))
                .expectNoScheduledDeadlines();
    }

    @Test
    void afterAHuisverbodWasEndedItsEndRecordsNothing() {
        // recorded two days after it was imposed, the day the mayor lifted it
        LocalDate endedOn = LocalDate.of(2026, 11, 22);
        fixture.givenCurrentTime(Instant.parse("2026-11-22T08:00:00Z"))
                .andGiven(caseOpened())
                .andGivenCommands(new ImposeHuisverbod(CASE_ID, PERPETRATOR_ID, IMPOSED_ON, null))
                .andGivenCommands(new EndHuisverbod(CASE_ID, endedOn, HuisverbodEndReason.LIFTED_BY_MAYOR, null))
                .whenTimeAdvancesTo(EXTENDED_END_MOMENT)
                .expectNoEvents()
                .expectTriggeredDeadlinesWithName();
    }

    @Test
    void aHuisverbodHoldsTheWholeOfItsLastDay() {
        fixture.givenCurrentTime(HUISVERBOD_DAY)
                .andGiven(caseOpened())
                .andGivenCommands(new ImposeHuisverbod(CASE_ID, PERPETRATOR_ID, IMPOSED_ON, null))
                .whenTimeAdvancesTo(FIRST_END_MOMENT.minusSeconds(1))
                .expectNoEvents()
                .expectScheduledDeadlineWithName(FIRST_END_MOMENT, TimeLimits.HUISVERBOD_END);
    }

    @Test
    void aHuisverbodThatReachesItsEndUnextendedExpires() {
        fixture.givenCurrentTime(HUISVERBOD_DAY)
                .andGiven(caseOpened())
                .andGivenCommands(new ImposeHuisverbod(CASE_ID, PERPETRATOR_ID, IMPOSED_ON, null))
                .whenTimeAdvancesTo(FIRST_END_MOMENT)
                .expectTriggeredDeadlinesWithName(TimeLimits.HUISVERBOD_END)
                .expectEvents(new HuisverbodEnded(CASE_ID, FIRST_END, HuisverbodEndReason.EXPIRED),
                        cleared(TimeLimit.HUISVERBOD_END, FIRST_END_MOMENT, TimeLimitOutcome.EXPIRED))
                .expectNoScheduledDeadlines();
    }

    @Test
    void anExtendedHuisverbodDoesNotEndAtItsFirstEnd() {
        fixture.givenCurrentTime(HUISVERBOD_DAY)
                .andGiven(caseOpened())
                .andGivenCommands(new ImposeHuisverbod(CASE_ID, PERPETRATOR_ID, IMPOSED_ON, null),
                        new ExtendHuisverbod(CASE_ID, EXTENDED_END, null))
                .whenTimeAdvancesTo(FIRST_END_MOMENT.plus(Duration.ofDays(1)))
                .expectNoEvents()
                .expectTriggeredDeadlinesWithName()
                .expectScheduledDeadlineWithName(EXTENDED_END_MOMENT, TimeLimits.HUISVERBOD_END);
    }

    @Test
    void anExtendedHuisverbodExpiresAtItsExtendedEnd() {
        fixture.givenCurrentTime(HUISVERBOD_DAY)
                .andGiven(caseOpened())
                .andGivenCommands(new ImposeHuisverbod(CASE_ID, PERPETRATOR_ID, IMPOSED_ON, null),
                        new ExtendHuisverbod(CASE_ID, EXTENDED_END, null))
                .whenTimeAdvancesTo(EXTENDED_END_MOMENT)
                .expectTriggeredDeadlinesWithName(TimeLimits.HUISVERBOD_END)
                .expectEvents(new HuisverbodEnded(CASE_ID, EXTENDED_END, HuisverbodEndReason.EXPIRED),
                        cleared(TimeLimit.HUISVERBOD_END, EXTENDED_END_MOMENT, TimeLimitOutcome.EXPIRED))
                .expectNoScheduledDeadlines();
    }
}
