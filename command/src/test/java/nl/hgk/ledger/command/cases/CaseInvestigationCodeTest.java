package nl.hgk.ledger.command.cases;

import static nl.hgk.ledger.command.cases.CaseTestData.CASE_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.CHILD_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.ON_IMPOSITION_DAY;
import static nl.hgk.ledger.command.cases.CaseTestData.PERPETRATOR_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.COORDINATOR;
import static nl.hgk.ledger.command.cases.CaseTestData.VICTIM_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.caseOpened;
import static nl.hgk.ledger.command.cases.CaseTestData.eventsBesidesTimeLimits;
import static nl.hgk.ledger.command.cases.CaseTestData.plan;
import static nl.hgk.ledger.command.cases.CaseTestData.refusedWith;

import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.coordination.FamilyPlanAdopted;
import nl.hgk.ledger.events.triage.CodeAssigned;
import nl.hgk.ledger.events.triage.InvestigationConcluded;
import nl.hgk.ledger.events.triage.InvestigationConclusion;
import nl.hgk.ledger.events.triage.InvestigationStarted;
import nl.hgk.ledger.events.triage.ProcessDirection;
import nl.hgk.ledger.events.triage.SafetyCode;
import nl.hgk.ledger.events.triage.TriageDecided;
import nl.hgk.ledger.events.triage.TriageOutcome;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/**
 * The code follows the investigation (seed 000 §3.3: "op basis van al deze informatie wordt de code bepaald"): the
 * code of triage is a first assessment; the conclusion carries the code of the findings, or a code follows it before
 * a coordinator is appointed.
 */
class CaseInvestigationCodeTest {

    private final FixtureConfiguration<Case> fixture = FixtureClock.caseFixture();

    /** a case triaged ORANGE and investigated by Veilig Thuis, the investigation still running */
    private static Object[] investigating() {
        return new Object[] {caseOpened(), new CodeAssigned(CASE_ID, SafetyCode.ORANGE, null, ProcessDirection.VEILIG_THUIS),
                new TriageDecided(CASE_ID, TriageOutcome.VEILIG_THUIS_INVESTIGATION), new InvestigationStarted(CASE_ID)};
    }

    private static Object[] concludedWithoutCode() {
        return new Object[] {caseOpened(), new CodeAssigned(CASE_ID, SafetyCode.ORANGE, null, ProcessDirection.VEILIG_THUIS),
                new TriageDecided(CASE_ID, TriageOutcome.VEILIG_THUIS_INVESTIGATION), new InvestigationStarted(CASE_ID),
                new InvestigationConcluded(CASE_ID, InvestigationConclusion.UNSAFETY_ESTABLISHED)};
    }

    // --- a conclusion with the code of its findings ---------------------------------------------------------------

    @Test
    void aConclusionWithAnotherCodeRecordsTheConclusionAndThenTheCode() {
        fixture.given(investigating())
                .when(new ConcludeInvestigation(CASE_ID, InvestigationConclusion.UNSAFETY_ESTABLISHED, SafetyCode.RED, null))
                .expectEventsMatching(eventsBesidesTimeLimits(
                        new InvestigationConcluded(CASE_ID, InvestigationConclusion.UNSAFETY_ESTABLISHED),
                        new CodeAssigned(CASE_ID, SafetyCode.RED, SafetyCode.ORANGE, ProcessDirection.VEILIG_THUIS)))
                // the case's version is the code's: the conclusion and the code are one step
                .expectResultMessagePayload(5L);
    }

    @Test
    void aConclusionConfirmingTheCodeOfTriageRecordsItAsDetermined() {
        fixture.given(investigating())
                .when(new ConcludeInvestigation(CASE_ID, InvestigationConclusion.UNSAFETY_ESTABLISHED, SafetyCode.ORANGE, null))
                .expectEventsMatching(eventsBesidesTimeLimits(
                        new InvestigationConcluded(CASE_ID, InvestigationConclusion.UNSAFETY_ESTABLISHED),
                        new CodeAssigned(CASE_ID, SafetyCode.ORANGE, SafetyCode.ORANGE, ProcessDirection.VEILIG_THUIS)));
    }

