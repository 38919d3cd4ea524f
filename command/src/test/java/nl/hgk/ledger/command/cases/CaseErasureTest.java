package nl.hgk.ledger.command.cases;

import static nl.hgk.ledger.command.cases.CaseTestData.CASE_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.CHILD_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.COORDINATOR;
import static nl.hgk.ledger.command.cases.CaseTestData.ON_IMPOSITION_DAY;
import static nl.hgk.ledger.command.cases.CaseTestData.PERPETRATOR_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.REPORT_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.SECOND_REPORT_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.STRANGER_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.VICTIM_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.anonymousReport;
import static nl.hgk.ledger.command.cases.CaseTestData.caseClosed;
import static nl.hgk.ledger.command.cases.CaseTestData.caseOpened;
import static nl.hgk.ledger.command.cases.CaseTestData.received;
import static nl.hgk.ledger.command.cases.CaseTestData.refusedWith;
import static nl.hgk.ledger.command.cases.CaseTestData.withReason;

import java.util.List;
import java.util.Map;

import nl.hgk.ledger.command.audit.Actors;
import nl.hgk.ledger.events.coordination.Consent;
import nl.hgk.ledger.events.coordination.ConsentDecision;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.coordination.FamilyPlan;
import nl.hgk.ledger.events.coordination.FamilyPlanAdopted;
import nl.hgk.ledger.events.person.PersonErased;
import nl.hgk.ledger.events.person.PersonalData;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** Erasing one person's data (the right to erasure), and erasing a closed case's data when its retention ends. */
class CaseErasureTest {

    private static final Map<String, Object> REQUESTED = withReason("verzoek van betrokkene (AVG art. 17)");

    private final FixtureConfiguration<Case> fixture = FixtureClock.caseFixture();

    // --- ErasePerson ----------------------------------------------------------------------------------------------

    @Test
    void aPersonOfTheCaseIsErasedAndTheErasureIsRecorded() {
        fixture.given(caseOpened())
                .when(new ErasePerson(CASE_ID, VICTIM_ID), REQUESTED)
                .expectEvents(new PersonErased(CASE_ID, VICTIM_ID))
                .expectResultMessagePayload(1L);
    }

    @Test
    void theReportersContactDetailsAreErasedByTheReportsId() {
        fixture.given(caseOpened())
                .when(new ErasePerson(CASE_ID, REPORT_ID), REQUESTED)
                .expectEvents(new PersonErased(CASE_ID, REPORT_ID));
    }

    @Test
    void aClosedCaseStillErases() {
        fixture.given(caseOpened(), caseClosed())
                .when(new ErasePerson(CASE_ID, CHILD_ID), REQUESTED)
                .expectEvents(new PersonErased(CASE_ID, CHILD_ID));
    }

    @Test
    void anUnknownPersonIsRefused() {
        fixture.given(caseOpened())
                .when(new ErasePerson(CASE_ID, STRANGER_ID), REQUESTED)
                .expectException(refusedWith(Refusal.UNKNOWN_PERSON))
                .expectNoEvents();
    }

    @Test
    void anAnonymousReporterHasNothingToErase() {
        fixture.given(received(anonymousReport(SECOND_REPORT_ID)))
                .when(new ErasePerson(CASE_ID, SECOND_REPORT_ID), REQUESTED)
                .expectException(refusedWith(Refusal.UNKNOWN_PERSON))
                .expectNoEvents();
    }

    @Test
    void aPersonErasedBeforeIsRefused() {
        fixture.given(caseOpened(), new PersonErased(CASE_ID, VICTIM_ID))
                .when(new ErasePerson(CASE_ID, VICTIM_ID), REQUESTED)
                .expectException(refusedWith(Refusal.PERSON_ALREADY_ERASED))
                .expectNoEvents();
    }

