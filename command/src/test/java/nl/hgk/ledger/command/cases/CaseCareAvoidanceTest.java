package nl.hgk.ledger.command.cases;

import static nl.hgk.ledger.command.cases.CaseTestData.CASE_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.COORDINATOR;
import static nl.hgk.ledger.command.cases.CaseTestData.PERPETRATOR_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.STRANGER_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.caseClosed;
import static nl.hgk.ledger.command.cases.CaseTestData.caseOpened;
import static nl.hgk.ledger.command.cases.CaseTestData.eventsBesidesTimeLimits;
import static nl.hgk.ledger.command.cases.CaseTestData.refusedWith;
import static nl.hgk.ledger.command.cases.FixtureActors.as;
import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;

import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.audit.OrganisationType;
import nl.hgk.ledger.events.careavoidance.ActionPlanApproach;
import nl.hgk.ledger.events.careavoidance.ActionPlanDrawnUp;
import nl.hgk.ledger.events.careavoidance.CareAvoidanceRecorded;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.person.PersonErased;
import nl.hgk.ledger.events.person.PersonalData;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/**
 * Care avoidance (seed 000 B2 §2.1.4, §5.1.6): the coordinating organisation records it, with the worrying situation,
 * its risks and the client's view; the Meldpunt's action plan answers it.
 */
class CaseCareAvoidanceTest {

    private static final PersonalData SITUATION = PersonalData.noteOnly("vader weigert elk contact met de hulpverlening");
    private static final PersonalData RISKS = PersonalData.noteOnly("escalatie thuis; de kinderen zijn niet veilig");
    private static final PersonalData VIEW = PersonalData.noteOnly("vindt dat er niets aan de hand is");
    private static final LedgerUser PROVIDER = new LedgerUser("hulpverlener-hm", ActorRole.CASE_WORKER,
            "ggz-rivierduinen", "VT10", OrganisationType.PROVIDER);

    private final FixtureConfiguration<Case> fixture = FixtureClock.caseFixture();

    private static RecordCareAvoidance record() {
        return new RecordCareAvoidance(CASE_ID, PERPETRATOR_ID, SITUATION, RISKS, VIEW, null);
    }

    private static CareAvoidanceRecorded recorded() {
        return new CareAvoidanceRecorded(CASE_ID, PERPETRATOR_ID, SITUATION, RISKS, VIEW);
    }

    private static CoordinatorAppointed coordinated() {
        return new CoordinatorAppointed(CASE_ID, COORDINATOR);
    }

    // --- RecordCareAvoidance --------------------------------------------------------------------------------------

    @Test
    void theCoordinatorRecordsTheCareAvoidanceOfAClient() {
        fixture.given(caseOpened(), coordinated())
                .when(record())
                .expectEventsMatching(eventsBesidesTimeLimits(recorded()))
                .expectResultMessagePayload(2L);
    }

    @Test
    void withoutTheClientsViewItIsRecordedToo() {
        fixture.given(caseOpened(), coordinated())
                .when(new RecordCareAvoidance(CASE_ID, PERPETRATOR_ID, SITUATION, RISKS, null, null))
                .expectEventsMatching(eventsBesidesTimeLimits(
                        new CareAvoidanceRecorded(CASE_ID, PERPETRATOR_ID, SITUATION, RISKS, null)));
    }

    @Test
    void aCaseWithoutACoordinatorRecordsNone() {
        fixture.given(caseOpened())
                .when(record())
                .expectException(refusedWith(Refusal.NO_COORDINATOR))
                .expectNoEvents();
    }

    @Test
    void aProviderThatDoesNotCoordinateRecordsNone() {
        fixture.given(caseOpened(), coordinated())
                .when(as(PROVIDER, asCommandMessage(record())))
                .expectException(refusedWith(Refusal.NOT_THE_COORDINATOR))
                .expectNoEvents();
    }

