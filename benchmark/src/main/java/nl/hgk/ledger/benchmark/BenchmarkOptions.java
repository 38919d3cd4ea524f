package nl.hgk.ledger.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one run measures and for how long. {@code --quick} runs every phase small, to check the harness in a few
 * minutes; its figures mean nothing.
 *
 * @param phases          the phases to run ({@link #PHASES}), in their fixed order
 * @param seconds         how long each measured load runs, after a warm-up of a quarter of it
 * @param events          the size of the big store that rebuilds and reads run on
 * @param casesPerClient  the cases each command client works on (each grows at most a tenth during its run)
 * @param lagRate         creates per second of the steady load under which the lag is measured
 * @param generatorReports the reports of the generated year that is copied into the big store (advice requests: 9/11 of it)
 * @param catchUpLimit    the longest the views are waited for after the big store is filled
 * @param rebuildLimit    the longest one view's rebuild is followed; a slower one is reported from its progress
 * @param ledgerJar       the ledger to measure
 * @param output          where BENCHMARKS.md is written
 * @param quick           whether this is a harness check
 * @param command         the command line, as written into BENCHMARKS.md
 */
record BenchmarkOptions(Set<String> phases, Duration seconds, long events, int casesPerClient, int lagRate,
                        int generatorReports, int generatedYear, Duration catchUpLimit, Duration rebuildLimit,
                        Path ledgerJar, Path output, Path workDirectory, boolean quick, String command) {

    static final List<String> PHASES = List.of("ceiling", "creates", "commands", "lag", "fill", "rebuilds", "reads");

    static BenchmarkOptions parse(String... args) {
        boolean quick = Arrays.asList(args).contains("--quick");
        Set<String> phases = new LinkedHashSet<>(PHASES);
        Duration seconds = Duration.ofSeconds(quick ? 3 : 20);
        long events = quick ? 60_000 : 1_000_000;
        int casesPerClient = quick ? 1 : 10;
        int lagRate = quick ? 10 : 20;
        int reports = quick ? 300 : 3300;
        Duration catchUp = Duration.ofMinutes(quick ? 3 : 60);
        Duration rebuild = Duration.ofMinutes(quick ? 1 : 20);
        Path jar = Path.of("deploy/target/hgk-ledger.jar");
        Path output = Path.of("BENCHMARKS.md");
        Path work = Path.of("benchmark/target/run");
        for (String arg : args) {
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            switch (arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg) {
                case "--quick" -> { }
                case "--only" -> {
                    phases = new LinkedHashSet<>();
                    for (String phase : value.split(",")) {
                        if (!PHASES.contains(phase.trim())) {
                            throw new IllegalArgumentException("no phase " + phase + "; phases: " + PHASES);
                        }
                        phases.add(phase.trim());
                    }
                    phases.retainAll(PHASES);
                    Set<String> ordered = new LinkedHashSet<>(PHASES);
                    ordered.retainAll(phases);
                    phases = ordered;
                }
                case "--seconds" -> seconds = Duration.ofSeconds(Long.parseLong(value));
                case "--events" -> events = Long.parseLong(value);
                case "--cases-per-client" -> casesPerClient = Integer.parseInt(value);
                case "--lag-rate" -> lagRate = Integer.parseInt(value);
                case "--generator-reports" -> reports = Integer.parseInt(value);
                case "--catch-up-minutes" -> catchUp = Duration.ofMinutes(Long.parseLong(value));
                case "--rebuild-minutes" -> rebuild = Duration.ofMinutes(Long.parseLong(value));
                case "--ledger-jar" -> jar = Path.of(value);
                case "--output" -> output = Path.of(value);
                case "--work-directory" -> work = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + arg + "; see docs/benchmarks.md");
            }
        }
        return new BenchmarkOptions(phases, seconds, events, casesPerClient, lagRate, reports,
                Year.now().getValue() - 1, catchUp, rebuild, jar, output, work, quick,
                "java -jar benchmark/target/hgk-benchmark.jar" + (args.length == 0 ? "" : " " + String.join(" ", args)));
    }

    boolean runs(String phase) {
        return phases.contains(phase);
    }

    Duration warmUp() {
        return seconds.dividedBy(4);
    }
}
