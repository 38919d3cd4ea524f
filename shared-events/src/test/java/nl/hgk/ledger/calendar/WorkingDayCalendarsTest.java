package nl.hgk.ledger.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Extra closing days count where they are configured: in every region, or in one region only. */
class WorkingDayCalendarsTest {

    /** Wednesday 24 December 2025, the day before Eerste Kerstdag */
    private static final LocalDate CHRISTMAS_EVE = LocalDate.of(2025, 12, 24);
    /** Friday 2 January 2026 */
    private static final LocalDate SECOND_OF_JANUARY = LocalDate.of(2026, 1, 2);

    private final WorkingDayCalendars calendars = WorkingDayCalendars.of(List.of(SECOND_OF_JANUARY),
            Map.of("VT24", List.of(CHRISTMAS_EVE)));

    @Test
    void aRegionsOwnClosingDayIsNoWorkingDayThereOnly() {
        assertThat(calendars.forRegion("VT24").isWorkingDay(CHRISTMAS_EVE)).isFalse();
        assertThat(calendars.forRegion("VT15").isWorkingDay(CHRISTMAS_EVE)).isTrue();
        assertThat(calendars.everywhere().isWorkingDay(CHRISTMAS_EVE)).isTrue();
    }

    @Test
    void aClosingDayOfEveryRegionCountsInARegionWithDaysOfItsOwnToo() {
        assertThat(calendars.forRegion("VT24").isWorkingDay(SECOND_OF_JANUARY)).isFalse();
        assertThat(calendars.forRegion("VT15").isWorkingDay(SECOND_OF_JANUARY)).isFalse();
        assertThat(calendars.forRegion(null).isWorkingDay(SECOND_OF_JANUARY)).isFalse();
    }

    @Test
    void countingOverAClosingDayTakesTheNextWorkingDay() {
        // Tue 23 Dec 2025 + 1 working day: Wed 24 Dec in most regions; in VT24 the 24th is closed, the 25th and 26th
        // are Kerstmis (public holidays), the 27th and 28th a weekend: Monday 29 December
        LocalDate tuesday = LocalDate.of(2025, 12, 23);
        assertThat(calendars.forRegion("VT15").addWorkingDays(tuesday, 1)).isEqualTo(CHRISTMAS_EVE);
        assertThat(calendars.forRegion("VT24").addWorkingDays(tuesday, 1)).isEqualTo(LocalDate.of(2025, 12, 29));
    }

    @Test
    void withoutConfigurationEveryRegionHasTheDutchCalendar() {
        assertThat(WorkingDayCalendars.netherlands().forRegion("VT24").isWorkingDay(CHRISTMAS_EVE)).isTrue();
        assertThat(WorkingDayCalendars.netherlands().regionsWithClosingDays()).isEmpty();
    }
}
