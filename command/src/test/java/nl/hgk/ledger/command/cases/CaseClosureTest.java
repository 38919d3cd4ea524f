package nl.hgk.ledger.command.cases;

import static nl.hgk.ledger.command.cases.CaseTestData.eventsBesidesTimeLimits;
import static nl.hgk.ledger.command.cases.CaseTestData.CASE_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.COORDINATOR;
import static nl.hgk.ledger.command.cases.CaseTestData.IMPOSED_ON;
import static nl.hgk.ledger.command.cases.CaseTestData.OTHER_COORDINATOR;
import static nl.hgk.ledger.command.cases.CaseTestData.PERPETRATOR_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.REPORT_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.SECOND_REPORT_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.caseClosed;
import static nl.hgk.ledger.command.cases.CaseTestData.caseOpened;
import static nl.hgk.ledger.command.cases.CaseTestData.plan;
import static nl.hgk.ledger.command.cases.CaseTestData.received;
import static nl.hgk.ledger.command.cases.CaseTestData.refusedWith;
import static nl.hgk.ledger.command.cases.CaseTestData.report;
import static nl.hgk.ledger.command.cases.CaseTestData.withReason;

import java.util.Map;
import java.util.stream.Stream;

import nl.hgk.ledger.events.closure.CaseClosed;
import nl.hgk.ledger.events.closure.ClosureReason;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.escalation.EscalationRaised;
import nl.hgk.ledger.events.escalation.EscalationResolved;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.events.huisverbod.HuisverbodEndReason;
import nl.hgk.ledger.events.huisverbod.HuisverbodEnded;
import nl.hgk.ledger.events.huisverbod.HuisverbodExtended;
import nl.hgk.ledger.events.huisverbod.HuisverbodImposed;
import nl.hgk.ledger.events.intake.ReporterInformed;
import nl.hgk.ledger.events.triage.InvestigationConclusion;
import nl.hgk.ledger.events.triage.SafetyCode;
import nl.hgk.ledger.events.triage.TriageOutcome;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Closing a case, and what a closed case still accepts. */
class CaseClosureTest {

    private final FixtureConfiguration<Case> fixture = FixtureClock.caseFixture();

    private static HuisverbodImposed imposed() {
        return new HuisverbodImposed(CASE_ID, PERPETRATOR_ID, IMPOSED_ON, IMPOSED_ON.plusDays(10));
    }

    private static EscalationRaised raised() {
        return new EscalationRaised(CASE_ID, EscalationStep.ADVICE, null, null);
    }

    // --- CloseCase ------------------------------------------------------------------------------------------------

    @Test
    void closeCaseRecordsTheReason() {
        fixture.given(caseOpened())
                .when(new CloseCase(CASE_ID, ClosureReason.NO_FURTHER_ACTION, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new CaseClosed(CASE_ID, ClosureReason.NO_FURTHER_ACTION)))
                .expectResultMessagePayload(1L);
    }

    @Test
    void closeCaseWhileAHuisverbodRunsIsRefused() {
        fixture.given(caseOpened(), imposed())
                .when(new CloseCase(CASE_ID, ClosureReason.CARE_COMPLETED, null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.HUISVERBOD_RUNNING))
                .expectNoEvents();
    }

    @Test
    void closeCaseWhileAnExtendedHuisverbodRunsIsRefused() {
        fixture.given(caseOpened(), imposed(),
                        new HuisverbodExtended(CASE_ID, IMPOSED_ON.plusDays(10), IMPOSED_ON.plusDays(28)))
                .when(new CloseCase(CASE_ID, ClosureReason.CARE_COMPLETED, null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.HUISVERBOD_RUNNING))
                .expectNoEvents();
    }

    @Test
    void closeCaseAfterTheHuisverbodEnded() {
        fixture.given(caseOpened(), imposed(),
                        new HuisverbodEnded(CASE_ID, IMPOSED_ON.plusDays(10), HuisverbodEndReason.EXPIRED))
                .when(new CloseCase(CASE_ID, ClosureReason.CARE_COMPLETED, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new CaseClosed(CASE_ID, ClosureReason.CARE_COMPLETED)))
                .expectResultMessagePayload(3L);
    }

