package nl.hgk.ledger.command.cases;

import static nl.hgk.ledger.command.cases.CaseTestData.eventsBesidesTimeLimits;
import static nl.hgk.ledger.command.cases.CaseTestData.CASE_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.COORDINATOR;
import static nl.hgk.ledger.command.cases.CaseTestData.caseOpened;
import static nl.hgk.ledger.command.cases.CaseTestData.refusedWith;
import static nl.hgk.ledger.command.cases.CaseTestData.withReason;

import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.escalation.EscalationRaised;
import nl.hgk.ledger.events.escalation.EscalationResolved;
import nl.hgk.ledger.events.escalation.EscalationStep;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The escalation model (opschalingsmodel): raising steps and resolving. */
class CaseEscalationTest {

    private static final String STAGNATION = "the care provider has not started after six weeks";
    private static final String URGENCY = "the children are in acute danger; no time for a case conference";

    private final FixtureConfiguration<Case> fixture = FixtureClock.caseFixture();

    private static CoordinatorAppointed appointed() {
        return new CoordinatorAppointed(CASE_ID, COORDINATOR);
    }

    private static EscalationRaised raised(EscalationStep step, EscalationStep previous) {
        return new EscalationRaised(CASE_ID, step, previous, null);
    }

    // --- RaiseEscalation ------------------------------------------------------------------------------------------

