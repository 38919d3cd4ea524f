package nl.hgk.ledger.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Counts working days in the Netherlands: Monday to Friday, except the public holidays of the Algemene termijnenwet
 * (from Jollyday's calendar for the Netherlands, see the package description) and any extra closing days. Immutable
 * and thread-safe; the holidays of a year are looked up once.
 *
 * <p>Counting starts the day after: {@code addWorkingDays(receipt, 5)} is the fifth working day after the day of
 * receipt, whether or not the day of receipt is itself a working day, and
 * {@code workingDaysBetween(receipt, day)} counts the working days after {@code receipt} up to and including
 * {@code day}, so that {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
 */
public final class WorkingDays {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final Map<Integer, Map<LocalDate, String>> HOLIDAYS_BY_YEAR = new ConcurrentHashMap<>();
    private static final WorkingDays NETHERLANDS = new WorkingDays(Set.of());

    private final Set<LocalDate> closingDays;

    private WorkingDays(Set<LocalDate> closingDays) {
        this.closingDays = closingDays;
    }

    /** @return the working days of the Netherlands: weekends and public holidays excluded */
    public static WorkingDays netherlands() {
        return NETHERLANDS;
    }

    /**
     * @param extraClosingDays days on which the organisation is closed besides weekends and public holidays, such as a
     *                         day the government equates with a holiday; later configurable per region
     * @return the working days of the Netherlands without these days
     */
    public static WorkingDays netherlands(Collection<LocalDate> extraClosingDays) {
        Objects.requireNonNull(extraClosingDays, "extra closing days");
        return extraClosingDays.isEmpty() ? NETHERLANDS : new WorkingDays(Set.copyOf(extraClosingDays));
    }

    /** @return the extra closing days these working days exclude, besides weekends and public holidays */
    public Set<LocalDate> extraClosingDays() {
        return closingDays;
    }

    /** @return whether {@code date} is a Monday to Friday that is neither a public holiday nor an extra closing day */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && publicHoliday(date).isEmpty()
                && !closingDays.contains(date);
    }

    /** @return the Dutch name of the public holiday on {@code date} (e.g. "Goede vrijdag"), or empty */
    public Optional<String> publicHoliday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return Optional.ofNullable(holidaysOf(date.getYear()).get(date));
    }

    /**
     * @param date the day to count from; it does not count itself
     * @param days how many working days to move: forward when positive, backward when negative
     * @return the {@code days}-th working day after {@code date} (before it, when negative); {@code date} for 0
     */
    public LocalDate addWorkingDays(LocalDate date, int days) {
        Objects.requireNonNull(date, "date");
        int step = days >= 0 ? 1 : -1;
        LocalDate day = date;
        for (int left = Math.abs(days); left > 0; ) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * @return the number of working days after {@code from} up to and including {@code to}; negative (the count the
     * other way round) when {@code to} is before {@code from}, 0 when they are the same day
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private static Map<LocalDate, String> holidaysOf(int year) {
        return HOLIDAYS_BY_YEAR.computeIfAbsent(year, WorkingDays::readHolidays);
    }

    private static Map<LocalDate, String> readHolidays(int year) {
        Set<Holiday> holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NETHERLANDS))
                .getHolidays(Year.of(year));
        // two holidays on one day cannot happen in the Dutch calendar, but keep both names if they ever do
        return holidays.stream().collect(Collectors.toUnmodifiableMap(Holiday::getDate,
                holiday -> holiday.getDescription(DUTCH), (first, second) -> first + " / " + second));
    }
}