    @Test
    void closeCaseWhileAnEscalationIsOpenIsRefused() {
        fixture.given(caseOpened(), new CoordinatorAppointed(CASE_ID, COORDINATOR), raised())
                .when(new CloseCase(CASE_ID, ClosureReason.CARE_ENDED, null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.ESCALATION_OPEN))
                .expectNoEvents();
    }

    @Test
    void closeCaseAfterTheEscalationWasResolved() {
        fixture.given(caseOpened(), new CoordinatorAppointed(CASE_ID, COORDINATOR), raised(),
                        new EscalationResolved(CASE_ID, EscalationStep.ADVICE))
                .when(new CloseCase(CASE_ID, ClosureReason.STEPPED_DOWN_TO_LOCAL_TEAM, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new CaseClosed(CASE_ID, ClosureReason.STEPPED_DOWN_TO_LOCAL_TEAM)))
                .expectResultMessagePayload(4L);
    }

    // --- a closed case --------------------------------------------------------------------------------------------

    static Stream<Arguments> everyCommandButInformReporter() {
        Map<String, Object> reason = withReason("a reason that would otherwise suffice");
        Map<String, Object> none = Map.of();
        return Stream.of(
                Arguments.of(new ReceiveReport(CASE_ID, report(SECOND_REPORT_ID), null), none),
                Arguments.of(new AssignCode(CASE_ID, SafetyCode.RED, null), none),
                Arguments.of(new DecideTriage(CASE_ID, TriageOutcome.VEILIG_THUIS_INVESTIGATION, null), none),
                Arguments.of(new StartInvestigation(CASE_ID, null), none),
                Arguments.of(new ConcludeInvestigation(CASE_ID, InvestigationConclusion.UNDETERMINED, null), none),
                Arguments.of(new AppointCoordinator(CASE_ID, OTHER_COORDINATOR, null), none),
                Arguments.of(new ReplaceCoordinator(CASE_ID, OTHER_COORDINATOR, null), reason),
                Arguments.of(new AdoptFamilyPlan(CASE_ID, plan(), null), none),
                Arguments.of(new ReviseFamilyPlan(CASE_ID, 2, plan(), null), reason),
                Arguments.of(new RaiseEscalation(CASE_ID, EscalationStep.ADVICE, null, null), reason),
                Arguments.of(new ResolveEscalation(CASE_ID, null), none),
                Arguments.of(new ImposeHuisverbod(CASE_ID, PERPETRATOR_ID, IMPOSED_ON, null), none),
                Arguments.of(new ExtendHuisverbod(CASE_ID, IMPOSED_ON.plusDays(20), null), none),
                Arguments.of(new EndHuisverbod(CASE_ID, IMPOSED_ON, HuisverbodEndReason.LIFTED_BY_MAYOR, null), none),
                Arguments.of(new CloseCase(CASE_ID, ClosureReason.CARE_COMPLETED, null), none));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommandButInformReporter")
    void closedCaseRefusesEveryCommandButInformReporter(Object command, Map<String, Object> metaData) {
        fixture.given(caseOpened(), caseClosed())
                .when(command, metaData)
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.CASE_CLOSED))
                .expectNoEvents();
    }

    @Test
    void closedCaseRefusesAnEscalationThatWouldOtherwiseBeValid() {
        fixture.given(caseOpened(), new CoordinatorAppointed(CASE_ID, COORDINATOR), caseClosed())
                .when(new RaiseEscalation(CASE_ID, EscalationStep.ADVICE, null, null),
                        withReason("the family avoids care"))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.CASE_CLOSED))
                .expectNoEvents();
    }

    @Test
    void closedCaseStillInformsTheReporter() {
        fixture.given(caseOpened(), received(report(SECOND_REPORT_ID)), caseClosed())
                .when(new InformReporter(CASE_ID, REPORT_ID, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new ReporterInformed(CASE_ID, REPORT_ID)))
                .expectResultMessagePayload(3L);
    }
}
