package nl.hgk.ledger.command.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The days of a case are Dutch days: a date a command carries is compared with today in the Netherlands, and with the
 * days it must follow.
 */
final class CaseDates {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private CaseDates() {
    }

    static LocalDate today(Instant now) {
        return now.atZone(AMSTERDAM).toLocalDate();
    }

    /** A date set for something still to come (a meeting, the end of a monitoring) lies today or later. */
    static void requireNotPast(LocalDate date, Instant now, String what) {
        if (date.isBefore(today(now))) {
            throw new CommandRefused(Refusal.DATE_IN_PAST, what + " cannot be due on " + date
                    + ", a day that has passed");
        }
    }

    /** A meeting is held on or after the day it was called for: a date before would meet its limit untruly. */
    static void requireHeldAfter(LocalDate heldOn, LocalDate calledOn, String since) {
        if (calledOn != null && heldOn.isBefore(calledOn)) {
            throw new CommandRefused(Refusal.HELD_BEFORE_CALLED,
                    "a meeting held on " + heldOn + " is earlier than the day " + since + ", " + calledOn);
        }
    }

    /** A date of something that happened ("held on", "decided at") lies today or before. */
    static void requireNotInFuture(LocalDate date, Instant now) {
        if (date.isAfter(today(now))) {
            throw new CommandRefused(Refusal.DATE_IN_FUTURE, date + " is still to come");
        }
    }
}
