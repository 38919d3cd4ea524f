package nl.hgk.ledger.command.cases;

import static nl.hgk.ledger.command.cases.CaseTestData.CASE_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.COORDINATOR;
import static nl.hgk.ledger.command.cases.CaseTestData.OTHER_COORDINATOR;
import static nl.hgk.ledger.command.cases.CaseTestData.caseOpened;
import static nl.hgk.ledger.command.cases.CaseTestData.coordinatorAppointed;
import static nl.hgk.ledger.command.cases.CaseTestData.plan;
import static nl.hgk.ledger.command.cases.CaseTestData.refusedWith;
import static nl.hgk.ledger.command.cases.ProcessDirectionTestData.OTHER_MELDPUNT;
import static nl.hgk.ledger.command.cases.ProcessDirectionTestData.atStepFourWithProcessDirector;

import java.time.Instant;

import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.command.audit.Actors;
import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.audit.OrganisationType;
import nl.hgk.ledger.events.coordination.FamilyPlanAdopted;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.deadlines.TimeLimitCleared;
import nl.hgk.ledger.events.deadlines.TimeLimitOutcome;
import nl.hgk.ledger.events.deadlines.TimeLimitSet;
import nl.hgk.ledger.events.escalation.CareMeetingCalled;
import nl.hgk.ledger.events.escalation.CoordinationReturned;
import nl.hgk.ledger.events.escalation.EscalatedToMeldpuntManager;
import nl.hgk.ledger.events.escalation.EscalationRaised;
import nl.hgk.ledger.events.escalation.EscalationStep;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/**
 * The process director decides when coordination returns to one of the parties (seed 000 B2 §5.2.5): the end of step 4
 * (or 5), and the party named coordinates from then on.
 */
class CaseCoordinationReturnTest {

    /** Thursday 17 April 2025, 10:00 in Amsterdam */
    private static final Instant NOW = Instant.parse("2025-04-17T08:00:00Z");
    private static final Instant MEETING_DUE = Instant.parse("2025-04-23T22:00:00Z");
    /** of the organisation of {@link CaseTestData#OTHER_COORDINATOR}, which coordination returns to */
    private static final LedgerUser NEW_COORDINATOR = new LedgerUser(OTHER_COORDINATOR.userId(),
            ActorRole.COORDINATOR, OTHER_COORDINATOR.organisation(), "VT10", OrganisationType.CHILD_PROTECTION);

    private final FixtureConfiguration<Case> fixture = FixtureClock.caseFixture();

    @Test
    void coordinationReturnsToAnotherPartyAndEndsStepFour() {
        fixture.givenCurrentTime(NOW)
                .andGiven(atStepFourWithProcessDirector())
                .andGiven(new CareMeetingCalled(CASE_ID, true, null),
                        new TimeLimitSet(CASE_ID, TimeLimit.CARE_MEETING, null, MEETING_DUE))
                .when(new ReturnCoordination(CASE_ID, OTHER_COORDINATOR, null))
                .expectEvents(new CoordinationReturned(CASE_ID, OTHER_COORDINATOR, COORDINATOR),
                        new TimeLimitCleared(CASE_ID, TimeLimit.CARE_MEETING, null, MEETING_DUE,
                                TimeLimitOutcome.WITHDRAWN))
                .expectResultMessagePayload(7L);
    }

    @Test
    void coordinationMayReturnToTheCoordinatorOfBefore() {
        fixture.givenCurrentTime(NOW)
                .andGiven(atStepFourWithProcessDirector())
                .when(new ReturnCoordination(CASE_ID, COORDINATOR, null))
                .expectEvents(new CoordinationReturned(CASE_ID, COORDINATOR, COORDINATOR));
    }

    @Test
    void coordinationReturnsFromStepFive() {
        fixture.givenCurrentTime(NOW)
                .andGiven(atStepFourWithProcessDirector())
                .andGiven(new EscalatedToMeldpuntManager(CASE_ID, "geen aanbieder", "gemeente wijst aan"))
                .when(new ReturnCoordination(CASE_ID, OTHER_COORDINATOR, null))
                .expectEvents(new CoordinationReturned(CASE_ID, OTHER_COORDINATOR, COORDINATOR));
    }

