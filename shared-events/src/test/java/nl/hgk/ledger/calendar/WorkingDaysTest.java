package nl.hgk.ledger.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays workingDays = WorkingDays.netherlands();

    private static LocalDate date(int year, Month month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void theHolidaysOf2025AreThoseOfTheAlgemeneTermijnenwet() {
        Map<LocalDate, String> holidays = new TreeMap<>();
        Stream.iterate(date(2025, Month.JANUARY, 1), day -> day.getYear() == 2025, day -> day.plusDays(1))
                .forEach(day -> workingDays.publicHoliday(day).ifPresent(name -> holidays.put(day, name)));

        assertThat(holidays).containsExactlyEntriesOf(new TreeMap<>(Map.ofEntries(
                Map.entry(date(2025, Month.JANUARY, 1), "Nieuwjaar"),
                Map.entry(date(2025, Month.APRIL, 18), "Goede vrijdag"),
                Map.entry(date(2025, Month.APRIL, 20), "Eerste paasdag"),
                Map.entry(date(2025, Month.APRIL, 21), "Tweede paasdag"),
                Map.entry(date(2025, Month.APRIL, 26), "Koningsdag"),
                Map.entry(date(2025, Month.MAY, 5), "Bevrijdingsdag"),
                Map.entry(date(2025, Month.MAY, 29), "Hemelvaartsdag"),
                Map.entry(date(2025, Month.JUNE, 8), "Eerste pinksterdag"),
                Map.entry(date(2025, Month.JUNE, 9), "Tweede pinksterdag"),
                Map.entry(date(2025, Month.DECEMBER, 25), "Eerste Kerstdag"),
                Map.entry(date(2025, Month.DECEMBER, 26), "Tweede Kerstdag"))));
    }

    @Test
    void fiveWorkingDaysAcrossEaster2025SkipGoedeVrijdagAndTweedePaasdag() {
        LocalDate friday = date(2025, Month.APRIL, 11);
        LocalDate goedeVrijdag = date(2025, Month.APRIL, 18);
        LocalDate tweedePaasdag = date(2025, Month.APRIL, 21);
        assertThat(workingDays.publicHoliday(goedeVrijdag)).hasValue("Goede vrijdag");
        assertThat(workingDays.publicHoliday(tweedePaasdag)).hasValue("Tweede paasdag");
        assertThat(workingDays.isWorkingDay(goedeVrijdag)).isFalse();
        assertThat(workingDays.isWorkingDay(tweedePaasdag)).isFalse();

        // Mon 14, Tue 15, Wed 16, Thu 17, (Goede Vrijdag, weekend with Pasen, Tweede Paasdag), Tue 22
        assertThat(workingDays.addWorkingDays(friday, 5)).isEqualTo(date(2025, Month.APRIL, 22));
        assertThat(workingDays.addWorkingDays(date(2025, Month.APRIL, 17), 1)).isEqualTo(date(2025, Month.APRIL, 22));
        assertThat(workingDays.workingDaysBetween(friday, date(2025, Month.APRIL, 22))).isEqualTo(5);
        assertThat(workingDays.workingDaysBetween(friday, date(2025, Month.APRIL, 23))).isEqualTo(6);
    }

    @Test
    void koningsdag2025FallsOnSaturday26AprilAndCostsNoWorkingDay() {
        assertThat(workingDays.publicHoliday(date(2025, Month.APRIL, 26))).hasValue("Koningsdag");
        assertThat(workingDays.publicHoliday(date(2025, Month.APRIL, 27))).isEmpty();
        assertThat(workingDays.workingDaysBetween(date(2025, Month.APRIL, 25), date(2025, Month.APRIL, 28)))
                .isEqualTo(1);
    }

    @Test
    void koningsdag2026IsMonday27April() {
        LocalDate koningsdag = date(2026, Month.APRIL, 27);
        assertThat(workingDays.publicHoliday(koningsdag)).hasValue("Koningsdag");
        assertThat(workingDays.isWorkingDay(koningsdag)).isFalse();
        assertThat(workingDays.addWorkingDays(date(2026, Month.APRIL, 24), 1)).isEqualTo(date(2026, Month.APRIL, 28));
    }

    @Test
    void bevrijdingsdagIsAHolidayEveryYearNotOnlyEveryFifth() {
        assertThat(workingDays.publicHoliday(date(2025, Month.MAY, 5))).hasValue("Bevrijdingsdag");
        assertThat(workingDays.isWorkingDay(date(2025, Month.MAY, 5))).isFalse();
        assertThat(workingDays.publicHoliday(date(2026, Month.MAY, 5))).hasValue("Bevrijdingsdag");
        assertThat(workingDays.isWorkingDay(date(2026, Month.MAY, 5))).isFalse();
    }

    @Test
    void christmasAndNieuwjaarsdagPushTheNormIntoTheNextYear() {
        LocalDate christmasEve = date(2025, Month.DECEMBER, 24);
        assertThat(workingDays.publicHoliday(date(2025, Month.DECEMBER, 25))).hasValue("Eerste Kerstdag");
        assertThat(workingDays.publicHoliday(date(2025, Month.DECEMBER, 26))).hasValue("Tweede Kerstdag");
        assertThat(workingDays.publicHoliday(date(2026, Month.JANUARY, 1))).hasValue("Nieuwjaar");

        assertThat(workingDays.addWorkingDays(christmasEve, 1)).isEqualTo(date(2025, Month.DECEMBER, 29));
        // Mon 29, Tue 30, Wed 31, (Nieuwjaarsdag), Fri 2, Mon 5 January
        assertThat(workingDays.addWorkingDays(christmasEve, 5)).isEqualTo(date(2026, Month.JANUARY, 5));
    }

    @Test
    void aWeekendIsNoWorkingDayAndAReceiptOnSaturdayCountsFromMonday() {
        LocalDate saturday = date(2025, Month.MARCH, 8);
        assertThat(workingDays.isWorkingDay(saturday)).isFalse();
        assertThat(workingDays.isWorkingDay(date(2025, Month.MARCH, 9))).isFalse();
        assertThat(workingDays.isWorkingDay(date(2025, Month.MARCH, 10))).isTrue();

        assertThat(workingDays.addWorkingDays(date(2025, Month.MARCH, 7), 1)).isEqualTo(date(2025, Month.MARCH, 10));
        assertThat(workingDays.addWorkingDays(saturday, 5)).isEqualTo(date(2025, Month.MARCH, 14));
        assertThat(workingDays.workingDaysBetween(saturday, date(2025, Month.MARCH, 14))).isEqualTo(5);
    }

    @Test
    void countsBackwardAndBothWaysAlike() {
        LocalDate tuesdayAfterEaster = date(2025, Month.APRIL, 22);
        assertThat(workingDays.addWorkingDays(tuesdayAfterEaster, -5)).isEqualTo(date(2025, Month.APRIL, 11));
        assertThat(workingDays.workingDaysBetween(tuesdayAfterEaster, date(2025, Month.APRIL, 11))).isEqualTo(-5);
        assertThat(workingDays.addWorkingDays(tuesdayAfterEaster, 0)).isEqualTo(tuesdayAfterEaster);
        assertThat(workingDays.workingDaysBetween(tuesdayAfterEaster, tuesdayAfterEaster)).isZero();
        for (LocalDate day : List.of(date(2025, Month.APRIL, 11), date(2025, Month.APRIL, 19),
                date(2025, Month.DECEMBER, 24), date(2026, Month.APRIL, 26))) {
            for (int n = 0; n <= 12; n++) {
                assertThat(workingDays.workingDaysBetween(day, workingDays.addWorkingDays(day, n))).isEqualTo(n);
            }
        }
    }

    @Test
    void extraClosingDaysAreSkippedToo() {
        // the Friday after Hemelvaartsdag (29 May 2025), closed by a region's choice
        LocalDate bridgeDay = date(2025, Month.MAY, 30);
        WorkingDays withBridgeDay = WorkingDays.netherlands(List.of(bridgeDay));

        assertThat(workingDays.isWorkingDay(bridgeDay)).isTrue();
        assertThat(withBridgeDay.isWorkingDay(bridgeDay)).isFalse();
        assertThat(withBridgeDay.publicHoliday(bridgeDay)).isEmpty();
        assertThat(workingDays.addWorkingDays(date(2025, Month.MAY, 28), 1)).isEqualTo(bridgeDay);
        assertThat(withBridgeDay.addWorkingDays(date(2025, Month.MAY, 28), 1)).isEqualTo(date(2025, Month.JUNE, 2));
        assertThat(withBridgeDay.extraClosingDays()).containsExactly(bridgeDay);
    }
}
