package nl.hgk.ledger.query.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Moments and days as Dutch readers write them. Moments are shown in Dutch local time (Europe/Amsterdam, summer time
 * included), because that is the time the professionals worked in; the JSON export keeps the exact UTC instant.
 */
final class DutchTime {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss").withZone(ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private DutchTime() {
    }

    /** @return e.g. 01-03-2025 13:00:00 for 2025-03-01T12:00:00Z; null for null */
    static String moment(Instant instant) {
        return instant == null ? null : MOMENT.format(instant);
    }

    /**
     * @return the last moment to act, as professionals say it: a limit due at Dutch midnight is met on the day before,
     *         "tot en met 20-12-2026", not "uiterlijk 21-12-2026 00:00:00", which reads as a day more; any other
     *         moment is "uiterlijk" that moment
     */
    static String due(Instant dueAt) {
        if (dueAt == null) {
            return null;
        }
        ZonedDateTime local = dueAt.atZone(ZONE);
        return local.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? "tot en met " + DAY.format(local.toLocalDate().minusDays(1))
                : "uiterlijk " + MOMENT.format(dueAt);
    }

    /** @return the day the instant falls on in Dutch local time, e.g. 01-03-2025 */
    static String day(Instant instant) {
        return instant == null ? null : DAY.format(instant.atZone(ZONE));
    }

    /** @return e.g. 20-11-2026 */
    static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }
}
