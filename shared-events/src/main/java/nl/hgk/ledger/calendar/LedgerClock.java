package nl.hgk.ledger.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * The one clock of the ledger: event timestamps, time limits and the deadline scheduler all read it. It runs on the
 * system clock; tests and the generator of simulated years move it instead of waiting, which is why it can be set.
 * An import of historical cases sets it for its own thread only ({@link #during}), so that live requests on other
 * threads keep the real time while a case's past steps are recorded at their moments.
 */
public final class LedgerClock extends Clock {

    private volatile Clock current;
    /**
     * the moment of the step the current thread records, while it records a step of the past. Static: Axon stamps
     * events with the one clock in {@code GenericEventMessage.clock}, which must see the thread's moment whichever
     * ledger clock instance that is (several application contexts in one JVM, as in tests, each have one)
     */
    private static final ThreadLocal<Instant> stepMoment = new ThreadLocal<>();

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

    /**
     * Runs {@code work} with the clock at {@code moment} for the current thread only: what the work records and
     * decides (event timestamps, time limits, checks against "now") is at that moment. Needs the work to run on this
     * thread, as commands do on the local command bus.
     */
    public <T> T during(Instant moment, Supplier<T> work) {
        Instant outer = stepMoment.get();
        stepMoment.set(moment);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                stepMoment.remove();
            } else {
                stepMoment.set(outer);
            }
        }
    }

    @Override
    public Instant instant() {
        Instant moment = stepMoment.get();
        return moment != null ? moment : current.instant();
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
