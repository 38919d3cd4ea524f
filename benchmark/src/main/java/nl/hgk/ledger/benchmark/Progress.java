package nl.hgk.ledger.benchmark;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** What the run is doing, on standard error as it goes: a full run takes a while. */
final class Progress {

    private Progress() {
    }

    static void say(String format, Object... args) {
        System.err.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " " + String.format(format, args));
    }
}
