package nl.hgk.ledger.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The one clock of the ledger: event timestamps, time limits and the deadline scheduler all read it. It runs on the
 * system clock; tests and the generator of simulated years move it instead of waiting, which is why it can be set.
 */
public final class LedgerClock extends Clock {

    private volatile Clock current;

    private LedgerClock(Clock current) {
        this.current = current;
    }

    /** @return a ledger clock on the system's UTC clock */
    public static LedgerClock system() {
        return new LedgerClock(Clock.systemUTC());
    }

    /** Stops the clock at {@code instant}. */
    public void setTo(Instant instant) {
        current = Clock.fixed(instant, ZoneOffset.UTC);
    }

    /** Moves the clock forward; a stopped clock stays stopped at the later moment. */
    public void advance(Duration duration) {
        current = Clock.offset(current, duration);
    }

    /** Lets the clock run with the system again. */
    public void resume() {
        current = Clock.systemUTC();
    }

    @Override
    public Instant instant() {
        return current.instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return current.withZone(zone);
    }
}
