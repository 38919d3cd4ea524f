package nl.hgk.ledger.command.cases;

import static nl.hgk.ledger.command.cases.CaseTestData.eventsBesidesTimeLimits;
import static nl.hgk.ledger.command.cases.CaseTestData.CASE_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.ON_IMPOSITION_DAY;
import static nl.hgk.ledger.command.cases.CaseTestData.COORDINATOR;
import static nl.hgk.ledger.command.cases.CaseTestData.OTHER_COORDINATOR;
import static nl.hgk.ledger.command.cases.CaseTestData.STRANGER_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.caseOpened;
import static nl.hgk.ledger.command.cases.CaseTestData.householdConsents;
import static nl.hgk.ledger.command.cases.CaseTestData.plan;
import static nl.hgk.ledger.command.cases.CaseTestData.refusedWith;
import static nl.hgk.ledger.command.cases.CaseTestData.withReason;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.hgk.ledger.events.coordination.Consent;
import nl.hgk.ledger.events.coordination.ConsentDecision;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.coordination.CoordinatorReplaced;
import nl.hgk.ledger.events.coordination.FamilyPlanAdopted;
import nl.hgk.ledger.events.coordination.FamilyPlanRevised;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** The coordinator and the family plan. */
class CaseCoordinationTest {

    private final FixtureConfiguration<Case> fixture = FixtureClock.caseFixture();

    private static CoordinatorAppointed appointed() {
        return new CoordinatorAppointed(CASE_ID, COORDINATOR);
    }

    /** the household's answers, and one of someone the case does not know */
    private static List<Consent> withStranger() {
        List<Consent> consents = new ArrayList<>(householdConsents());
        consents.add(Consent.own(STRANGER_ID, ConsentDecision.GIVEN, true, null));
        return consents;
    }

    private static FamilyPlanAdopted adopted() {
        return new FamilyPlanAdopted(CASE_ID, 1, plan());
    }

    // --- AppointCoordinator ---------------------------------------------------------------------------------------

    @Test
    void appointCoordinatorLinksTheCoordinator() {
        fixture.given(caseOpened())
                .when(new AppointCoordinator(CASE_ID, COORDINATOR, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new CoordinatorAppointed(CASE_ID, COORDINATOR)))
                .expectResultMessagePayload(1L);
    }

    @Test
    void appointCoordinatorWhenOneIsAppointedIsRefused() {
        fixture.given(caseOpened(), appointed())
                .when(new AppointCoordinator(CASE_ID, OTHER_COORDINATOR, null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.COORDINATOR_ALREADY_APPOINTED))
                .expectNoEvents();
    }

    // --- ReplaceCoordinator ---------------------------------------------------------------------------------------

    @Test
    void replaceCoordinatorWithAReasonReassignsCoordination() {
        fixture.given(caseOpened(), appointed())
                .when(new ReplaceCoordinator(CASE_ID, OTHER_COORDINATOR, null),
                        withReason("inadequate coordination reported by the school"))
                .expectEventsMatching(eventsBesidesTimeLimits(new CoordinatorReplaced(CASE_ID, COORDINATOR, OTHER_COORDINATOR)))
                .expectResultMessagePayload(2L);
    }

    @Test
    void replaceCoordinatorTwiceNamesTheCurrentOneAsPrevious() {
        fixture.given(caseOpened(), appointed(), new CoordinatorReplaced(CASE_ID, COORDINATOR, OTHER_COORDINATOR))
                .when(new ReplaceCoordinator(CASE_ID, COORDINATOR, null), withReason("back from leave"))
                .expectEventsMatching(eventsBesidesTimeLimits(new CoordinatorReplaced(CASE_ID, OTHER_COORDINATOR, COORDINATOR)))
                .expectResultMessagePayload(3L);
    }

    @Test
    void replaceCoordinatorWithoutAReasonIsRefused() {
        fixture.given(caseOpened(), appointed())
                .when(new ReplaceCoordinator(CASE_ID, OTHER_COORDINATOR, null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.REASON_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void replaceCoordinatorWithABlankReasonIsRefused() {
        fixture.given(caseOpened(), appointed())
                .when(new ReplaceCoordinator(CASE_ID, OTHER_COORDINATOR, null), withReason("   "))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.REASON_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void replaceCoordinatorWithoutACoordinatorIsRefused() {
        fixture.given(caseOpened())
                .when(new ReplaceCoordinator(CASE_ID, OTHER_COORDINATOR, null), withReason("reassignment"))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.NO_COORDINATOR))
                .expectNoEvents();
    }

    @Test
    void replaceCoordinatorByTheSameProfessionalIsRefused() {
        fixture.given(caseOpened(), appointed())
                .when(new ReplaceCoordinator(CASE_ID, COORDINATOR, null), withReason("reassignment"))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.COORDINATOR_UNCHANGED))
                .expectNoEvents();
    }

