package nl.hgk.ledger.command.cases;

import static nl.hgk.ledger.command.cases.CaseTestData.CASE_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.caseOpened;
import static nl.hgk.ledger.command.cases.CaseTestData.coordinatorAppointed;
import static nl.hgk.ledger.command.cases.CaseTestData.refusedWith;
import static nl.hgk.ledger.command.cases.CaseTestData.withReason;

import java.time.Instant;

import nl.hgk.ledger.command.audit.Actors;
import nl.hgk.ledger.events.coordination.ProcessDirector;
import nl.hgk.ledger.events.coordination.ProcessDirectorAppointed;
import nl.hgk.ledger.events.deadlines.DeadlineMissed;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.deadlines.TimeLimitCleared;
import nl.hgk.ledger.events.deadlines.TimeLimitOutcome;
import nl.hgk.ledger.events.deadlines.TimeLimitSet;
import nl.hgk.ledger.events.escalation.EscalationRaised;
import nl.hgk.ledger.events.escalation.EscalationResolved;
import nl.hgk.ledger.events.escalation.EscalationStep;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/**
 * Step 4 of the escalation model: a process director takes over within 2 working days; if none does, the ledger
 * records the missed limit and raises it with the Meldpunt's manager; it does not escalate by itself.
 */
class CaseProcessDirectorTest {

    /** Tuesday 6 May 2025, 11:30 in Amsterdam (the day after Bevrijdingsdag) */
    private static final Instant ESCALATED = Instant.parse("2025-05-06T09:30:00Z");
    /** the second working day after it is Thursday 8 May; the limit runs out when that day is over */
    private static final Instant DUE = Instant.parse("2025-05-08T22:00:00Z");
    private static final ProcessDirector DIRECTOR = new ProcessDirector("p.devries", "Meldpunt Zorg en Overlast");

    private final FixtureConfiguration<Case> fixture = FixtureClock.caseFixture();

    private static EscalationRaised raised(EscalationStep step, EscalationStep previous) {
        return new EscalationRaised(CASE_ID, step, previous, null);
    }

    private static Object toStepFour() {
        return GenericCommandMessage.asCommandMessage(
                new RaiseEscalation(CASE_ID, EscalationStep.PROCESS_DIRECTOR, null, null))
                .andMetaData(withReason("partijen leveren niet"));
    }

    private static Object[] stepsOneToThree() {
        return new Object[] {caseOpened(), coordinatorAppointed(), raised(EscalationStep.ADVICE, null),
                raised(EscalationStep.CASE_CONFERENCE, EscalationStep.ADVICE),
                raised(EscalationStep.MANAGEMENT, EscalationStep.CASE_CONFERENCE)};
    }

    @Test
    void reachingStepFourStartsTheTwoWorkingDaysForAProcessDirector() {
        fixture.givenCurrentTime(ESCALATED)
                .andGiven(stepsOneToThree())
                .when(new RaiseEscalation(CASE_ID, EscalationStep.PROCESS_DIRECTOR, null, null),
                        withReason("partijen leveren niet"))
                .expectEvents(raised(EscalationStep.PROCESS_DIRECTOR, EscalationStep.MANAGEMENT),
                        new TimeLimitSet(CASE_ID, TimeLimit.PROCESS_DIRECTOR, null, DUE))
                .expectScheduledDeadlineWithName(DUE, TimeLimits.PROCESS_DIRECTOR)
                .expectScheduledDeadline(DUE, new TimeLimits.Due(TimeLimit.PROCESS_DIRECTOR, null, DUE));
    }

    @Test
    void aProcessDirectorAppointedInTimeMeetsTheLimit() {
        fixture.givenCurrentTime(ESCALATED)
                .andGiven(stepsOneToThree())
                .andGivenCommands(toStepFour())
                .when(new AppointProcessDirector(CASE_ID, DIRECTOR, null))
                .expectEvents(new ProcessDirectorAppointed(CASE_ID, DIRECTOR),
                        new TimeLimitCleared(CASE_ID, TimeLimit.PROCESS_DIRECTOR, null, DUE, TimeLimitOutcome.MET))
                .expectResultMessagePayload(8L)
                .expectNoScheduledDeadlines();
    }

    @Test
    void noProcessDirectorInTimeIsRecordedAndRaisedWithTheMeldpuntWithoutEscalating() {
        fixture.givenCurrentTime(ESCALATED)
                .andGiven(stepsOneToThree())
                .andGivenCommands(toStepFour())
                .whenTimeAdvancesTo(DUE)
                // the process director is still awaited: the limit stays running, overdue
                .expectEvents(GenericEventMessage.asEventMessage(
                        new DeadlineMissed(CASE_ID, TimeLimit.PROCESS_DIRECTOR, null, DUE))
                        .andMetaData(TimeLimits.bySystem("geen procesregisseur binnen 2 werkdagen; gemeld aan de "
                                + "manager van het Meldpunt Zorg en Overlast")))
                .expectTriggeredDeadlinesWithName(TimeLimits.PROCESS_DIRECTOR);
    }

    /** Steps 4 and 5 are resolved by the process director: the Meldpunt appoints one first. */
    @Test
    void stepFourIsNotResolvedBeforeAProcessDirectorIsAppointed() {
        fixture.givenCurrentTime(ESCALATED)
                .andGiven(stepsOneToThree())
                .andGivenCommands(toStepFour())
                .when(new ResolveEscalation(CASE_ID, null), Actors.of(FixtureActors.MELDPUNT, null))
                .expectException(refusedWith(Refusal.NO_PROCESS_DIRECTOR))
                .expectNoEvents();
    }

    @Test
    void aProcessDirectorAppointedAtAnOldStepFiveMayResolveIt() {
        // step 5 raised straight away, as the ledger allowed before it became the process director's option
        fixture.given(caseOpened(), coordinatorAppointed(), raised(EscalationStep.ADMINISTRATIVE, null))
                .andGivenCommands(GenericCommandMessage.asCommandMessage(
                        new AppointProcessDirector(CASE_ID, DIRECTOR, null)))
                .when(new ResolveEscalation(CASE_ID, null), Actors.of(FixtureActors.MELDPUNT, null))
                .expectEvents(new EscalationResolved(CASE_ID, EscalationStep.ADMINISTRATIVE));
    }

    @Test
    void aProcessDirectorBeforeStepFourIsRefused() {
        fixture.given(caseOpened(), raised(EscalationStep.ADVICE, null))
                .when(new AppointProcessDirector(CASE_ID, DIRECTOR, null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.NOT_AT_PROCESS_DIRECTOR_STEP))
                .expectNoEvents();
    }

    @Test
    void aSecondProcessDirectorForOneEscalationIsRefused() {
        fixture.given(caseOpened(), raised(EscalationStep.PROCESS_DIRECTOR, null),
                        new ProcessDirectorAppointed(CASE_ID, DIRECTOR))
                .when(new AppointProcessDirector(CASE_ID, new ProcessDirector("a.smit", "Veilig Thuis"), null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.PROCESS_DIRECTOR_ALREADY_APPOINTED))
                .expectNoEvents();
    }
}
