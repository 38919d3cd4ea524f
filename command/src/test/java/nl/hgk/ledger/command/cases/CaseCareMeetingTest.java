package nl.hgk.ledger.command.cases;

import static nl.hgk.ledger.command.cases.CaseTestData.CASE_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.caseClosed;
import static nl.hgk.ledger.command.cases.CaseTestData.caseOpened;
import static nl.hgk.ledger.command.cases.CaseTestData.refusedWith;

import java.time.Instant;
import java.time.LocalDate;

import nl.hgk.ledger.command.audit.Actors;
import nl.hgk.ledger.events.coordination.ProcessDirector;
import nl.hgk.ledger.events.coordination.ProcessDirectorAppointed;
import nl.hgk.ledger.events.deadlines.DeadlineMissed;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.deadlines.TimeLimitCleared;
import nl.hgk.ledger.events.deadlines.TimeLimitOutcome;
import nl.hgk.ledger.events.deadlines.TimeLimitSet;
import nl.hgk.ledger.events.escalation.CareMeetingCalled;
import nl.hgk.ledger.events.escalation.CareMeetingHeld;
import nl.hgk.ledger.events.escalation.EscalationRaised;
import nl.hgk.ledger.events.escalation.EscalationResolved;
import nl.hgk.ledger.events.escalation.EscalationStep;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/**
 * The care meeting (zorgoverleg) of escalation step 4: the process director decides whether one is needed and calls
 * it, within 2 working days when urgent, otherwise by a date the process director sets (seed 000 B2 §5.2.3).
 */
class CaseCareMeetingTest {

    /** Thursday 17 April 2025, 10:00 in Amsterdam */
    private static final Instant CALLED = Instant.parse("2025-04-17T08:00:00Z");
    private static final LocalDate CALL_DAY = LocalDate.of(2025, 4, 17);
    /* Goede Vrijdag and Tweede Paasdag do not count: the second working day is Wednesday 23 April */
    private static final Instant URGENT_DUE = Instant.parse("2025-04-23T22:00:00Z");
    private static final LocalDate MEET_BY = LocalDate.of(2025, 5, 12);
    private static final Instant MEET_BY_DUE = Instant.parse("2025-05-12T22:00:00Z");
    private static final ProcessDirector DIRECTOR = new ProcessDirector("p.devries", "Meldpunt Zorg en Overlast");

    private final FixtureConfiguration<Case> fixture = FixtureClock.caseFixture();

    private static Object[] atStepFourWithProcessDirector() {
        return new Object[] {caseOpened(),
                new EscalationRaised(CASE_ID, EscalationStep.PROCESS_DIRECTOR, null, "kinderen onveilig"),
                new ProcessDirectorAppointed(CASE_ID, DIRECTOR)};
    }

    private static Object urgentMeetingCalled() {
        return GenericCommandMessage.asCommandMessage(new CallCareMeeting(CASE_ID, true, null, null));
    }

    @Test
    void anUrgentCareMeetingIsHeldWithinTwoWorkingDays() {
        fixture.givenCurrentTime(CALLED)
                .andGiven(atStepFourWithProcessDirector())
                .when(new CallCareMeeting(CASE_ID, true, null, null))
                .expectEvents(new CareMeetingCalled(CASE_ID, true, null),
                        new TimeLimitSet(CASE_ID, TimeLimit.CARE_MEETING, null, URGENT_DUE))
                .expectResultMessagePayload(4L)
                .expectScheduledDeadline(URGENT_DUE, new TimeLimits.Due(TimeLimit.CARE_MEETING, null, URGENT_DUE));
    }

    @Test
    void aCareMeetingThatIsNotUrgentIsHeldByTheDateTheProcessDirectorSets() {
        fixture.givenCurrentTime(CALLED)
                .andGiven(atStepFourWithProcessDirector())
                .when(new CallCareMeeting(CASE_ID, false, MEET_BY, null))
                .expectEvents(new CareMeetingCalled(CASE_ID, false, MEET_BY),
                        new TimeLimitSet(CASE_ID, TimeLimit.CARE_MEETING, null, MEET_BY_DUE))
                .expectScheduledDeadline(MEET_BY_DUE, new TimeLimits.Due(TimeLimit.CARE_MEETING, null, MEET_BY_DUE));
    }

