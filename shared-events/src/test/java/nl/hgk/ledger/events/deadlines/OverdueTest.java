package nl.hgk.ledger.events.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class OverdueTest {

    /** the end of Monday 28 April 2025 in Amsterdam: a triage limit's due moment */
    private static final Instant DUE = Instant.parse("2025-04-28T22:00:00Z");

    @Test
    void overdueOnlyOnceTheDueMomentHasPassed() {
        assertThat(Overdue.at(DUE, false, DUE.minusNanos(1))).isFalse();
        assertThat(Overdue.at(DUE, false, DUE)).as("met at this moment is met in time").isFalse();
        assertThat(Overdue.at(DUE, false, DUE.plusNanos(1))).isTrue();
    }

    @Test
    void aRecordedMissIsOverdueWhateverTheClockSays() {
        assertThat(Overdue.at(DUE, true, DUE)).isTrue();
        assertThat(Overdue.at(DUE, true, DUE.minusSeconds(3600))).as("a clock set back").isTrue();
    }
}
