package nl.hgk.ledger.command.cases;

import static nl.hgk.ledger.command.cases.CaseTestData.CASE_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.COORDINATOR;
import static nl.hgk.ledger.command.cases.CaseTestData.STRANGER_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.VICTIM_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.caseOpened;
import static nl.hgk.ledger.command.cases.CaseTestData.eventsBesidesTimeLimits;
import static nl.hgk.ledger.command.cases.CaseTestData.refusedWith;
import static nl.hgk.ledger.command.cases.CaseTestData.withReason;

import nl.hgk.ledger.events.coordination.Coordinator;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.coordination.CoordinatorReplaced;
import nl.hgk.ledger.events.person.PersonErased;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/**
 * A parent or the family may be the coordinator (seed 000 B2 §2.2; seed 001 "Het gezin heeft de regie"), supported by
 * a professional organisation that records the steps: the coordinator names the person of the case, never their name.
 */
class CaseFamilyCoordinatorTest {

    /** the mother coordinates, supported by the coordinator's own local team */
    private static final Coordinator THE_MOTHER = new Coordinator(COORDINATOR.userId(), COORDINATOR.organisation(),
            VICTIM_ID);

    private final FixtureConfiguration<Case> fixture = FixtureClock.caseFixture();

    @Test
    void aParentOfTheCaseIsAppointedAsTheFamilysCoordinator() {
        fixture.given(caseOpened())
                .when(new AppointCoordinator(CASE_ID, THE_MOTHER, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new CoordinatorAppointed(CASE_ID, THE_MOTHER)));
    }

    @Test
    void aCoordinatorWhoIsNoPersonOfTheCaseIsRefused() {
        fixture.given(caseOpened())
                .when(new AppointCoordinator(CASE_ID,
                        new Coordinator(COORDINATOR.userId(), COORDINATOR.organisation(), STRANGER_ID), null))
                .expectException(refusedWith(Refusal.UNKNOWN_PERSON))
                .expectNoEvents();
    }

    @Test
    void aCoordinatorWhoseDataWasErasedIsRefused() {
        fixture.given(caseOpened(), new PersonErased(CASE_ID, VICTIM_ID))
                .when(new AppointCoordinator(CASE_ID, THE_MOTHER, null))
                .expectException(refusedWith(Refusal.PERSON_ERASED))
                .expectNoEvents();
    }

    @Test
    void coordinationPassesFromTheProfessionalToTheFamily() {
        fixture.given(caseOpened(), new CoordinatorAppointed(CASE_ID, COORDINATOR))
                .when(new ReplaceCoordinator(CASE_ID, THE_MOTHER, null), withReason("de moeder neemt de regie"))
                .expectEventsMatching(eventsBesidesTimeLimits(new CoordinatorReplaced(CASE_ID, COORDINATOR, THE_MOTHER)));
    }

    @Test
    void coordinationReturnsFromTheFamilyToTheProfessional() {
        fixture.given(caseOpened(), new CoordinatorAppointed(CASE_ID, THE_MOTHER))
                .when(new ReplaceCoordinator(CASE_ID, COORDINATOR, null), withReason("de moeder kan het niet meer"))
                .expectEventsMatching(eventsBesidesTimeLimits(new CoordinatorReplaced(CASE_ID, THE_MOTHER, COORDINATOR)));
    }

    @Test
    void coordinationPassedToSomeoneWhoIsNoPersonOfTheCaseIsRefused() {
        fixture.given(caseOpened(), new CoordinatorAppointed(CASE_ID, COORDINATOR))
                .when(new ReplaceCoordinator(CASE_ID,
                        new Coordinator(COORDINATOR.userId(), COORDINATOR.organisation(), STRANGER_ID), null),
                        withReason("het gezin neemt de regie"))
                .expectException(refusedWith(Refusal.UNKNOWN_PERSON))
                .expectNoEvents();
    }

    @Test
    void coordinationPassedToAPersonWhoseDataWasErasedIsRefused() {
        fixture.given(caseOpened(), new CoordinatorAppointed(CASE_ID, COORDINATOR), new PersonErased(CASE_ID, VICTIM_ID))
                .when(new ReplaceCoordinator(CASE_ID, THE_MOTHER, null), withReason("de moeder neemt de regie"))
                .expectException(refusedWith(Refusal.PERSON_ERASED))
                .expectNoEvents();
    }

    @Test
    void theSameParentWithTheSameSupportIsUnchanged() {
        fixture.given(caseOpened(), new CoordinatorAppointed(CASE_ID, THE_MOTHER))
                .when(new ReplaceCoordinator(CASE_ID, THE_MOTHER, null), withReason("opnieuw"))
                .expectException(refusedWith(Refusal.COORDINATOR_UNCHANGED))
                .expectNoEvents();
    }
}
