package nl.hgk.ledger.command.cases;

import static nl.hgk.ledger.command.cases.CaseTestData.eventsBesidesTimeLimits;
import static nl.hgk.ledger.command.cases.CaseTestData.CASE_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.IMPOSED_ON;
import static nl.hgk.ledger.command.cases.CaseTestData.ON_IMPOSITION_DAY;
import static nl.hgk.ledger.command.cases.CaseTestData.PERPETRATOR_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.STRANGER_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.VICTIM_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.caseOpened;
import static nl.hgk.ledger.command.cases.CaseTestData.refusedWith;

import java.time.LocalDate;

import nl.hgk.ledger.events.huisverbod.HuisverbodEndReason;
import nl.hgk.ledger.events.huisverbod.HuisverbodEnded;
import nl.hgk.ledger.events.huisverbod.HuisverbodExtended;
import nl.hgk.ledger.events.huisverbod.HuisverbodImposed;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** The tijdelijk huisverbod: 10 days from imposition, extendable to at most 28 days. */
class CaseHuisverbodTest {

    private static final LocalDate FIRST_END = IMPOSED_ON.plusDays(10);
    private static final LocalDate LATEST_END = IMPOSED_ON.plusDays(28);

    private final FixtureConfiguration<Case> fixture = FixtureClock.caseFixture();

    private static HuisverbodImposed imposed() {
        return new HuisverbodImposed(CASE_ID, PERPETRATOR_ID, IMPOSED_ON, FIRST_END);
    }

    // --- ImposeHuisverbod -----------------------------------------------------------------------------------------

