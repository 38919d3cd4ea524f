package nl.hgk.ledger.command.cases;

import static nl.hgk.ledger.command.cases.CaseTestData.eventsBesidesTimeLimits;
import static nl.hgk.ledger.command.cases.CaseTestData.CASE_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.EARLIER_CASE_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.GRANDMOTHER_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.IMPOSED_ON;
import static nl.hgk.ledger.command.cases.CaseTestData.ON_IMPOSITION_DAY;
import static nl.hgk.ledger.command.cases.CaseTestData.REPORT_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.SECOND_REPORT_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.UNKNOWN_REPORT_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.adviceRequest;
import static nl.hgk.ledger.command.cases.CaseTestData.anonymousReport;
import static nl.hgk.ledger.command.cases.CaseTestData.caseClosed;
import static nl.hgk.ledger.command.cases.CaseTestData.caseOpened;
import static nl.hgk.ledger.command.cases.CaseTestData.received;
import static nl.hgk.ledger.command.cases.CaseTestData.refusedWith;
import static nl.hgk.ledger.command.cases.CaseTestData.report;
import static nl.hgk.ledger.command.cases.CaseTestData.reportAboutOtherHousehold;
import static nl.hgk.ledger.command.cases.CaseTestData.reportNamingGrandmother;

import nl.hgk.ledger.events.huisverbod.HuisverbodImposed;
import nl.hgk.ledger.events.intake.ReporterInformed;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** Opening a case, bundling reports into it and informing reporters. */
class CaseIntakeTest {

    private final FixtureConfiguration<Case> fixture = FixtureClock.caseFixture();

    // --- ReceiveReport: opening a case ----------------------------------------------------------------------------

    @Test
    void openCaseRecordsTheFirstReportAndReturnsTheCaseVersion() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveReport(CASE_ID, report(REPORT_ID), null))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(eventsBesidesTimeLimits(received(report(REPORT_ID), null)))
                // the report and its triage limit: opening answers the version as bundling does
                .expectResultMessagePayload(1L);
    }

    @Test
    void openCaseWithAnAdviceRequestOpensTheCase() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveReport(CASE_ID, adviceRequest(REPORT_ID), null))
                .expectEventsMatching(eventsBesidesTimeLimits(received(adviceRequest(REPORT_ID), null)))
                .expectResultMessagePayload(0L);
    }

    @Test
    void repeatReportCarriesTheEarlierCaseIdInReportReceived() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveReport(CASE_ID, report(REPORT_ID), EARLIER_CASE_ID))
                .expectEventsMatching(eventsBesidesTimeLimits(received(report(REPORT_ID), EARLIER_CASE_ID)))
                .expectResultMessagePayload(1L);
    }

    // --- ReceiveReport: bundling into the open case ---------------------------------------------------------------

    @Test
    void bundleReportOfTheSameHouseholdIsReceivedIntoTheCaseAsVersionOne() {
        fixture.given(caseOpened())
                .when(new ReceiveReport(CASE_ID, report(SECOND_REPORT_ID), null))
                .expectEventsMatching(eventsBesidesTimeLimits(received(report(SECOND_REPORT_ID), null)))
                .expectResultMessagePayload(1L);
    }

    @Test
    void bundleReportReturnsTheVersionOfItsOwnEventAfterSeveralEvents() {
        fixture.given(received(adviceRequest(REPORT_ID)), received(anonymousReport(UNKNOWN_REPORT_ID)))
                .when(new ReceiveReport(CASE_ID, report(SECOND_REPORT_ID), null))
                .expectEventsMatching(eventsBesidesTimeLimits(received(report(SECOND_REPORT_ID), null)))
                .expectResultMessagePayload(2L);
    }

    @Test
    void bundledReportIsNeverMarkedAsRepeatReport() {
        fixture.given(received(report(REPORT_ID), EARLIER_CASE_ID))
                .when(new ReceiveReport(CASE_ID, report(SECOND_REPORT_ID), null))
                .expectEventsMatching(eventsBesidesTimeLimits(received(report(SECOND_REPORT_ID), null)))
                .expectResultMessagePayload(1L);
    }

    @Test
    void bundleReportOfAnotherHouseholdIsRefused() {
        fixture.given(caseOpened())
                .when(new ReceiveReport(CASE_ID, reportAboutOtherHousehold(SECOND_REPORT_ID), null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.OTHER_HOUSEHOLD))
                .expectNoEvents();
    }

    @Test
    void bundleReportIntoAClosedCaseIsRefused() {
        fixture.given(caseOpened(), caseClosed())
                .when(new ReceiveReport(CASE_ID, report(SECOND_REPORT_ID), null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.CASE_CLOSED))
                .expectNoEvents();
    }

    @Test
    void personsOfABundledReportBecomePersonsOfTheCase() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(caseOpened(), received(reportNamingGrandmother(SECOND_REPORT_ID)))
                .when(new ImposeHuisverbod(CASE_ID, GRANDMOTHER_ID, IMPOSED_ON, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new HuisverbodImposed(CASE_ID, GRANDMOTHER_ID, IMPOSED_ON, IMPOSED_ON.plusDays(10))))
                .expectResultMessagePayload(3L);
    }

    // --- InformReporter -------------------------------------------------------------------------------------------

    @Test
    void informReporterRecordsTheFeedbackOnTheReport() {
        fixture.given(caseOpened())
                .when(new InformReporter(CASE_ID, REPORT_ID, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new ReporterInformed(CASE_ID, REPORT_ID)))
                .expectResultMessagePayload(1L);
    }

    @Test
    void informReporterOfABundledReport() {
        fixture.given(caseOpened(), received(report(SECOND_REPORT_ID)))
                .when(new InformReporter(CASE_ID, SECOND_REPORT_ID, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new ReporterInformed(CASE_ID, SECOND_REPORT_ID)))
                .expectResultMessagePayload(2L);
    }

    @Test
    void informReporterOfAnAdviceRequest() {
        fixture.given(received(adviceRequest(REPORT_ID)))
                .when(new InformReporter(CASE_ID, REPORT_ID, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new ReporterInformed(CASE_ID, REPORT_ID)))
                .expectResultMessagePayload(1L);
    }

    @Test
    void informReporterIsAllowedAfterClosure() {
        fixture.given(caseOpened(), caseClosed())
                .when(new InformReporter(CASE_ID, REPORT_ID, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new ReporterInformed(CASE_ID, REPORT_ID)))
                .expectResultMessagePayload(2L);
    }

    @Test
    void informReporterRefusesAnAnonymousReporter() {
        fixture.given(caseOpened(), received(anonymousReport(SECOND_REPORT_ID)))
                .when(new InformReporter(CASE_ID, SECOND_REPORT_ID, null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.ANONYMOUS_REPORTER))
                .expectNoEvents();
    }

    @Test
    void informReporterRefusesAReportThatIsNotPartOfTheCase() {
        fixture.given(caseOpened())
                .when(new InformReporter(CASE_ID, UNKNOWN_REPORT_ID, null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.UNKNOWN_REPORT))
                .expectNoEvents();
    }
}