    @Test
    void aCareMeetingThatIsNotUrgentNeedsADate() {
        fixture.givenCurrentTime(CALLED)
                .andGiven(atStepFourWithProcessDirector())
                .when(new CallCareMeeting(CASE_ID, false, null, null))
                .expectException(refusedWith(Refusal.MEETING_DATE_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void anUrgentCareMeetingTakesNoDate() {
        fixture.givenCurrentTime(CALLED)
                .andGiven(atStepFourWithProcessDirector())
                .when(new CallCareMeeting(CASE_ID, true, MEET_BY, null))
                .expectException(refusedWith(Refusal.URGENT_MEETING_HAS_NO_DATE))
                .expectNoEvents();
    }

    @Test
    void aCareMeetingCannotBeDueOnADayThatHasPassed() {
        fixture.givenCurrentTime(CALLED)
                .andGiven(atStepFourWithProcessDirector())
                .when(new CallCareMeeting(CASE_ID, false, CALL_DAY.minusDays(1), null))
                .expectException(refusedWith(Refusal.DATE_IN_PAST))
                .expectNoEvents();
    }

    @Test
    void aCareMeetingBeforeStepFourIsRefused() {
        fixture.givenCurrentTime(CALLED)
                .andGiven(caseOpened(), new EscalationRaised(CASE_ID, EscalationStep.CASE_CONFERENCE, null, "x"))
                .when(new CallCareMeeting(CASE_ID, true, null, null))
                .expectException(refusedWith(Refusal.NO_PROCESS_DIRECTOR))
                .expectNoEvents();
    }

    @Test
    void aCareMeetingIsCalledByAnAppointedProcessDirector() {
        fixture.givenCurrentTime(CALLED)
                .andGiven(caseOpened(),
                        new EscalationRaised(CASE_ID, EscalationStep.PROCESS_DIRECTOR, null, "kinderen onveilig"))
                .when(new CallCareMeeting(CASE_ID, true, null, null))
                .expectException(refusedWith(Refusal.NO_PROCESS_DIRECTOR))
                .expectNoEvents();
    }

    @Test
    void aCareMeetingCalledByAnotherMeldpuntIsRefused() {
        fixture.givenCurrentTime(CALLED)
                .andGiven(atStepFourWithProcessDirector())
                .when(new CallCareMeeting(CASE_ID, true, null, null),
                        Actors.of(ProcessDirectionTestData.OTHER_MELDPUNT, null))
                .expectException(refusedWith(Refusal.NOT_THE_PROCESS_DIRECTOR))
                .expectNoEvents();
    }

    @Test
    void aCareMeetingHeldByAnotherMeldpuntIsRefused() {
        fixture.givenCurrentTime(CALLED)
                .andGiven(atStepFourWithProcessDirector())
                .andGiven(new CareMeetingCalled(CASE_ID, true, null))
                .when(new HoldCareMeeting(CASE_ID, CALL_DAY, null),
                        Actors.of(ProcessDirectionTestData.OTHER_MELDPUNT, null))
                .expectException(refusedWith(Refusal.NOT_THE_PROCESS_DIRECTOR))
                .expectNoEvents();
    }

    @Test
    void aSecondCareMeetingBeforeTheFirstWasHeldIsRefused() {
        fixture.givenCurrentTime(CALLED)
                .andGiven(atStepFourWithProcessDirector())
                .andGiven(new CareMeetingCalled(CASE_ID, true, null))
                .when(new CallCareMeeting(CASE_ID, false, MEET_BY, null))
                .expectException(refusedWith(Refusal.CARE_MEETING_ALREADY_CALLED))
                .expectNoEvents();
    }

    @Test
    void holdingTheCareMeetingInTimeMeetsItsLimit() {
        fixture.givenCurrentTime(CALLED)
                .andGiven(atStepFourWithProcessDirector())
                .andGivenCommands(urgentMeetingCalled())
                .when(new HoldCareMeeting(CASE_ID, CALL_DAY, null))
                .expectEvents(new CareMeetingHeld(CASE_ID, CALL_DAY),
                        new TimeLimitCleared(CASE_ID, TimeLimit.CARE_MEETING, null, URGENT_DUE, TimeLimitOutcome.MET))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aCareMeetingNotCalledCannotBeHeld() {
        fixture.givenCurrentTime(CALLED)
                .andGiven(atStepFourWithProcessDirector())
                .when(new HoldCareMeeting(CASE_ID, CALL_DAY, null))
                .expectException(refusedWith(Refusal.NO_CARE_MEETING_CALLED))
                .expectNoEvents();
    }

    @Test
    void aCareMeetingCannotBeHeldTomorrow() {
        fixture.givenCurrentTime(CALLED)
                .andGiven(atStepFourWithProcessDirector())
                .andGiven(new CareMeetingCalled(CASE_ID, true, null))
                .when(new HoldCareMeeting(CASE_ID, CALL_DAY.plusDays(1), null))
                .expectException(refusedWith(Refusal.DATE_IN_FUTURE))
                .expectNoEvents();
    }

    @Test
    void aCareMeetingIsNotHeldBeforeTheDayItWasCalled() {
        fixture.givenCurrentTime(CALLED)
                .andGiven(atStepFourWithProcessDirector())
                .andGivenCommands(urgentMeetingCalled())
                .when(new HoldCareMeeting(CASE_ID, CALL_DAY.minusDays(1), null))
                .expectException(refusedWith(Refusal.HELD_BEFORE_CALLED))
                .expectNoEvents();
    }

    @Test
    void aCareMeetingNotHeldInTimeIsRecordedAsMissedAndMovesNothing() {
        fixture.givenCurrentTime(CALLED)
                .andGiven(atStepFourWithProcessDirector())
                .andGivenCommands(urgentMeetingCalled())
                .whenTimeAdvancesTo(URGENT_DUE)
                .expectTriggeredDeadlinesWithName(TimeLimits.CARE_MEETING)
                .expectEvents(new DeadlineMissed(CASE_ID, TimeLimit.CARE_MEETING, null, URGENT_DUE));
    }

    @Test
    void resolvingTheEscalationWithdrawsTheCareMeetingLimit() {
        fixture.givenCurrentTime(CALLED)
                .andGiven(atStepFourWithProcessDirector())
                .andGivenCommands(urgentMeetingCalled())
                .when(new ResolveEscalation(CASE_ID, null), Actors.of(FixtureActors.MELDPUNT, null))
                .expectEvents(new EscalationResolved(CASE_ID, EscalationStep.PROCESS_DIRECTOR),
                        new TimeLimitCleared(CASE_ID, TimeLimit.CARE_MEETING, null, URGENT_DUE,
                                TimeLimitOutcome.WITHDRAWN))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aCareMeetingOfAClosedCaseIsRefused() {
        fixture.givenCurrentTime(CALLED)
                .andGiven(caseOpened(), caseClosed())
                .when(new CallCareMeeting(CASE_ID, true, null, null))
                .expectException(refusedWith(Refusal.CASE_CLOSED))
                .expectNoEvents();
    }
}
