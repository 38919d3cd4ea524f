package nl.hgk.ledger.command.cases;

import static nl.hgk.ledger.command.cases.CaseTestData.CASE_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.caseClosed;
import static nl.hgk.ledger.command.cases.CaseTestData.caseOpened;
import static nl.hgk.ledger.command.cases.CaseTestData.coordinatorAppointed;
import static nl.hgk.ledger.command.cases.CaseTestData.refusedWith;
import static nl.hgk.ledger.command.cases.CaseTestData.withReason;

import java.time.Instant;
import java.time.LocalDate;

import nl.hgk.ledger.events.deadlines.DeadlineMissed;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.deadlines.TimeLimitCleared;
import nl.hgk.ledger.events.deadlines.TimeLimitOutcome;
import nl.hgk.ledger.events.deadlines.TimeLimitSet;
import nl.hgk.ledger.events.escalation.CaseConferenceHeld;
import nl.hgk.ledger.events.escalation.EscalationRaised;
import nl.hgk.ledger.events.escalation.EscalationResolved;
import nl.hgk.ledger.events.escalation.EscalationStep;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/**
 * The case conference of escalation step 2: as soon as possible, with no fixed term (seed 000 B2 §5.1.2). The limit of
 * an "urgent" one, recorded before that was read right, is still met or withdrawn.
 */
class CaseConferenceTest {

    /** Thursday 17 April 2025, 10:00 in Amsterdam */
    private static final Instant ESCALATED = Instant.parse("2025-04-17T08:00:00Z");
    private static final LocalDate ESCALATION_DAY = LocalDate.of(2025, 4, 17);
    /*
     * The second working day after Thursday 17 April 2025: Friday 18 April is Goede Vrijdag, Monday 21 April Tweede
     * Paasdag; Tuesday 22 April is the first, Wednesday 23 April the second. It is over at midnight in Amsterdam.
     */
    private static final Instant DUE = Instant.parse("2025-04-23T22:00:00Z");

    private final FixtureConfiguration<Case> fixture = FixtureClock.caseFixture();

    private static EscalationRaised toStepTwo() {
        return new EscalationRaised(CASE_ID, EscalationStep.CASE_CONFERENCE, EscalationStep.ADVICE, null);
    }

    private static TimeLimitSet conferenceLimit() {
        return new TimeLimitSet(CASE_ID, TimeLimit.CASE_CONFERENCE, null, DUE);
    }

    private static TimeLimitCleared conferenceLimitCleared(TimeLimitOutcome outcome) {
        return new TimeLimitCleared(CASE_ID, TimeLimit.CASE_CONFERENCE, null, DUE, outcome);
    }

    @Test
    void aCaseConferenceThatIsNotUrgentHasNoLimit() {
        fixture.givenCurrentTime(ESCALATED)
                .andGiven(caseOpened(), coordinatorAppointed(), new EscalationRaised(CASE_ID, EscalationStep.ADVICE, null, null))
                .when(new RaiseEscalation(CASE_ID, EscalationStep.CASE_CONFERENCE, null, null),
                        withReason("de hulp komt niet op gang"))
                .expectEvents(toStepTwo())
                .expectNoScheduledDeadlines();
    }

    @Test
    void aConferenceAtStepTwoIsHeldWithoutALimit() {
        fixture.givenCurrentTime(ESCALATED)
                .andGiven(caseOpened(), coordinatorAppointed(), new EscalationRaised(CASE_ID, EscalationStep.ADVICE, null, null), toStepTwo())
                .when(new HoldCaseConference(CASE_ID, ESCALATION_DAY, null))
                .expectEvents(new CaseConferenceHeld(CASE_ID, ESCALATION_DAY))
                .expectNoScheduledDeadlines();
    }

    /* An urgent conference at step 2 was recorded by earlier versions; such a limit is still met, late or not. */

    @Test
    void anUrgentConferenceRecordedEarlierIsMetByHoldingIt() {
        fixture.givenCurrentTime(ESCALATED)
                .andGiven(caseOpened(), coordinatorAppointed(), toStepTwo(), conferenceLimit())
                .when(new HoldCaseConference(CASE_ID, ESCALATION_DAY, null))
                .expectEvents(new CaseConferenceHeld(CASE_ID, ESCALATION_DAY),
                        conferenceLimitCleared(TimeLimitOutcome.MET));
    }