    @Test
    void anErasureWithoutAReasonIsRefused() {
        fixture.given(caseOpened())
                .when(new ErasePerson(CASE_ID, VICTIM_ID))
                .expectException(refusedWith(Refusal.REASON_REQUIRED))
                .expectNoEvents();
        fixture.given(caseOpened())
                .when(new ErasePerson(CASE_ID, VICTIM_ID), withReason("  "))
                .expectException(refusedWith(Refusal.REASON_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void noNewOpinionOfAnErasedPersonIsTaken() {
        Consent fatherForTheSon = Consent.byRepresentative(CHILD_ID, PERPETRATOR_ID, ConsentDecision.GIVEN, true, null);
        Consent father = Consent.own(PERPETRATOR_ID, ConsentDecision.GIVEN, true, null);
        FamilyPlan withOpinion = new FamilyPlan(List.of(), List.of(), List.of(), List.of(), List.of(
                Consent.own(VICTIM_ID, ConsentDecision.REFUSED, false, PersonalData.noteOnly("wil eerst praten")),
                father, fatherForTheSon));
        FamilyPlan withoutOpinion = new FamilyPlan(List.of(), List.of(), List.of(), List.of(), List.of(
                Consent.own(VICTIM_ID, ConsentDecision.REFUSED, false, null), father, fatherForTheSon));
        fixture.givenCurrentTime(ON_IMPOSITION_DAY)
                .andGiven(caseOpened(), new CoordinatorAppointed(CASE_ID, COORDINATOR), new PersonErased(CASE_ID, VICTIM_ID))
                .when(new AdoptFamilyPlan(CASE_ID, withOpinion, null))
                .expectException(refusedWith(Refusal.PERSON_ERASED))
                .expectNoEvents();
        fixture.givenCurrentTime(ON_IMPOSITION_DAY)
                .andGiven(caseOpened(), new CoordinatorAppointed(CASE_ID, COORDINATOR), new PersonErased(CASE_ID, VICTIM_ID))
                .when(new AdoptFamilyPlan(CASE_ID, withoutOpinion, null))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(CaseTestData.eventsBesidesTimeLimits(
                        new FamilyPlanAdopted(CASE_ID, 1, withoutOpinion)));
    }

    // --- EraseCaseData (retention) --------------------------------------------------------------------------------

    @Test
    void theRetentionRuleErasesEverySubjectNotErasedYetAsTheSystem() {
        fixture.given(caseOpened(), new PersonErased(CASE_ID, CHILD_ID), caseClosed())
                .when(new EraseCaseData(CASE_ID), Actors.system("bewaartermijn verstreken"))
                .expectEvents(new PersonErased(CASE_ID, VICTIM_ID), new PersonErased(CASE_ID, PERPETRATOR_ID),
                        new PersonErased(CASE_ID, REPORT_ID))
                .expectResultMessagePayload(5L);
    }

    @Test
    void aCaseWhoseSubjectsAreAllErasedRecordsNothingMore() {
        fixture.given(caseOpened(), caseClosed(), new PersonErased(CASE_ID, VICTIM_ID),
                        new PersonErased(CASE_ID, PERPETRATOR_ID), new PersonErased(CASE_ID, CHILD_ID),
                        new PersonErased(CASE_ID, REPORT_ID))
                .when(new EraseCaseData(CASE_ID), Actors.system("bewaartermijn verstreken"))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theRetentionRuleDoesNotEraseAnOpenCase() {
        fixture.given(caseOpened())
                .when(new EraseCaseData(CASE_ID), Actors.system("bewaartermijn verstreken"))
                .expectException(refusedWith(Refusal.CASE_OPEN))
                .expectNoEvents();
    }

    @Test
    void theRetentionRuleNeedsItsReason() {
        fixture.given(caseOpened(), caseClosed())
                .when(new EraseCaseData(CASE_ID))
                .expectException(refusedWith(Refusal.REASON_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void anonymousReportersAreNoSubjects() {
        fixture.given(received(anonymousReport(REPORT_ID)), caseClosed())
                .when(new EraseCaseData(CASE_ID), Actors.system("bewaartermijn verstreken"))
                .expectEvents(new PersonErased(CASE_ID, VICTIM_ID), new PersonErased(CASE_ID, PERPETRATOR_ID),
                        new PersonErased(CASE_ID, CHILD_ID));
    }
}