    @Test
    void aCoordinatorIsAppointedAfterAConclusionWithACode() {
        fixture.given(investigating())
                .andGivenCommands(new ConcludeInvestigation(CASE_ID, InvestigationConclusion.NO_UNSAFETY_ESTABLISHED,
                        SafetyCode.GREEN, null))
                .when(new AppointCoordinator(CASE_ID, COORDINATOR, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new CoordinatorAppointed(CASE_ID, COORDINATOR)));
    }

    // --- a conclusion without a code ------------------------------------------------------------------------------

    @Test
    void aConclusionWithoutACodeRecordsOnlyTheConclusion() {
        fixture.given(investigating())
                .when(new ConcludeInvestigation(CASE_ID, InvestigationConclusion.UNDETERMINED, null))
                .expectEventsMatching(eventsBesidesTimeLimits(
                        new InvestigationConcluded(CASE_ID, InvestigationConclusion.UNDETERMINED)));
    }

    @Test
    void aCoordinatorWhileTheCodeIsToBeDeterminedIsRefused() {
        fixture.given(concludedWithoutCode())
                .when(new AppointCoordinator(CASE_ID, COORDINATOR, null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.CODE_TO_BE_DETERMINED))
                .expectNoEvents();
    }

    @Test
    void theCodeOfTriageConfirmedAfterTheConclusionIsAccepted() {
        fixture.given(concludedWithoutCode())
                .when(new AssignCode(CASE_ID, SafetyCode.ORANGE, null))
                .expectEventsMatching(eventsBesidesTimeLimits(
                        new CodeAssigned(CASE_ID, SafetyCode.ORANGE, SafetyCode.ORANGE, ProcessDirection.VEILIG_THUIS)));
    }

    @Test
    void aCoordinatorIsAppointedOnceACodeFollowedTheConclusion() {
        fixture.given(concludedWithoutCode())
                .andGiven(new CodeAssigned(CASE_ID, SafetyCode.RED, SafetyCode.ORANGE, ProcessDirection.VEILIG_THUIS))
                .when(new AppointCoordinator(CASE_ID, COORDINATOR, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new CoordinatorAppointed(CASE_ID, COORDINATOR)));
    }

    @Test
    void theSameCodeOnceDeterminedIsUnchangedAgain() {
        fixture.given(concludedWithoutCode())
                .andGiven(new CodeAssigned(CASE_ID, SafetyCode.ORANGE, SafetyCode.ORANGE, ProcessDirection.VEILIG_THUIS))
                .when(new AssignCode(CASE_ID, SafetyCode.ORANGE, null))
                .expectException(refusedWith(Refusal.CODE_UNCHANGED))
                .expectNoEvents();
    }

    @Test
    void aCoordinatorOnTheCodeOfTriageNeedsNoInvestigation() {
        fixture.given(caseOpened(), new CodeAssigned(CASE_ID, SafetyCode.GREEN, null, ProcessDirection.LOCAL_FIELD),
                        new TriageDecided(CASE_ID, TriageOutcome.LOCAL_FIELD))
                .when(new AppointCoordinator(CASE_ID, COORDINATOR, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new CoordinatorAppointed(CASE_ID, COORDINATOR)));
    }

    // --- what was recorded before keeps its meaning ---------------------------------------------------------------

    @Test
    void aCoordinatorAppointedAfterAConclusionWithoutACodeStaysTheCoordinator() {
        // recorded before conclusions carried a code: only a new appointment would wait for the code
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(concludedWithoutCode())
                .andGiven(new CoordinatorAppointed(CASE_ID, COORDINATOR))
                .when(new AdoptFamilyPlan(CASE_ID, plan(), null))
                .expectEventsMatching(eventsBesidesTimeLimits(
                        new FamilyPlanAdopted(CASE_ID, 1, plan())));
    }
}
