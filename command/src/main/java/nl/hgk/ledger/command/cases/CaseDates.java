package nl.hgk.ledger.command.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The days of a case are Dutch days: a date a command carries is compared with today in the Netherlands. */
final class CaseDates {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private CaseDates() {
    }

    static LocalDate today(Instant now) {
        return now.atZone(AMSTERDAM).toLocalDate();
    }

    /** A date of something that happened ("held on", "decided at") lies today or before. */
    static void requireNotInFuture(LocalDate date, Instant now) {
        if (date.isAfter(today(now))) {
            throw new CommandRefused(Refusal.DATE_IN_FUTURE, date + " is still to come");
        }
    }
}