    @Test
    void veiligThuisRecordsNoneForTheCoordinator() {
        fixture.given(caseOpened(), coordinated())
                .when(as(FixtureActors.VEILIG_THUIS, asCommandMessage(record())))
                .expectException(refusedWith(Refusal.NOT_THE_COORDINATOR))
                .expectNoEvents();
    }

    @Test
    void theMeldpuntRecordsNone() {
        fixture.given(caseOpened(), coordinated())
                .when(as(FixtureActors.MELDPUNT, asCommandMessage(record())))
                .expectException(refusedWith(Refusal.OUTSIDE_CAPACITY))
                .expectNoEvents();
    }

    @Test
    void aClientWhoIsNoPersonOfTheCaseIsRefused() {
        fixture.given(caseOpened(), coordinated())
                .when(new RecordCareAvoidance(CASE_ID, STRANGER_ID, SITUATION, RISKS, VIEW, null))
                .expectException(refusedWith(Refusal.UNKNOWN_PERSON))
                .expectNoEvents();
    }

    @Test
    void aClientWhoseDataWasErasedIsRefused() {
        fixture.given(caseOpened(), coordinated(), new PersonErased(CASE_ID, PERPETRATOR_ID))
                .when(record())
                .expectException(refusedWith(Refusal.PERSON_ERASED))
                .expectNoEvents();
    }

    @Test
    void aClosedCaseRecordsNone() {
        fixture.given(caseOpened(), coordinated(), caseClosed())
                .when(record())
                .expectException(refusedWith(Refusal.CASE_CLOSED))
                .expectNoEvents();
    }

    // --- DrawUpActionPlan -----------------------------------------------------------------------------------------

    @Test
    void theMeldpuntDrawsUpTheActionPlan() {
        fixture.given(caseOpened(), coordinated(), recorded())
                .when(new DrawUpActionPlan(CASE_ID, ActionPlanApproach.NEW_COORDINATOR, null))
                .expectEventsMatching(eventsBesidesTimeLimits(
                        new ActionPlanDrawnUp(CASE_ID, ActionPlanApproach.NEW_COORDINATOR)))
                .expectResultMessagePayload(3L);
    }

    @Test
    void anActionPlanWithoutACareAvoidanceIsRefused() {
        fixture.given(caseOpened(), coordinated())
                .when(new DrawUpActionPlan(CASE_ID, ActionPlanApproach.CARE_REFERRAL, null))
                .expectException(refusedWith(Refusal.NO_CARE_AVOIDANCE_RECORDED))
                .expectNoEvents();
    }

    @Test
    void oneActionPlanAnswersTheCareAvoidance() {
        fixture.given(caseOpened(), coordinated(), recorded(),
                        new ActionPlanDrawnUp(CASE_ID, ActionPlanApproach.CARE_REFERRAL))
                .when(new DrawUpActionPlan(CASE_ID, ActionPlanApproach.PROCESS_DIRECTION, null))
                .expectException(refusedWith(Refusal.NO_CARE_AVOIDANCE_RECORDED))
                .expectNoEvents();
    }

    @Test
    void aCareAvoidanceRecordedAgainAwaitsANewActionPlan() {
        fixture.given(caseOpened(), coordinated(), recorded(),
                        new ActionPlanDrawnUp(CASE_ID, ActionPlanApproach.CARE_REFERRAL), recorded())
                .when(new DrawUpActionPlan(CASE_ID, ActionPlanApproach.PROCESS_DIRECTION, null))
                .expectEventsMatching(eventsBesidesTimeLimits(
                        new ActionPlanDrawnUp(CASE_ID, ActionPlanApproach.PROCESS_DIRECTION)));
    }

    @Test
    void theCoordinatorDrawsUpNoActionPlan() {
        fixture.given(caseOpened(), coordinated(), recorded())
                .when(as(FixtureActors.COORDINATOR,
                        asCommandMessage(new DrawUpActionPlan(CASE_ID, ActionPlanApproach.CARE_REFERRAL, null))))
                .expectException(refusedWith(Refusal.OUTSIDE_CAPACITY))
                .expectNoEvents();
    }
}