    // --- AdoptFamilyPlan ------------------------------------------------------------------------------------------

    @Test
    void adoptFamilyPlanAdoptsPlanVersionOne() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(caseOpened(), appointed())
                .when(new AdoptFamilyPlan(CASE_ID, plan(), null))
                .expectEventsMatching(eventsBesidesTimeLimits(new FamilyPlanAdopted(CASE_ID, 1, plan())))
                .expectResultMessagePayload(4L);
    }

    @Test
    void adoptFamilyPlanWithoutACoordinatorIsRefused() {
        fixture.given(caseOpened())
                .when(new AdoptFamilyPlan(CASE_ID, plan(), null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.NO_COORDINATOR))
                .expectNoEvents();
    }

    @Test
    void adoptFamilyPlanTwiceIsRefused() {
        fixture.given(caseOpened(), appointed(), adopted())
                .when(new AdoptFamilyPlan(CASE_ID, plan(), null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.PLAN_ALREADY_ADOPTED))
                .expectNoEvents();
    }

    @Test
    void adoptFamilyPlanWithConsentOfAPersonOutsideTheCaseIsRefused() {
        fixture.given(caseOpened(), appointed())
                .when(new AdoptFamilyPlan(CASE_ID, plan(withStranger()), null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.UNKNOWN_PERSON))
                .expectNoEvents();
    }

    // --- ReviseFamilyPlan -----------------------------------------------------------------------------------------

    @Test
    void reviseFamilyPlanToTheNextVersionWithAReason() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(caseOpened(), appointed(), adopted())
                .when(new ReviseFamilyPlan(CASE_ID, 2, plan(), null),
                        withReason("evaluation: the plan goes on as it is"))
                .expectEventsMatching(eventsBesidesTimeLimits(new FamilyPlanRevised(CASE_ID, 2, plan())))
                .expectResultMessagePayload(5L);
    }

    @Test
    void reviseFamilyPlanAfterARevisionNeedsTheVersionAfterThat() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY)
                .andGiven(caseOpened(), appointed(), adopted(), new FamilyPlanRevised(CASE_ID, 2, plan()))
                .when(new ReviseFamilyPlan(CASE_ID, 3, plan(), null), withReason("second evaluation"))
                .expectEventsMatching(eventsBesidesTimeLimits(new FamilyPlanRevised(CASE_ID, 3, plan())))
                .expectResultMessagePayload(6L);
    }

    @Test
    void reviseFamilyPlanWithTheCurrentVersionNumberIsRefused() {
        fixture.given(caseOpened(), appointed(), adopted())
                .when(new ReviseFamilyPlan(CASE_ID, 1, plan(), null), withReason("evaluation"))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.WRONG_PLAN_VERSION))
                .expectNoEvents();
    }

    @Test
    void reviseFamilyPlanSkippingAVersionNumberIsRefused() {
        fixture.given(caseOpened(), appointed(), adopted())
                .when(new ReviseFamilyPlan(CASE_ID, 3, plan(), null), withReason("evaluation"))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.WRONG_PLAN_VERSION))
                .expectNoEvents();
    }

    @Test
    void reviseFamilyPlanWithoutAReasonIsRefused() {
        fixture.given(caseOpened(), appointed(), adopted())
                .when(new ReviseFamilyPlan(CASE_ID, 2, plan(), null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.REASON_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void reviseFamilyPlanWithAnEmptyReasonIsRefused() {
        fixture.given(caseOpened(), appointed(), adopted())
                .when(new ReviseFamilyPlan(CASE_ID, 2, plan(), null), Map.of("reason", ""))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.REASON_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void reviseFamilyPlanBeforeOneWasAdoptedIsRefused() {
        fixture.given(caseOpened(), appointed())
                .when(new ReviseFamilyPlan(CASE_ID, 1, plan(), null), withReason("evaluation"))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.NO_PLAN))
                .expectNoEvents();
    }

    @Test
    void reviseFamilyPlanWithConsentOfAPersonOutsideTheCaseIsRefused() {
        fixture.given(caseOpened(), appointed(), adopted())
                .when(new ReviseFamilyPlan(CASE_ID, 2, plan(withStranger()), null), withReason("evaluation"))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.UNKNOWN_PERSON))
                .expectNoEvents();
    }
}