    @Test
    void raiseEscalationToTheFirstStep() {
        fixture.given(caseOpened(), appointed())
                .when(new RaiseEscalation(CASE_ID, EscalationStep.ADVICE, null, null), withReason(STAGNATION))
                .expectEventsMatching(eventsBesidesTimeLimits(new EscalationRaised(CASE_ID, EscalationStep.ADVICE, null, null)))
                .expectResultMessagePayload(2L);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "ADVICE, CASE_CONFERENCE",
            "CASE_CONFERENCE, MANAGEMENT",
            "MANAGEMENT, PROCESS_DIRECTOR"})
    void raiseEscalationOneStepUpCarriesThePreviousStep(EscalationStep current, EscalationStep next) {
        fixture.given(caseOpened(), appointed(), raised(current, null))
                .when(new RaiseEscalation(CASE_ID, next, null, null), withReason(STAGNATION))
                .expectEventsMatching(eventsBesidesTimeLimits(new EscalationRaised(CASE_ID, next, current, null)))
                // step 4 also starts the limit for a process director
                .expectResultMessagePayload(next == EscalationStep.PROCESS_DIRECTOR ? 4L : 3L);
    }

    @Test
    void raiseEscalationSkippingAStepWithAnUrgencyReasonCarriesTheUrgencyReason() {
        fixture.given(caseOpened(), appointed(), raised(EscalationStep.ADVICE, null))
                .when(new RaiseEscalation(CASE_ID, EscalationStep.PROCESS_DIRECTOR, URGENCY, null),
                        withReason(STAGNATION))
                .expectEventsMatching(eventsBesidesTimeLimits(new EscalationRaised(CASE_ID, EscalationStep.PROCESS_DIRECTOR, EscalationStep.ADVICE,
                        URGENCY)))
                .expectResultMessagePayload(4L);
    }

    @Test
    void raiseEscalationStraightToASkippedStepWithAnUrgencyReason() {
        fixture.given(caseOpened(), appointed())
                .when(new RaiseEscalation(CASE_ID, EscalationStep.CASE_CONFERENCE, URGENCY, null),
                        withReason(STAGNATION))
                .expectEventsMatching(eventsBesidesTimeLimits(new EscalationRaised(CASE_ID, EscalationStep.CASE_CONFERENCE, null, URGENCY)))
                .expectResultMessagePayload(2L);
    }

    @Test
    void urgencyReasonIsNotRecordedWhenNoStepIsSkipped() {
        fixture.given(caseOpened(), appointed(), raised(EscalationStep.ADVICE, null))
                .when(new RaiseEscalation(CASE_ID, EscalationStep.CASE_CONFERENCE, URGENCY, null),
                        withReason(STAGNATION))
                .expectEventsMatching(eventsBesidesTimeLimits(new EscalationRaised(CASE_ID, EscalationStep.CASE_CONFERENCE, EscalationStep.ADVICE,
                        null)))
                .expectResultMessagePayload(3L);
    }

    @Test
    void urgencyReasonIsNotRecordedOnTheFirstStep() {
        fixture.given(caseOpened(), appointed())
                .when(new RaiseEscalation(CASE_ID, EscalationStep.ADVICE, URGENCY, null), withReason(STAGNATION))
                .expectEventsMatching(eventsBesidesTimeLimits(new EscalationRaised(CASE_ID, EscalationStep.ADVICE, null, null)))
                .expectResultMessagePayload(2L);
    }

    /** Step 5 is the process director's option inside step 4 (seed 000 B2 §5.2.4), not a step anyone raises. */
    @ParameterizedTest(name = "from {0}")
    @CsvSource({"PROCESS_DIRECTOR", "MANAGEMENT"})
    void raiseEscalationToStepFiveIsRefused(EscalationStep current) {
        fixture.given(caseOpened(), appointed(), raised(current, null))
                .when(new RaiseEscalation(CASE_ID, EscalationStep.ADMINISTRATIVE, URGENCY, null),
                        withReason(STAGNATION))
                .expectException(refusedWith(Refusal.ADMINISTRATIVE_STEP_NOT_RAISED))
                .expectNoEvents();
    }

    @Test
    void raiseEscalationStraightToStepFiveIsRefused() {
        fixture.given(caseOpened(), appointed())
                .when(new RaiseEscalation(CASE_ID, EscalationStep.ADMINISTRATIVE, URGENCY, null),
                        withReason(STAGNATION))
                .expectException(refusedWith(Refusal.ADMINISTRATIVE_STEP_NOT_RAISED))
                .expectNoEvents();
    }

    @Test
    void raiseEscalationSkippingAStepWithoutAnUrgencyReasonIsRefused() {
        fixture.given(caseOpened(), appointed(), raised(EscalationStep.ADVICE, null))
                .when(new RaiseEscalation(CASE_ID, EscalationStep.MANAGEMENT, null, null), withReason(STAGNATION))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.STEP_SKIPPED_WITHOUT_URGENCY))
                .expectNoEvents();
    }

    @Test
    void raiseEscalationSkippingTheFirstStepWithABlankUrgencyReasonIsRefused() {
        fixture.given(caseOpened(), appointed())
                .when(new RaiseEscalation(CASE_ID, EscalationStep.CASE_CONFERENCE, "  ", null),
                        withReason(STAGNATION))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.STEP_SKIPPED_WITHOUT_URGENCY))
                .expectNoEvents();
    }

    @Test
    void raiseEscalationToTheCurrentStepIsRefused() {
        fixture.given(caseOpened(), appointed(), raised(EscalationStep.CASE_CONFERENCE, null))
                .when(new RaiseEscalation(CASE_ID, EscalationStep.CASE_CONFERENCE, null, null),
                        withReason(STAGNATION))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.STEP_NOT_HIGHER))
                .expectNoEvents();
    }

    @Test
    void raiseEscalationToALowerStepIsRefused() {
        fixture.given(caseOpened(), appointed(), raised(EscalationStep.MANAGEMENT, null))
                .when(new RaiseEscalation(CASE_ID, EscalationStep.ADVICE, null, null), withReason(STAGNATION))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.STEP_NOT_HIGHER))
                .expectNoEvents();
    }

    @Test
    void raiseEscalationWithoutAReasonIsRefused() {
        fixture.given(caseOpened(), appointed())
                .when(new RaiseEscalation(CASE_ID, EscalationStep.ADVICE, null, null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.REASON_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void raiseEscalationSkippingAStepWithUrgencyButWithoutAReasonIsRefused() {
        fixture.given(caseOpened(), appointed())
                .when(new RaiseEscalation(CASE_ID, EscalationStep.MANAGEMENT, URGENCY, null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.REASON_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void raiseEscalationAfterTheLastOneWasResolvedStartsAgainAtTheFirstStep() {
        fixture.given(caseOpened(), appointed(), raised(EscalationStep.ADVICE, null),
                        raised(EscalationStep.CASE_CONFERENCE, EscalationStep.ADVICE),
                        new EscalationResolved(CASE_ID, EscalationStep.CASE_CONFERENCE))
                .when(new RaiseEscalation(CASE_ID, EscalationStep.ADVICE, null, null), withReason(STAGNATION))
                .expectEventsMatching(eventsBesidesTimeLimits(new EscalationRaised(CASE_ID, EscalationStep.ADVICE, null, null)))
                .expectResultMessagePayload(5L);
    }

    // --- ResolveEscalation ----------------------------------------------------------------------------------------

    @Test
    void resolveEscalationResolvesAtTheCurrentStep() {
        fixture.given(caseOpened(), appointed(), raised(EscalationStep.ADVICE, null),
                        raised(EscalationStep.CASE_CONFERENCE, EscalationStep.ADVICE))
                .when(new ResolveEscalation(CASE_ID, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new EscalationResolved(CASE_ID, EscalationStep.CASE_CONFERENCE)))
                .expectResultMessagePayload(4L);
    }

    @Test
    void resolveEscalationWithoutAnOpenEscalationIsRefused() {
        fixture.given(caseOpened(), appointed())
                .when(new ResolveEscalation(CASE_ID, null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.NO_ESCALATION_OPEN))
                .expectNoEvents();
    }

    @Test
    void resolveEscalationTwiceIsRefused() {
        fixture.given(caseOpened(), appointed(), raised(EscalationStep.ADVICE, null),
                        new EscalationResolved(CASE_ID, EscalationStep.ADVICE))
                .when(new ResolveEscalation(CASE_ID, null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.NO_ESCALATION_OPEN))
                .expectNoEvents();
    }
}
