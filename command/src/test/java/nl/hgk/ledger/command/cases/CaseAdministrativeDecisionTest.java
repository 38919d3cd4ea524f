package nl.hgk.ledger.command.cases;

import static nl.hgk.ledger.command.cases.CaseTestData.CASE_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.caseOpened;
import static nl.hgk.ledger.command.cases.CaseTestData.refusedWith;

import java.time.Instant;
import java.util.UUID;

import nl.hgk.ledger.events.deadlines.DeadlineMissed;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.deadlines.TimeLimitCleared;
import nl.hgk.ledger.events.deadlines.TimeLimitOutcome;
import nl.hgk.ledger.events.deadlines.TimeLimitSet;
import nl.hgk.ledger.events.escalation.AdministrativeDecisionConfirmed;
import nl.hgk.ledger.events.escalation.AdministrativeDecisionTaken;
import nl.hgk.ledger.events.escalation.EscalationRaised;
import nl.hgk.ledger.events.escalation.EscalationStep;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;

/** The oral decision of the municipality at escalation step 5, confirmed in writing within 24 hours. */
class CaseAdministrativeDecisionTest {

    private static final UUID DECISION_ID = UUID.fromString("d0c15100-0000-4000-8000-000000000001");
    private static final String DECISION = "de jeugdhulp start maandag, de wethouder ziet toe";
    /** Friday 20 November 2026, 14:00 in Amsterdam */
    private static final Instant DECIDED_AT = Instant.parse("2026-11-20T13:00:00Z");
    private static final Instant RECORDED_AT = Instant.parse("2026-11-20T15:00:00Z");
    /** 24 hours after the oral decision */
    private static final Instant DUE = Instant.parse("2026-11-21T13:00:00Z");

    private final FixtureConfiguration<Case> fixture = FixtureClock.caseFixture();

    private TestExecutor<Case> atStepFive() {
        return fixture.givenCurrentTime(RECORDED_AT)
                .andGiven(caseOpened(), new EscalationRaised(CASE_ID, EscalationStep.ADMINISTRATIVE, null,
                        "acuut gevaar voor de kinderen"));
    }

    private static RecordAdministrativeDecision decide() {
        return new RecordAdministrativeDecision(CASE_ID, DECISION_ID, DECIDED_AT, DECISION, null);
    }

    private static TimeLimitCleared confirmation(TimeLimitOutcome outcome) {
        return new TimeLimitCleared(CASE_ID, TimeLimit.WRITTEN_CONFIRMATION, DECISION_ID.toString(), DUE, outcome);
    }

    @Test
    void anOralDecisionIsRecordedWithTwentyFourHoursForItsWrittenConfirmation() {
        atStepFive()
                .when(decide())
                .expectEvents(new AdministrativeDecisionTaken(CASE_ID, DECISION_ID, DECIDED_AT, DECISION),
                        new TimeLimitSet(CASE_ID, TimeLimit.WRITTEN_CONFIRMATION, DECISION_ID.toString(), DUE))
                .expectResultMessagePayload(3L)
                .expectScheduledDeadline(DUE,
                        new TimeLimits.Due(TimeLimit.WRITTEN_CONFIRMATION, DECISION_ID.toString(), DUE));
    }

    @Test
    void confirmingInWritingWithinTwentyFourHoursMeetsTheLimit() {
        atStepFive()
                .andGivenCommands(decide())
                .when(new ConfirmAdministrativeDecision(CASE_ID, DECISION_ID, null))
                .expectEvents(new AdministrativeDecisionConfirmed(CASE_ID, DECISION_ID),
                        confirmation(TimeLimitOutcome.MET))
                .expectNoScheduledDeadlines();
    }

    @Test
    void noWrittenConfirmationWithinTwentyFourHoursIsRecordedAsMissed() {
        atStepFive()
                .andGivenCommands(decide())
                .whenTimeAdvancesTo(DUE)
                .expectTriggeredDeadlinesWithName(TimeLimits.WRITTEN_CONFIRMATION)
                .expectEvents(new DeadlineMissed(CASE_ID, TimeLimit.WRITTEN_CONFIRMATION, DECISION_ID.toString(),
                        DUE));
    }

    @Test
    void aConfirmationAfterTheLimitMeetsItLate() {
        fixture.givenCurrentTime(DUE.plusSeconds(60))
                .andGiven(caseOpened(), new EscalationRaised(CASE_ID, EscalationStep.ADMINISTRATIVE, null, "acuut"),
                        new AdministrativeDecisionTaken(CASE_ID, DECISION_ID, DECIDED_AT, DECISION),
                        new TimeLimitSet(CASE_ID, TimeLimit.WRITTEN_CONFIRMATION, DECISION_ID.toString(), DUE))
                .when(new ConfirmAdministrativeDecision(CASE_ID, DECISION_ID, null))
                .expectEvents(new AdministrativeDecisionConfirmed(CASE_ID, DECISION_ID),
                        confirmation(TimeLimitOutcome.MET_LATE));
    }

    @Test
    void aDecisionBeforeStepFiveIsRefused() {
        fixture.givenCurrentTime(RECORDED_AT)
                .andGiven(caseOpened(), new EscalationRaised(CASE_ID, EscalationStep.MANAGEMENT, null, "acuut"))
                .when(decide())
                .expectException(refusedWith(Refusal.NOT_AT_ADMINISTRATIVE_STEP))
                .expectNoEvents();
    }

    @Test
    void aDecisionTakenLaterThanNowIsRefused() {
        atStepFive()
                .when(new RecordAdministrativeDecision(CASE_ID, DECISION_ID, RECORDED_AT.plusSeconds(60), DECISION,
                        null))
                .expectException(refusedWith(Refusal.DATE_IN_FUTURE))
                .expectNoEvents();
    }

    @Test
    void aDecisionRecordedTwiceIsRefused() {
        atStepFive()
                .andGivenCommands(decide())
                .when(decide())
                .expectException(refusedWith(Refusal.DECISION_ALREADY_RECORDED))
                .expectNoEvents();
    }

    @Test
    void confirmingAnUnknownDecisionIsRefused() {
        atStepFive()
                .when(new ConfirmAdministrativeDecision(CASE_ID, DECISION_ID, null))
                .expectException(refusedWith(Refusal.UNKNOWN_DECISION))
                .expectNoEvents();
    }

    @Test
    void confirmingTwiceIsRefused() {
        atStepFive()
                .andGivenCommands(decide(), new ConfirmAdministrativeDecision(CASE_ID, DECISION_ID, null))
                .when(new ConfirmAdministrativeDecision(CASE_ID, DECISION_ID, null))
                .expectException(refusedWith(Refusal.DECISION_ALREADY_CONFIRMED))
                .expectNoEvents();
    }
}