    @Test
    void imposeHuisverbodEndsTenDaysAfterImposition() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(caseOpened())
                .when(new ImposeHuisverbod(CASE_ID, PERPETRATOR_ID, IMPOSED_ON, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new HuisverbodImposed(CASE_ID, PERPETRATOR_ID, IMPOSED_ON, LocalDate.of(2025, 3, 13))))
                .expectResultMessagePayload(2L);
    }

    @Test
    void imposeHuisverbodOnAPersonOutsideTheCaseIsRefused() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(caseOpened())
                .when(new ImposeHuisverbod(CASE_ID, STRANGER_ID, IMPOSED_ON, null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.UNKNOWN_PERSON))
                .expectNoEvents();
    }

    @Test
    void imposeHuisverbodWhileOneRunsIsRefused() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(caseOpened(), imposed())
                .when(new ImposeHuisverbod(CASE_ID, VICTIM_ID, IMPOSED_ON.plusDays(2), null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.HUISVERBOD_RUNNING))
                .expectNoEvents();
    }

    @Test
    void imposeHuisverbodAgainAfterTheLastOneEnded() {
        LocalDate again = IMPOSED_ON.plusMonths(2);
        fixture.givenCurrentTime(again.atStartOfDay(java.time.ZoneId.of("Europe/Amsterdam")).toInstant().plusSeconds(36000))
                .andGiven(caseOpened(), imposed(), new HuisverbodEnded(CASE_ID, FIRST_END, HuisverbodEndReason.EXPIRED))
                .when(new ImposeHuisverbod(CASE_ID, PERPETRATOR_ID, again, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new HuisverbodImposed(CASE_ID, PERPETRATOR_ID, again, again.plusDays(10))))
                .expectResultMessagePayload(4L);
    }

    // --- ExtendHuisverbod -----------------------------------------------------------------------------------------

    @Test
    void extendHuisverbodToExactlyTwentyEightDaysAfterImpositionIsAccepted() {
        fixture.given(caseOpened(), imposed())
                .when(new ExtendHuisverbod(CASE_ID, LATEST_END, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new HuisverbodExtended(CASE_ID, FIRST_END, LocalDate.of(2025, 3, 31))))
                .expectResultMessagePayload(3L);
    }

    @Test
    void extendHuisverbodToTwentyNineDaysAfterImpositionIsRefused() {
        fixture.given(caseOpened(), imposed())
                .when(new ExtendHuisverbod(CASE_ID, IMPOSED_ON.plusDays(29), null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.HUISVERBOD_TOO_LONG))
                .expectNoEvents();
    }

    @Test
    void extendHuisverbodASecondTimeUpToTheMaximum() {
        LocalDate firstExtension = IMPOSED_ON.plusDays(20);
        fixture.given(caseOpened(), imposed(), new HuisverbodExtended(CASE_ID, FIRST_END, firstExtension))
                .when(new ExtendHuisverbod(CASE_ID, LATEST_END, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new HuisverbodExtended(CASE_ID, firstExtension, LATEST_END)))
                .expectResultMessagePayload(4L);
    }

    @Test
    void extendHuisverbodASecondTimeBeyondTheMaximumIsRefused() {
        LocalDate firstExtension = IMPOSED_ON.plusDays(20);
        fixture.given(caseOpened(), imposed(), new HuisverbodExtended(CASE_ID, FIRST_END, firstExtension))
                .when(new ExtendHuisverbod(CASE_ID, IMPOSED_ON.plusDays(29), null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.HUISVERBOD_TOO_LONG))
                .expectNoEvents();
    }

    @Test
    void extendHuisverbodToItsCurrentEndIsRefused() {
        fixture.given(caseOpened(), imposed())
                .when(new ExtendHuisverbod(CASE_ID, FIRST_END, null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.EXTENSION_NOT_LATER))
                .expectNoEvents();
    }

    @Test
    void extendHuisverbodToAnEarlierEndIsRefused() {
        fixture.given(caseOpened(), imposed())
                .when(new ExtendHuisverbod(CASE_ID, FIRST_END.minusDays(1), null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.EXTENSION_NOT_LATER))
                .expectNoEvents();
    }

    @Test
    void extendHuisverbodWhenNoneRunsIsRefused() {
        fixture.given(caseOpened())
                .when(new ExtendHuisverbod(CASE_ID, FIRST_END, null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.NO_HUISVERBOD_RUNNING))
                .expectNoEvents();
    }

    @Test
    void extendHuisverbodAfterItEndedIsRefused() {
        fixture.given(caseOpened(), imposed(),
                        new HuisverbodEnded(CASE_ID, IMPOSED_ON.plusDays(4), HuisverbodEndReason.LIFTED_BY_MAYOR))
                .when(new ExtendHuisverbod(CASE_ID, IMPOSED_ON.plusDays(20), null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.NO_HUISVERBOD_RUNNING))
                .expectNoEvents();
    }

    // --- EndHuisverbod --------------------------------------------------------------------------------------------

    @Test
    void endHuisverbodRecordsTheEndAndItsReason() {
        fixture.given(caseOpened(), imposed())
                .when(new EndHuisverbod(CASE_ID, FIRST_END, HuisverbodEndReason.EXPIRED, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new HuisverbodEnded(CASE_ID, FIRST_END, HuisverbodEndReason.EXPIRED)))
                .expectResultMessagePayload(2L);
    }

    @Test
    void endHuisverbodOnTheDayItWasImposed() {
        fixture.given(caseOpened(), imposed())
                .when(new EndHuisverbod(CASE_ID, IMPOSED_ON, HuisverbodEndReason.LIFTED_BY_COURT, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new HuisverbodEnded(CASE_ID, IMPOSED_ON, HuisverbodEndReason.LIFTED_BY_COURT)))
                .expectResultMessagePayload(2L);
    }

    @Test
    void endHuisverbodBeforeItWasImposedIsRefused() {
        fixture.given(caseOpened(), imposed())
                .when(new EndHuisverbod(CASE_ID, IMPOSED_ON.minusDays(1), HuisverbodEndReason.LIFTED_BY_MAYOR, null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.END_BEFORE_START))
                .expectNoEvents();
    }

    @Test
    void endHuisverbodAfterItsTermIsRefused() {
        fixture.given(caseOpened(), imposed())
                .when(new EndHuisverbod(CASE_ID, FIRST_END.plusDays(1), HuisverbodEndReason.EXPIRED, null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.END_AFTER_TERM))
                .expectNoEvents();
    }

    @Test
    void endHuisverbodWhenNoneRunsIsRefused() {
        fixture.given(caseOpened())
                .when(new EndHuisverbod(CASE_ID, IMPOSED_ON, HuisverbodEndReason.EXPIRED, null))
                .expectException(CommandRefused.class)
                .expectException(refusedWith(Refusal.NO_HUISVERBOD_RUNNING))
                .expectNoEvents();
    }
}
