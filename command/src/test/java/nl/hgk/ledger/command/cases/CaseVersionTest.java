package nl.hgk.ledger.command.cases;

import static nl.hgk.ledger.command.cases.CaseTestData.CASE_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.COORDINATOR;
import static nl.hgk.ledger.command.cases.CaseTestData.SECOND_REPORT_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.caseOpened;
import static nl.hgk.ledger.command.cases.CaseTestData.received;
import static nl.hgk.ledger.command.cases.CaseTestData.report;

import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.triage.CodeAssigned;
import nl.hgk.ledger.events.triage.ProcessDirection;
import nl.hgk.ledger.events.triage.SafetyCode;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** The expected version a client sends back, and the version a command returns. */
class CaseVersionTest {

    private final FixtureConfiguration<Case> fixture = FixtureClock.caseFixture();

    @Test
    void commandWithTheCurrentVersionSucceedsAndReturnsTheNextVersion() {
        fixture.given(caseOpened(), received(report(SECOND_REPORT_ID)))
                .when(new AssignCode(CASE_ID, SafetyCode.ORANGE, 1L))
                .expectEvents(new CodeAssigned(CASE_ID, SafetyCode.ORANGE, null, ProcessDirection.VEILIG_THUIS))
                .expectResultMessagePayload(2L);
    }

    @Test
    void commandWithAStaleVersionIsRejected() {
        fixture.given(caseOpened(), received(report(SECOND_REPORT_ID)), new CoordinatorAppointed(CASE_ID, COORDINATOR))
                .when(new AssignCode(CASE_ID, SafetyCode.ORANGE, 1L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void aStaleVersionIsAConflictEvenWhenTheCommandAlsoBreaksARule() {
        fixture.given(caseOpened(), new CodeAssigned(CASE_ID, SafetyCode.ORANGE, null, ProcessDirection.VEILIG_THUIS))
                .when(new AssignCode(CASE_ID, SafetyCode.ORANGE, 0L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void aVersionTheCaseHasNotReachedIsAConflict() {
        fixture.given(caseOpened())
                .when(new AssignCode(CASE_ID, SafetyCode.ORANGE, 5L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }
}
