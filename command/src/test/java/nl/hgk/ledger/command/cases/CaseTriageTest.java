package nl.hgk.ledger.command.cases;

import static nl.hgk.ledger.command.cases.CaseTestData.eventsBesidesTimeLimits;
import static nl.hgk.ledger.command.cases.CaseTestData.CASE_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.REPORT_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.SECOND_REPORT_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.adviceRequest;
import static nl.hgk.ledger.command.cases.CaseTestData.caseOpened;
import static nl.hgk.ledger.command.cases.CaseTestData.received;
import static nl.hgk.ledger.command.cases.CaseTestData.refusedWith;
import static nl.hgk.ledger.command.cases.CaseTestData.report;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The safety code, the triage decision and Veilig Thuis's investigation. */
class CaseTriageTest {

    private final FixtureConfiguration<Case> fixture = FixtureClock.caseFixture();

    private static CodeAssigned coded(SafetyCode code) {
        return new CodeAssigned(CASE_ID, code, null, code.processDirection());
    }

    private static TriageDecided triaged(TriageOutcome outcome) {
        return new TriageDecided(CASE_ID, outcome);
    }

    // --- AssignCode -----------------------------------------------------------------------------------------------

    @Test
    void greenCodeGivesProcessDirectionToTheLocalField() {
        fixture.given(caseOpened())
                .when(new AssignCode(CASE_ID, SafetyCode.GREEN, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new CodeAssigned(CASE_ID, SafetyCode.GREEN, null, ProcessDirection.LOCAL_FIELD)))
                .expectResultMessagePayload(1L);
    }

    @ParameterizedTest
    @EnumSource(value = SafetyCode.class, names = {"ORANGE", "RED"})
    void orangeAndRedCodesGiveProcessDirectionToVeiligThuis(SafetyCode code) {
        fixture.given(caseOpened())
                .when(new AssignCode(CASE_ID, code, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new CodeAssigned(CASE_ID, code, null, ProcessDirection.VEILIG_THUIS)))
                .expectResultMessagePayload(1L);
    }

    @ParameterizedTest(name = "{0} -> {1} gives {2}")
    @CsvSource({
            "GREEN, ORANGE, VEILIG_THUIS",
            "ORANGE, RED, VEILIG_THUIS",
            "RED, GREEN, LOCAL_FIELD",
            "ORANGE, GREEN, LOCAL_FIELD"})
    void recodeCarriesThePreviousCode(SafetyCode previous, SafetyCode next, ProcessDirection direction) {
        fixture.given(caseOpened(), coded(previous))
                .when(new AssignCode(CASE_ID, next, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new CodeAssigned(CASE_ID, next, previous, direction)))
                .expectResultMessagePayload(2L);
    }

    @Test
    void caseOpenedByAnAdviceRequestAloneRefusesACode() {
        fixture.given(received(adviceRequest(REPORT_ID)))
                .when(new AssignCode(CASE_ID, SafetyCode.ORANGE, null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.NO_REPORT))
                .expectNoEvents();
    }

    @Test
    void caseOfAdviceRequestsOnlyRefusesACode() {
        fixture.given(received(adviceRequest(REPORT_ID)), received(adviceRequest(SECOND_REPORT_ID)))
                .when(new AssignCode(CASE_ID, SafetyCode.GREEN, null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.NO_REPORT))
                .expectNoEvents();
    }

    @Test
    void adviceCaseTakesACodeOnceAReportIsBundledIntoIt() {
        fixture.given(received(adviceRequest(REPORT_ID)), received(report(SECOND_REPORT_ID)))
                .when(new AssignCode(CASE_ID, SafetyCode.RED, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new CodeAssigned(CASE_ID, SafetyCode.RED, null, ProcessDirection.VEILIG_THUIS)))
                .expectResultMessagePayload(2L);
    }

    @Test
    void assigningTheCodeTheCaseAlreadyHasIsRefused() {
        fixture.given(caseOpened(), coded(SafetyCode.ORANGE))
                .when(new AssignCode(CASE_ID, SafetyCode.ORANGE, null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.CODE_UNCHANGED))
                .expectNoEvents();
    }

    // --- DecideTriage ---------------------------------------------------------------------------------------------

    @Test
    void decideTriageRecordsTheOutcome() {
        fixture.given(caseOpened(), coded(SafetyCode.GREEN))
                .when(new DecideTriage(CASE_ID, TriageOutcome.LOCAL_FIELD, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new TriageDecided(CASE_ID, TriageOutcome.LOCAL_FIELD)))
                .expectResultMessagePayload(2L);
    }

    @Test
    void decideTriageBeforeACodeIsRefused() {
        fixture.given(caseOpened())
                .when(new DecideTriage(CASE_ID, TriageOutcome.LOCAL_FIELD, null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.NO_CODE))
                .expectNoEvents();
    }

