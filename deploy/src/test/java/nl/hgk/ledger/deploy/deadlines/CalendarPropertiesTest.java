package nl.hgk.ledger.deploy.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import nl.hgk.ledger.calendar.WorkingDayCalendars;
import nl.hgk.ledger.reference.Municipalities;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** hgk.calendar as an operator writes it: extra closing days for every region and per region; a wrong code refused. */
class CalendarPropertiesTest {

    private static CalendarProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("hgk.calendar", CalendarProperties.class);
    }

    @Test
    void closingDaysForEveryRegionAndForOneRegion() {
        WorkingDayCalendars calendars = bind(Map.of(
                "hgk.calendar.extra-closing-days[0]", "2026-05-15",
                "hgk.calendar.regions.VT24.extra-closing-days[0]", "2025-12-24"))
                .calendars(Municipalities.load());

        assertThat(calendars.forRegion("VT24").isWorkingDay(LocalDate.of(2025, 12, 24))).isFalse();
        assertThat(calendars.forRegion("VT10").isWorkingDay(LocalDate.of(2025, 12, 24))).isTrue();
        assertThat(calendars.forRegion("VT10").isWorkingDay(LocalDate.of(2026, 5, 15))).isFalse();
        assertThat(calendars.everywhere().isWorkingDay(LocalDate.of(2026, 5, 15))).isFalse();
    }

    @Test
    void nothingConfiguredIsTheDutchCalendar() {
        WorkingDayCalendars calendars = bind(Map.of()).calendars(Municipalities.load());

        assertThat(calendars.regionsWithClosingDays()).isEmpty();
        assertThat(calendars.everywhere().extraClosingDays()).isEmpty();
    }

    @Test
    void anUnknownRegionIsRefused() {
        CalendarProperties typo = bind(Map.of("hgk.calendar.regions.VT99.extra-closing-days[0]", "2025-12-24"));

        assertThatThrownBy(() -> typo.calendars(Municipalities.load()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hgk.calendar.regions.VT99");
    }
}
