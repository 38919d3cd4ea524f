package nl.hgk.ledger.events.deadlines;

import java.time.Instant;
import java.util.Objects;

/**
 * When a running time limit is overdue: once its due moment has passed, or once the ledger recorded it as missed
 * ({@link DeadlineMissed}), whichever it learns of first. At the due moment itself a limit is not yet overdue: the
 * command side counts a limit met at that very moment as met in time ({@link TimeLimitOutcome#MET}), so a reader that
 * called it overdue then would contradict the record.
 * <p>
 * The one rule for everyone who shows or decides it (the family plan view, the deadline board, the command side's
 * met in time or late), so that two screens never disagree about the same limit at the same moment. The recorded miss
 * alone would not do for a screen: it comes when the scheduler gets to it, a few seconds after the due moment, or
 * later when the scheduler was down.
 */
public final class Overdue {

    private Overdue() {
    }

    /**
     * @param dueAt  the limit's due moment (the end of its last day, for a limit in days)
     * @param missed whether the ledger recorded the limit as missed
     * @param now    the moment asked about, on the ledger's clock
     * @return whether the limit is overdue at {@code now}
     */
    public static boolean at(Instant dueAt, boolean missed, Instant now) {
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(now, "now");
        return missed || now.isAfter(dueAt);
    }
}
