package nl.hgk.ledger.query.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period the figures are published for, as Veilig Thuis statistics are: a year ({@code 2025}) or a half-year
 * ({@code 2025-H1} January to June, {@code 2025-H2} July to December), in the time of the Netherlands.
 *
 * @param year the year
 * @param half 1 or 2 for a half-year, 0 for the whole year
 */
public record Period(int year, int half) {

    /** the time zone in which an event's timestamp is given its day and so its period */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    /** the earliest year asked for: the ledger holds nothing older */
    static final int FIRST_YEAR = 2000;
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-H([12]))?");

    public Period {
        if (half < 0 || half > 2) {
            throw new IllegalArgumentException("half must be 0 (the whole year), 1 or 2: " + half);
        }
    }

    /** @return the period {@code text} names ({@code 2025}, {@code 2025-H1}, {@code 2025-H2}), if it is one */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        if (year < FIRST_YEAR) {
            return Optional.empty();
        }
        return Optional.of(new Period(year, matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2))));
    }

    public static Period year(int year) {
        return new Period(year, 0);
    }

    public static Period half(int year, int half) {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("a half-year is 1 or 2: " + half);
        }
        return new Period(year, half);
    }

    /** @return the half-year {@code day} lies in */
    public static Period halfOf(LocalDate day) {
        return half(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
    }

    public boolean isYear() {
        return half == 0;
    }

    /** @return the first day of the period */
    public LocalDate firstDay() {
        return LocalDate.of(year, half == 2 ? Month.JULY : Month.JANUARY, 1);
    }

    /** @return the last day of the period */
    public LocalDate lastDay() {
        return endExclusive().minusDays(1);
    }

    private LocalDate endExclusive() {
        return half == 1 ? LocalDate.of(year, Month.JULY, 1) : LocalDate.of(year + 1, Month.JANUARY, 1);
    }

    /** @return the first moment of the period: midnight at its first day in the Netherlands */
    public Instant start() {
        return firstDay().atStartOfDay(ZONE).toInstant();
    }

    /** @return the first moment after the period */
    public Instant end() {
        return endExclusive().atStartOfDay(ZONE).toInstant();
    }

    @Override
    public String toString() {
        return isYear() ? String.valueOf(year) : year + "-H" + half;
    }
}
