package nl.hgk.ledger.command.cases;

import static nl.hgk.ledger.command.cases.CaseTestData.CASE_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.caseOpened;
import static nl.hgk.ledger.command.cases.CaseTestData.coordinatorAppointed;
import static nl.hgk.ledger.command.cases.CaseTestData.refusedWith;
import static nl.hgk.ledger.command.cases.ProcessDirectionTestData.OTHER_MELDPUNT;
import static nl.hgk.ledger.command.cases.ProcessDirectionTestData.atStepFourWithProcessDirector;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import nl.hgk.ledger.command.audit.Actors;
import nl.hgk.ledger.events.deadlines.DeadlineMissed;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.deadlines.TimeLimitCleared;
import nl.hgk.ledger.events.deadlines.TimeLimitOutcome;
import nl.hgk.ledger.events.deadlines.TimeLimitSet;
import nl.hgk.ledger.events.escalation.CareOrderConcluded;
import nl.hgk.ledger.events.escalation.CareOrdered;
import nl.hgk.ledger.events.escalation.EscalationRaised;
import nl.hgk.ledger.events.escalation.EscalationResolved;
import nl.hgk.ledger.events.escalation.EscalationStep;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/**
 * Doorzettingsmacht (seed 000 B2 §5.2.1-§5.2.2): at step 4 the process director orders a party to deliver a form of
 * care and monitors it for an agreed period, a time limit on the board until the order is concluded.
 */
class CaseCareOrderTest {

    /** Thursday 17 April 2025, 10:00 in Amsterdam */
    private static final Instant NOW = Instant.parse("2025-04-17T08:00:00Z");
    private static final LocalDate MONITORED_UNTIL = LocalDate.of(2025, 6, 30);
    /** the end of 30 June in Amsterdam */
    private static final Instant DUE = Instant.parse("2025-06-30T22:00:00Z");
    private static final UUID ORDER_ID = UUID.fromString("7a1c0de5-0000-4000-8000-000000000001");
    private static final String PARTY = "GGZ Rivierduinen";
    private static final String CARE = "ambulante gezinsbehandeling, twee keer per week";

    private final FixtureConfiguration<Case> fixture = FixtureClock.caseFixture();

    private static OrderCare order() {
        return new OrderCare(CASE_ID, ORDER_ID, PARTY, CARE, MONITORED_UNTIL, null);
    }

    private static CareOrdered ordered() {
        return new CareOrdered(CASE_ID, ORDER_ID, PARTY, CARE, MONITORED_UNTIL);
    }

    @Test
    void theProcessDirectorOrdersAPartyToDeliverCareMonitoredUntilADate() {
        fixture.givenCurrentTime(NOW)
                .andGiven(atStepFourWithProcessDirector())
                .when(order())
                .expectEvents(ordered(), new TimeLimitSet(CASE_ID, TimeLimit.CARE_ORDER, ORDER_ID.toString(), DUE))
                .expectResultMessagePayload(5L)
                .expectScheduledDeadline(DUE, new TimeLimits.Due(TimeLimit.CARE_ORDER, ORDER_ID.toString(), DUE));
    }

    @Test
    void monitoringUntilTodayIsDueTonight() {
        Instant tonight = Instant.parse("2025-04-17T22:00:00Z");
        fixture.givenCurrentTime(NOW)
                .andGiven(atStepFourWithProcessDirector())
                .when(new OrderCare(CASE_ID, ORDER_ID, PARTY, CARE, LocalDate.of(2025, 4, 17), null))
                .expectEvents(new CareOrdered(CASE_ID, ORDER_ID, PARTY, CARE, LocalDate.of(2025, 4, 17)),
                        new TimeLimitSet(CASE_ID, TimeLimit.CARE_ORDER, ORDER_ID.toString(), tonight));
    }

    @Test
    void monitoringUntilADayThatHasPassedIsRefused() {
        fixture.givenCurrentTime(NOW)
                .andGiven(atStepFourWithProcessDirector())
                .when(new OrderCare(CASE_ID, ORDER_ID, PARTY, CARE, LocalDate.of(2025, 4, 16), null))
                .expectException(refusedWith(Refusal.DATE_IN_PAST))
                .expectNoEvents();
    }

    @Test
    void careIsNotOrderedBeforeStepFour() {
        fixture.givenCurrentTime(NOW)
                .andGiven(caseOpened(), coordinatorAppointed(),
                        new EscalationRaised(CASE_ID, EscalationStep.MANAGEMENT, null, "kinderen onveilig"))
                .when(order())
                .expectException(refusedWith(Refusal.NOT_AT_PROCESS_DIRECTOR_STEP))
                .expectNoEvents();
    }