    @Test
    void aConferenceHeldAfterTheLimitMeetsItLate() {
        fixture.givenCurrentTime(DUE.plusSeconds(3600))
                .andGiven(caseOpened(), coordinatorAppointed(), toStepTwo(), conferenceLimit(),
                        new DeadlineMissed(CASE_ID, TimeLimit.CASE_CONFERENCE, null, DUE))
                .when(new HoldCaseConference(CASE_ID, LocalDate.of(2025, 4, 24), null))
                .expectEvents(new CaseConferenceHeld(CASE_ID, LocalDate.of(2025, 4, 24)),
                        conferenceLimitCleared(TimeLimitOutcome.MET_LATE));
    }

    @Test
    void escalatingBeyondStepTwoWithdrawsTheConferenceLimit() {
        fixture.givenCurrentTime(ESCALATED)
                .andGiven(caseOpened(), coordinatorAppointed(), toStepTwo(), conferenceLimit())
                .when(new RaiseEscalation(CASE_ID, EscalationStep.MANAGEMENT, null, null), withReason("vastgelopen"))
                .expectEvents(new EscalationRaised(CASE_ID, EscalationStep.MANAGEMENT, EscalationStep.CASE_CONFERENCE,
                                null),
                        conferenceLimitCleared(TimeLimitOutcome.WITHDRAWN));
    }

    @Test
    void resolvingTheEscalationWithdrawsTheConferenceLimit() {
        fixture.givenCurrentTime(ESCALATED)
                .andGiven(caseOpened(), coordinatorAppointed(), toStepTwo(), conferenceLimit())
                .when(new ResolveEscalation(CASE_ID, null))
                .expectEvents(new EscalationResolved(CASE_ID, EscalationStep.CASE_CONFERENCE),
                        conferenceLimitCleared(TimeLimitOutcome.WITHDRAWN));
    }

    @Test
    void aConferenceIsHeldOnlyAtStepTwo() {
        fixture.givenCurrentTime(ESCALATED)
                .andGiven(caseOpened(), coordinatorAppointed(), new EscalationRaised(CASE_ID, EscalationStep.ADVICE, null, null))
                .when(new HoldCaseConference(CASE_ID, ESCALATION_DAY, null))
                .expectException(refusedWith(Refusal.NOT_AT_CASE_CONFERENCE_STEP))
                .expectNoEvents();
    }

    @Test
    void aConferenceIsNotHeldBeforeTheCaseReachedStepTwo() {
        fixture.givenCurrentTime(ESCALATED)
                .andGiven(caseOpened(), coordinatorAppointed())
                .andGivenCommands(GenericCommandMessage.asCommandMessage(
                        new RaiseEscalation(CASE_ID, EscalationStep.CASE_CONFERENCE, "kinderen onveilig", null))
                        .andMetaData(withReason("de hulp komt niet op gang")))
                .when(new HoldCaseConference(CASE_ID, ESCALATION_DAY.minusDays(1), null))
                .expectException(refusedWith(Refusal.HELD_BEFORE_CALLED))
                .expectNoEvents();
    }

    @Test
    void aConferenceCannotBeHeldTomorrow() {
        fixture.givenCurrentTime(ESCALATED)
                .andGiven(caseOpened(), coordinatorAppointed(), toStepTwo())
                .when(new HoldCaseConference(CASE_ID, ESCALATION_DAY.plusDays(1), null))
                .expectException(refusedWith(Refusal.DATE_IN_FUTURE))
                .expectNoEvents();
    }

    @Test
    void aConferenceOfAClosedCaseIsRefused() {
        fixture.givenCurrentTime(ESCALATED)
                .andGiven(caseOpened(), caseClosed())
                .when(new HoldCaseConference(CASE_ID, ESCALATION_DAY, null))
                .expectException(refusedWith(Refusal.CASE_CLOSED))
                .expectNoEvents();
    }
}
