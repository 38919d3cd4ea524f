package nl.hgk.ledger.command.cases;

import static nl.hgk.ledger.command.cases.CaseTestData.CASE_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.COORDINATOR;
import static nl.hgk.ledger.command.cases.CaseTestData.IMPOSED_ON;
import static nl.hgk.ledger.command.cases.CaseTestData.ON_IMPOSITION_DAY;
import static nl.hgk.ledger.command.cases.CaseTestData.OTHER_COORDINATOR;
import static nl.hgk.ledger.command.cases.CaseTestData.caseOpened;
import static nl.hgk.ledger.command.cases.CaseTestData.coordinatorAppointed;
import static nl.hgk.ledger.command.cases.CaseTestData.eventsBesidesTimeLimits;
import static nl.hgk.ledger.command.cases.CaseTestData.plan;
import static nl.hgk.ledger.command.cases.CaseTestData.refusedWith;

import java.time.LocalDate;

import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.command.audit.Actors;
import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.audit.OrganisationType;
import nl.hgk.ledger.events.coordination.CoordinatorReplaced;
import nl.hgk.ledger.events.coordination.FamilyPlanAdopted;
import nl.hgk.ledger.events.coordination.ProcessDirector;
import nl.hgk.ledger.events.coordination.ProcessDirectorAppointed;
import nl.hgk.ledger.events.escalation.EscalationRaised;
import nl.hgk.ledger.events.escalation.EscalationResolved;
import nl.hgk.ledger.events.escalation.EscalationStep;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * The coordinator's steps are the coordinating organisation's: its coordinator, or a colleague of the same organisation
 * standing in, adopts, revises and evaluates the plan, raises escalations, holds the case conference and resolves steps
 * 1 to 3; anyone else is refused as not the coordinator (403), also while the case has none. Coordination is handed
 * over by that organisation, by Veilig Thuis, or by the process director (seed 000 B2 §3.1, §5.1.5).
 */
class CaseCoordinatorStepsTest {

    private static final String STAGNATION = "de hulp komt niet op gang";
    /** of the coordinating organisation, standing in for its coordinator */
    private static final LedgerUser COLLEAGUE = new LedgerUser("a.smits", ActorRole.COORDINATOR,
            COORDINATOR.organisation(), "VT10", OrganisationType.LOCAL_TEAM);
    /** a care provider involved in the case, which may coordinate cases of its own but not this one */
    private static final LedgerUser PROVIDER = new LedgerUser("h.bos", ActorRole.CASE_WORKER, "GGZ Rivierduinen",
            "VT10", OrganisationType.PROVIDER);
    private static final ProcessDirector DIRECTOR = new ProcessDirector("p.devries",
            FixtureActors.MELDPUNT.organisation());

    private final FixtureConfiguration<Case> fixture = FixtureClock.caseFixture();

    private static EscalationRaised raised(EscalationStep step) {
        return new EscalationRaised(CASE_ID, step, null, null);
    }

    // --- escalations ----------------------------------------------------------------------------------------------

    @Test
    void anEscalationRaisedByAnotherOrganisationIsRefused() {
        fixture.given(caseOpened(), coordinatorAppointed())
                .when(new RaiseEscalation(CASE_ID, EscalationStep.ADVICE, null, null), Actors.of(PROVIDER, STAGNATION))
                .expectException(refusedWith(Refusal.NOT_THE_COORDINATOR))
                .expectNoEvents();
    }

    @Test
    void aColleagueOfTheCoordinatorStandingInRaisesAnEscalation() {
        fixture.given(caseOpened(), coordinatorAppointed())
                .when(new RaiseEscalation(CASE_ID, EscalationStep.ADVICE, null, null), Actors.of(COLLEAGUE, STAGNATION))
                .expectEventsMatching(eventsBesidesTimeLimits(raised(EscalationStep.ADVICE)));
    }

    @Test
    void anEscalationOfACaseWithoutACoordinatorIsRefusedSayingSo() {
        fixture.given(caseOpened())
                .when(new RaiseEscalation(CASE_ID, EscalationStep.ADVICE, null, null),
                        Actors.of(FixtureActors.COORDINATOR, STAGNATION))
                .expectException(refusedWith(Refusal.NOT_THE_COORDINATOR))
                .expectExceptionMessage(Matchers.containsString("no coordinator"))
                .expectNoEvents();
    }

