package nl.hgk.ledger.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The table writer and the percentiles it is fed: the harness's own logic, never a run of the benchmark. */
class BenchmarksFileTest {

    @Test
    void everyFigureStandsBesideItsAimAndAQuickRunSaysSo() {
        String md = new BenchmarksFile("Thu, 3 Dec 2026", "abc1234", "java -jar x.jar --quick", "2 cores", true,
                List.of(Figure.aimed("lag", "p50 1.0 ms, p99 3.0 ms", "a | b", "p99 <= 250 ms", true),
                        Figure.context("ceiling", "2,000.0/s", "1 client")), List.of("a note")).markdown();

        assertThat(md).contains("A quick run").contains("| commit | `abc1234` |")
                .contains("| lag | p50 1.0 ms, p99 3.0 ms | a \\| b | p99 <= 250 ms | **met** |")
                .contains("| ceiling | 2,000.0/s | 1 client |  |  |")
                .contains("- a note");
    }

    @Test
    void percentilesAreReadInMilliseconds() {
        Latencies latencies = new Latencies();
        for (int ms = 1; ms <= 100; ms++) {
            latencies.record(ms * 1_000_000L);
        }
        latencies.close();

        assertThat(latencies.count()).isEqualTo(100);
        assertThat(latencies.p50()).isBetween(49.9, 50.1);
        assertThat(latencies.p99()).isBetween(98.9, 99.1);
    }

    @Test
    void phasesAreChosenByNameAndRunInTheirOwnOrder() {
        BenchmarkOptions options = BenchmarkOptions.parse("--only=reads,ceiling", "--seconds=5");

        assertThat(options.phases()).containsExactly("ceiling", "reads");
        assertThat(options.warmUp().toMillis()).isEqualTo(1250);
    }
}