    @Test
    void careIsNotOrderedBeforeAProcessDirectorIsAppointed() {
        fixture.givenCurrentTime(NOW)
                .andGiven(caseOpened(), coordinatorAppointed(),
                        new EscalationRaised(CASE_ID, EscalationStep.PROCESS_DIRECTOR, null, "kinderen onveilig"))
                .when(order())
                .expectException(refusedWith(Refusal.NO_PROCESS_DIRECTOR))
                .expectNoEvents();
    }

    @Test
    void careOrderedByAnotherMeldpuntIsRefused() {
        fixture.givenCurrentTime(NOW)
                .andGiven(atStepFourWithProcessDirector())
                .when(order(), Actors.of(OTHER_MELDPUNT, null))
                .expectException(refusedWith(Refusal.NOT_THE_PROCESS_DIRECTOR))
                .expectNoEvents();
    }

    @Test
    void theSameOrderTwiceIsRefused() {
        fixture.givenCurrentTime(NOW)
                .andGiven(atStepFourWithProcessDirector())
                .andGiven(ordered())
                .when(order())
                .expectException(refusedWith(Refusal.CARE_ORDER_ALREADY_RECORDED))
                .expectNoEvents();
    }

    @Test
    void concludingTheOrderMeetsItsLimit() {
        fixture.givenCurrentTime(NOW)
                .andGiven(atStepFourWithProcessDirector())
                .andGivenCommands(GenericCommandMessage.asCommandMessage(order()))
                .when(new ConcludeCareOrder(CASE_ID, ORDER_ID, true, null))
                .expectEvents(new CareOrderConcluded(CASE_ID, ORDER_ID, true),
                        new TimeLimitCleared(CASE_ID, TimeLimit.CARE_ORDER, ORDER_ID.toString(), DUE,
                                TimeLimitOutcome.MET))
                .expectNoScheduledDeadlines();
    }

    @Test
    void anOrderNotConcludedInTimeIsRecordedAsMissedAndRaisedWithTheProcessDirector() {
        fixture.givenCurrentTime(NOW)
                .andGiven(atStepFourWithProcessDirector())
                .andGivenCommands(GenericCommandMessage.asCommandMessage(order()))
                .whenTimeAdvancesTo(DUE)
                .expectTriggeredDeadlinesWithName(TimeLimits.CARE_ORDER)
                .expectEvents(new DeadlineMissed(CASE_ID, TimeLimit.CARE_ORDER, ORDER_ID.toString(), DUE));
    }

    @Test
    void theMonitoringOutlivesTheEscalation() {
        fixture.givenCurrentTime(NOW)
                .andGiven(atStepFourWithProcessDirector())
                .andGiven(ordered(), new EscalationResolved(CASE_ID, EscalationStep.PROCESS_DIRECTOR))
                .when(new ConcludeCareOrder(CASE_ID, ORDER_ID, false, null))
                .expectEvents(new CareOrderConcluded(CASE_ID, ORDER_ID, false));
    }

    @Test
    void anUnknownOrderIsRefused() {
        fixture.givenCurrentTime(NOW)
                .andGiven(atStepFourWithProcessDirector())
                .when(new ConcludeCareOrder(CASE_ID, ORDER_ID, true, null))
                .expectException(refusedWith(Refusal.UNKNOWN_CARE_ORDER))
                .expectNoEvents();
    }

    @Test
    void anOrderConcludedTwiceIsRefused() {
        fixture.givenCurrentTime(NOW)
                .andGiven(atStepFourWithProcessDirector())
                .andGiven(ordered(), new CareOrderConcluded(CASE_ID, ORDER_ID, true))
                .when(new ConcludeCareOrder(CASE_ID, ORDER_ID, true, null))
                .expectException(refusedWith(Refusal.CARE_ORDER_ALREADY_CONCLUDED))
                .expectNoEvents();
    }

    @Test
    void anOrderConcludedByAnotherOrganisationThanTheOneThatGaveItIsRefused() {
        fixture.givenCurrentTime(NOW)
                .andGiven(atStepFourWithProcessDirector())
                .andGiven(ordered())
                .when(new ConcludeCareOrder(CASE_ID, ORDER_ID, true, null), Actors.of(OTHER_MELDPUNT, null))
                .expectException(refusedWith(Refusal.NOT_THE_PROCESS_DIRECTOR))
                .expectNoEvents();
    }
}