    @Test
    void decideTriageWhenEveryReportWasTriagedIsRefused() {
        fixture.given(caseOpened(), coded(SafetyCode.GREEN), triaged(TriageOutcome.LOCAL_FIELD))
                .when(new DecideTriage(CASE_ID, TriageOutcome.MULTIDISCIPLINARY_TEAM, null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.NOTHING_TO_TRIAGE))
                .expectNoEvents();
    }

    @Test
    void decideTriageAgainAfterANewReportWasBundled() {
        fixture.given(caseOpened(), coded(SafetyCode.GREEN), triaged(TriageOutcome.LOCAL_FIELD),
                        received(report(SECOND_REPORT_ID)))
                .when(new DecideTriage(CASE_ID, TriageOutcome.VEILIG_THUIS_INVESTIGATION, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new TriageDecided(CASE_ID, TriageOutcome.VEILIG_THUIS_INVESTIGATION)))
                .expectResultMessagePayload(4L);
    }

    @Test
    void bundledAdviceRequestGivesNothingToTriage() {
        fixture.given(caseOpened(), coded(SafetyCode.GREEN), triaged(TriageOutcome.LOCAL_FIELD),
                        received(adviceRequest(SECOND_REPORT_ID)))
                .when(new DecideTriage(CASE_ID, TriageOutcome.LOCAL_FIELD, null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.NOTHING_TO_TRIAGE))
                .expectNoEvents();
    }

    // --- StartInvestigation ---------------------------------------------------------------------------------------

    @Test
    void startInvestigationAfterTriageDecidedVeiligThuisInvestigates() {
        fixture.given(caseOpened(), coded(SafetyCode.ORANGE), triaged(TriageOutcome.VEILIG_THUIS_INVESTIGATION))
                .when(new StartInvestigation(CASE_ID, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new InvestigationStarted(CASE_ID)))
                .expectResultMessagePayload(4L);
    }

    @Test
    void startInvestigationWithoutThatTriageDecisionIsRefused() {
        fixture.given(caseOpened(), coded(SafetyCode.GREEN), triaged(TriageOutcome.LOCAL_FIELD))
                .when(new StartInvestigation(CASE_ID, null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.NO_INVESTIGATION_DECIDED))
                .expectNoEvents();
    }

    @Test
    void startInvestigationBeforeAnyTriageIsRefused() {
        fixture.given(caseOpened(), coded(SafetyCode.RED))
                .when(new StartInvestigation(CASE_ID, null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.NO_INVESTIGATION_DECIDED))
                .expectNoEvents();
    }

    @Test
    void aSecondInvestigationNeedsANewTriageDecision() {
        fixture.given(caseOpened(), coded(SafetyCode.ORANGE), triaged(TriageOutcome.VEILIG_THUIS_INVESTIGATION),
                        new InvestigationStarted(CASE_ID),
                        new InvestigationConcluded(CASE_ID, InvestigationConclusion.UNDETERMINED))
                .when(new StartInvestigation(CASE_ID, null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.NO_INVESTIGATION_DECIDED))
                .expectNoEvents();
    }

    @Test
    void startInvestigationWhileOneIsRunningIsRefused() {
        fixture.given(caseOpened(), coded(SafetyCode.ORANGE), triaged(TriageOutcome.VEILIG_THUIS_INVESTIGATION),
                        new InvestigationStarted(CASE_ID))
                .when(new StartInvestigation(CASE_ID, null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.INVESTIGATION_RUNNING))
                .expectNoEvents();
    }

    // --- ConcludeInvestigation ------------------------------------------------------------------------------------

    @Test
    void concludeInvestigationRecordsTheConclusion() {
        fixture.given(caseOpened(), coded(SafetyCode.ORANGE), triaged(TriageOutcome.VEILIG_THUIS_INVESTIGATION),
                        new InvestigationStarted(CASE_ID))
                .when(new ConcludeInvestigation(CASE_ID, InvestigationConclusion.UNSAFETY_ESTABLISHED, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new InvestigationConcluded(CASE_ID, InvestigationConclusion.UNSAFETY_ESTABLISHED)))
                .expectResultMessagePayload(4L);
    }

    @Test
    void concludeInvestigationWhenNoneIsRunningIsRefused() {
        fixture.given(caseOpened(), coded(SafetyCode.ORANGE), triaged(TriageOutcome.VEILIG_THUIS_INVESTIGATION))
                .when(new ConcludeInvestigation(CASE_ID, InvestigationConclusion.UNDETERMINED, null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.NO_INVESTIGATION_RUNNING))
                .expectNoEvents();
    }

    @Test
    void concludeInvestigationTwiceIsRefused() {
        fixture.given(caseOpened(), coded(SafetyCode.ORANGE), triaged(TriageOutcome.VEILIG_THUIS_INVESTIGATION),
                        new InvestigationStarted(CASE_ID),
                        new InvestigationConcluded(CASE_ID, InvestigationConclusion.NO_UNSAFETY_ESTABLISHED))
                .when(new ConcludeInvestigation(CASE_ID, InvestigationConclusion.UNSAFETY_ESTABLISHED, null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.NO_INVESTIGATION_RUNNING))
                .expectNoEvents();
    }
}