    @Test
    void theCaseConferenceHeldByAnotherOrganisationIsRefused() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY)
                .andGiven(caseOpened(), coordinatorAppointed(), raised(EscalationStep.CASE_CONFERENCE))
                .when(new HoldCaseConference(CASE_ID, IMPOSED_ON, null), Actors.of(PROVIDER, null))
                .expectException(refusedWith(Refusal.NOT_THE_COORDINATOR))
                .expectNoEvents();
    }

    @Test
    void stepThreeResolvedByAnotherOrganisationIsRefused() {
        fixture.given(caseOpened(), coordinatorAppointed(), raised(EscalationStep.MANAGEMENT))
                .when(new ResolveEscalation(CASE_ID, null), Actors.of(FixtureActors.MELDPUNT, null))
                .expectException(refusedWith(Refusal.NOT_THE_COORDINATOR))
                .expectNoEvents();
    }

    @Test
    void stepThreeIsResolvedByTheCoordinatingOrganisation() {
        fixture.given(caseOpened(), coordinatorAppointed(), raised(EscalationStep.MANAGEMENT))
                .when(new ResolveEscalation(CASE_ID, null), Actors.of(COLLEAGUE, null))
                .expectEventsMatching(eventsBesidesTimeLimits(
                        new EscalationResolved(CASE_ID, EscalationStep.MANAGEMENT)));
    }

    @Test
    void stepFourIsNotResolvedByTheCoordinator() {
        fixture.given(caseOpened(), coordinatorAppointed(), raised(EscalationStep.PROCESS_DIRECTOR),
                        new ProcessDirectorAppointed(CASE_ID, DIRECTOR))
                .when(new ResolveEscalation(CASE_ID, null), Actors.of(FixtureActors.COORDINATOR, null))
                .expectException(refusedWith(Refusal.NOT_THE_PROCESS_DIRECTOR))
                .expectNoEvents();
    }

    // --- the plan -------------------------------------------------------------------------------------------------

    @Test
    void aPlanAdoptedByAnotherOrganisationIsRefused() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY)
                .andGiven(caseOpened(), coordinatorAppointed())
                .when(new AdoptFamilyPlan(CASE_ID, plan(), null), Actors.of(PROVIDER, null))
                .expectException(refusedWith(Refusal.NOT_THE_COORDINATOR))
                .expectNoEvents();
    }

    @Test
    void aPlanAdoptedByVeiligThuisForTheCoordinatorIsRefused() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY)
                .andGiven(caseOpened(), coordinatorAppointed())
                .when(new AdoptFamilyPlan(CASE_ID, plan(), null), Actors.of(FixtureActors.VEILIG_THUIS, null))
                .expectException(refusedWith(Refusal.NOT_THE_COORDINATOR))
                .expectNoEvents();
    }

    @Test
    void aColleagueOfTheCoordinatorStandingInAdoptsThePlan() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY)
                .andGiven(caseOpened(), coordinatorAppointed())
                .when(new AdoptFamilyPlan(CASE_ID, plan(), null), Actors.of(COLLEAGUE, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new FamilyPlanAdopted(CASE_ID, 1, plan())));
    }

    @Test
    void aPlanRevisedByAnotherOrganisationIsRefused() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY)
                .andGiven(caseOpened(), coordinatorAppointed(), new FamilyPlanAdopted(CASE_ID, 1, plan()))
                .when(new ReviseFamilyPlan(CASE_ID, 2, plan(), null), Actors.of(PROVIDER, "nieuwe taak"))
                .expectException(refusedWith(Refusal.NOT_THE_COORDINATOR))
                .expectNoEvents();
    }

    @Test
    void aPlanEvaluatedByAnotherOrganisationIsRefused() {
        LocalDate evaluationDate = plan().evaluationDates().get(0);
        fixture.givenCurrentTime(ON_IMPOSITION_DAY)
                .andGiven(caseOpened(), coordinatorAppointed(), new FamilyPlanAdopted(CASE_ID, 1, plan()))
                .when(new EvaluateFamilyPlan(CASE_ID, evaluationDate, null), Actors.of(PROVIDER, null))
                .expectException(refusedWith(Refusal.NOT_THE_COORDINATOR))
                .expectNoEvents();
    }

    @Test
    void theLedgerItselfActsForTheCoordinatingOrganisation() {
        fixture.given(caseOpened(), coordinatorAppointed(), raised(EscalationStep.ADVICE))
                .when(new ResolveEscalation(CASE_ID, null), Actors.system("test van de regel"))
                .expectEventsMatching(eventsBesidesTimeLimits(new EscalationResolved(CASE_ID, EscalationStep.ADVICE)));
    }

    // --- handing over coordination --------------------------------------------------------------------------------

    @Test
    void theCoordinatingOrganisationHandsOverCoordination() {
        fixture.given(caseOpened(), coordinatorAppointed())
                .when(new ReplaceCoordinator(CASE_ID, OTHER_COORDINATOR, null),
                        Actors.of(FixtureActors.COORDINATOR, "verhuisd naar een andere wijk"))
                .expectEvents(new CoordinatorReplaced(CASE_ID, COORDINATOR, OTHER_COORDINATOR));
    }

    @Test
    void veiligThuisReassignsCoordination() {
        fixture.given(caseOpened(), coordinatorAppointed())
                .when(new ReplaceCoordinator(CASE_ID, OTHER_COORDINATOR, null),
                        Actors.of(FixtureActors.VEILIG_THUIS, "jeugdbescherming neemt de regie"))
                .expectEvents(new CoordinatorReplaced(CASE_ID, COORDINATOR, OTHER_COORDINATOR));
    }

    @Test
    void theProcessDirectorReassignsCoordination() {
        fixture.given(caseOpened(), coordinatorAppointed(), raised(EscalationStep.PROCESS_DIRECTOR),
                        new ProcessDirectorAppointed(CASE_ID, DIRECTOR))
                .when(new ReplaceCoordinator(CASE_ID, OTHER_COORDINATOR, null),
                        Actors.of(FixtureActors.MELDPUNT, "regie opnieuw toegewezen"))
                .expectEvents(new CoordinatorReplaced(CASE_ID, COORDINATOR, OTHER_COORDINATOR));
    }

    @Test
    void coordinationHandedOverByAnotherOrganisationIsRefused() {
        fixture.given(caseOpened(), coordinatorAppointed())
                .when(new ReplaceCoordinator(CASE_ID, OTHER_COORDINATOR, null), Actors.of(PROVIDER, "wij nemen het over"))
                .expectException(refusedWith(Refusal.NOT_THE_COORDINATOR))
                .expectNoEvents();
    }

    @Test
    void coordinationReassignedByAMeldpuntThatDirectsNothingIsRefused() {
        fixture.given(caseOpened(), coordinatorAppointed())
                .when(new ReplaceCoordinator(CASE_ID, OTHER_COORDINATOR, null),
                        Actors.of(FixtureActors.MELDPUNT, "regie opnieuw toegewezen"))
                .expectException(refusedWith(Refusal.NOT_THE_COORDINATOR))
                .expectNoEvents();
    }
}