    @Test
    void thePartyCoordinationReturnedToTakesTheCoordinatorsSteps() {
        fixture.givenCurrentTime(CaseTestData.ON_IMPOSITION_DAY)
                .andGiven(atStepFourWithProcessDirector())
                .andGiven(new CoordinationReturned(CASE_ID, OTHER_COORDINATOR, COORDINATOR))
                .when(new AdoptFamilyPlan(CASE_ID, plan(), null), Actors.of(NEW_COORDINATOR, null))
                .expectEventsMatching(CaseTestData.eventsBesidesTimeLimits(new FamilyPlanAdopted(CASE_ID, 1, plan())));
    }

    @Test
    void theCoordinatorOfBeforeNoLongerTakesThem() {
        fixture.givenCurrentTime(CaseTestData.ON_IMPOSITION_DAY)
                .andGiven(atStepFourWithProcessDirector())
                .andGiven(new CoordinationReturned(CASE_ID, OTHER_COORDINATOR, COORDINATOR))
                .when(new AdoptFamilyPlan(CASE_ID, plan(), null), Actors.of(FixtureActors.COORDINATOR, null))
                .expectException(refusedWith(Refusal.NOT_THE_COORDINATOR))
                .expectNoEvents();
    }

    @Test
    void afterCoordinationReturnedAnEscalationStartsAgainAtTheFirstStep() {
        fixture.givenCurrentTime(NOW)
                .andGiven(atStepFourWithProcessDirector())
                .andGiven(new CoordinationReturned(CASE_ID, COORDINATOR, COORDINATOR))
                .when(new RaiseEscalation(CASE_ID, EscalationStep.ADVICE, null, null),
                        CaseTestData.withReason("de hulp stagneert opnieuw"))
                .expectEvents(new EscalationRaised(CASE_ID, EscalationStep.ADVICE, null, null));
    }

    @Test
    void coordinationDoesNotReturnBeforeStepFour() {
        fixture.givenCurrentTime(NOW)
                .andGiven(caseOpened(), coordinatorAppointed(),
                        new EscalationRaised(CASE_ID, EscalationStep.MANAGEMENT, null, "kinderen onveilig"))
                .when(new ReturnCoordination(CASE_ID, OTHER_COORDINATOR, null))
                .expectException(refusedWith(Refusal.NOT_AT_PROCESS_DIRECTOR_STEP))
                .expectNoEvents();
    }

    @Test
    void coordinationDoesNotReturnWithoutAnEscalation() {
        fixture.givenCurrentTime(NOW)
                .andGiven(caseOpened(), coordinatorAppointed())
                .when(new ReturnCoordination(CASE_ID, OTHER_COORDINATOR, null))
                .expectException(refusedWith(Refusal.NOT_AT_PROCESS_DIRECTOR_STEP))
                .expectNoEvents();
    }

    @Test
    void coordinationDoesNotReturnBeforeAProcessDirectorIsAppointed() {
        fixture.givenCurrentTime(NOW)
                .andGiven(caseOpened(), coordinatorAppointed(),
                        new EscalationRaised(CASE_ID, EscalationStep.PROCESS_DIRECTOR, null, "kinderen onveilig"))
                .when(new ReturnCoordination(CASE_ID, OTHER_COORDINATOR, null))
                .expectException(refusedWith(Refusal.NO_PROCESS_DIRECTOR))
                .expectNoEvents();
    }

    @Test
    void coordinationReturnedByAnotherMeldpuntIsRefused() {
        fixture.givenCurrentTime(NOW)
                .andGiven(atStepFourWithProcessDirector())
                .when(new ReturnCoordination(CASE_ID, OTHER_COORDINATOR, null), Actors.of(OTHER_MELDPUNT, null))
                .expectException(refusedWith(Refusal.NOT_THE_PROCESS_DIRECTOR))
                .expectNoEvents();
    }
}
