package nl.hgk.ledger.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's run: starts one PostgreSQL and the ledger on it, measures each selected phase in a fixed order
 * (the ceiling, creates, commands on long cases, the lag, then the big store: start-up with it, rebuilds, reads) and
 * writes BENCHMARKS.md. Usage and options: docs/benchmarks.md.
 */
public final class Benchmark {

    private static final double STOCK_SHARE_OF_CEILING = 0.16;
    private static final double AIMED_SHARE_OF_CEILING = 0.40;

    private final BenchmarkOptions options;
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final String date = ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME);
    private final String loadBefore = MachineLoad.loadAverage();

    private Benchmark(BenchmarkOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        Path work = options.workDirectory().toAbsolutePath();
        Files.createDirectories(work.resolve("tmp"));
        // embedded PostgreSQL unpacks its binaries into java.io.tmpdir: keep them in the work directory
        System.setProperty("java.io.tmpdir", work.resolve("tmp").toString());
        new Benchmark(options).run();
        System.exit(0);
    }

    private void run() throws Exception {
        BearerTokens tokens = BearerTokens.make();
        Path publicKey = tokens.writePublicKey(options.workDirectory().toAbsolutePath());
        SignedIn veiligThuis = SignedIn.bearer(tokens.veiligThuisCaseWorker());
        SignedIn analyst = SignedIn.bearer(tokens.analyst());
        SignedIn administrator = SignedIn.bearer(tokens.administrator());
        String heap;
        String resident;
        try (Database database = Database.start(options.workDirectory())) {
            Progress.say("PostgreSQL on port %d; starting the ledger", database.port());
            LedgerProcess ledger = LedgerProcess.start(options, database, publicKey, "ledger.log");
            startUp("start-up to healthy, empty store", ledger.startUp());
            try {
                Map<Integer, ClosedLoad.Result> ceiling = Map.of();
                if (options.runs("ceiling")) {
                    ceiling = InsertCeiling.measure(options, database);
                    ceiling.forEach((clients, result) -> figures.add(Figure.context(
                            "ceiling: single-row insert transactions, " + clients + " client" + (clients > 1 ? "s" : ""),
                            rate(result.perSecond()), load(result))));
                }
                write();
                if (options.runs("creates")) {
                    creates(Creates.measure(options, ledger, List.of(veiligThuis,
                            SignedIn.demoUser("casemanager"))), ceiling, veiligThuis.name());
                }
                List<LongCases> pools = new ArrayList<>();
                if (options.runs("commands") || options.runs("reads")) {
                    LedgerApi api = new LedgerApi(ledger.port());
                    for (int size : List.of(50, 200)) {
                        Progress.say("building %d cases of %d events", LongCases.CLIENTS * options.casesPerClient(),
                                size);
                        pools.add(LongCases.build(api, veiligThuis, size, options.casesPerClient()));
                    }
                }
                write();
                if (options.runs("commands")) {
                    for (LongCases pool : pools) {
                        ClosedLoad.Result result = CaseCommands.measure(options, ledger, veiligThuis, pool);
                        String what = "command (code change) on a case of " + pool.size() + " events, 4 clients";
                        String figure = rate(result.perSecond()) + ", " + percentiles(result.latencies());
                        String conditions = load(result) + "; " + pool.cases().size() + " cases, grown to at most "
                                + pool.mostEvents() + " events";
                        figures.add(pool.size() == 200
                                ? Figure.aimed(what, figure, conditions, "p99 <= 10 ms at 4 clients",
                                result.latencies().p99() <= 10)
                                : Figure.context(what, figure, conditions));
                    }
                }
                write();
                if (options.runs("lag")) {
                    Lag lag = Lag.measure(options, ledger, veiligThuis);
                    figures.add(Figure.aimed("lag: command accepted to visible in the family plan view",
                            percentiles(lag.lag()), String.format("%d probes over %d s, under %.1f creates/s "
                                    + "(bearer, open load at %d/s)", lag.lag().count(), options.seconds().toSeconds(),
                                    lag.createRate(), options.lagRate()) + failures(lag.lag()),
                            "p99 <= 250 ms under steady load", lag.lag().p99() <= 250));
                }
                write();
                long storeSize = 0;
                if (options.runs("fill")) {
                    ledger.close();
                    BigStore store = BigStore.fill(options, database, publicKey);
                    storeSize = store.events();
                    notes.add(String.format("The big store: a year of %d reports generated by the ledger "
                                    + "(%,d events, %s s) in a database beside the ledger's, copied in with new "
                                    + "identities to %,d events in %s s (batched inserts, ledger stopped).",
                            options.generatorReports(), store.yearEvents(), store.generation().toSeconds(),
                            store.events(), store.copying().toSeconds()));
                    Progress.say("starting the ledger on %,d events", store.events());
                    ledger = LedgerProcess.start(options, database, publicKey, "ledger-big-store.log");
                    startUp(String.format("start-up to healthy, %,d-event store", store.events()), ledger.startUp());
                    Rebuilds.Rebuild caughtUp = Rebuilds.catchUp(new LedgerApi(ledger.port()), administrator,
                            options.catchUpLimit());
                    figures.add(Figure.context("every view catching up at once with the copied events",
                            rate(caughtUp.perSecond()) + " (positions per second, summed over the views)",
                            caughtUp.finished() ? "done in " + seconds(caughtUp.time())
                                    : "not done within " + seconds(caughtUp.time())));
                }
                write();
                if (options.runs("rebuilds")) {
                    rebuilds(database, ledger, administrator);
                }
                figures.add(new Figure("bulk import", "not measured yet", "the import path (issue 14 item 5) is "
                        + "built in parallel: see the hook in benchmark/…/BigStore", ">= 50,000 events/s",
                        "not measured"));
                write();
                if (options.runs("reads")) {
                    reads(ledger, analyst, veiligThuis, pools, storeSize);
                }
            } finally {
                heap = ledger.heap();
                resident = MachineLoad.residentMemory(ledger.pid());
                ledger.close();
            }
        }
        figures.add(Figure.context("the ledger's heap after the runs", heap, "jcmd GC.heap_info; resident "
                + resident));
        notes.add("Clients: the JDK's HttpClient and JDBC in one JVM. 'client CPU' is that JVM's CPU time over the "
                + "measured window as a share of all cores: well below 100% means the clients were not what limited "
                + "a figure. 'ledger CPU' is the ledger process's CPU time (from /proc) per measured request.");
        write();
        Progress.say("wrote %s", options.output().toAbsolutePath());
    }

    /** Writes BENCHMARKS.md with the figures so far: after every phase, so that a stopped run still leaves them. */
    private void write() throws IOException {
        String machine = MachineLoad.cores() + " cores, " + MachineLoad.memory() + ", Java "
                + System.getProperty("java.version") + "; load average " + loadBefore + " at the start, "
                + MachineLoad.loadAverage() + " at the end";
        Files.writeString(options.output(), new BenchmarksFile(date, commit(), options.command(), machine,
                options.quick(), figures, notes).markdown());
    }

    private void creates(Map<String, Map<Integer, ClosedLoad.Result>> creates, Map<Integer, ClosedLoad.Result> ceiling,
                         String bearer) {
        creates.forEach((way, perClients) -> perClients.forEach((clients, result) -> {
            String what = "create a case, " + way + ", " + clients + " client" + (clients > 1 ? "s" : "");
            String figure = rate(result.perSecond()) + ", " + percentiles(result.latencies());
            ClosedLoad.Result insert = ceiling.get(clients);
            double share = insert == null ? Double.NaN : result.perSecond() / insert.perSecond();
            String conditions = load(result) + (insert == null ? "" : String.format("; %.1f%% of the ceiling",
                    100 * share));
            if (clients == 4 && way.equals(bearer)) {
                figures.add(Figure.aimed(what, figure, conditions, "at least the stock application (about 16% of the "
                        + "insert ceiling); aiming at 40%", share >= STOCK_SHARE_OF_CEILING));
                if (share < AIMED_SHARE_OF_CEILING) {
                    notes.add(String.format("Creates with a bearer token at 4 clients: %.1f%% of the ceiling, the aim "
                            + "of 40%% not reached.", 100 * share));
                }
            } else if (clients == 4) {
                double bearerRate = creates.get(bearer).get(4).perSecond();
                figures.add(Figure.aimed(what, figure, conditions + String.format("; %.0f%% of the bearer path",
                        100 * result.perSecond() / bearerRate), "within 20% of the bearer path",
                        result.perSecond() >= 0.8 * bearerRate));
            } else {
                figures.add(Figure.context(what, figure, conditions));
            }
        }));
    }

    private void rebuilds(Database database, LedgerProcess ledger, SignedIn administrator) throws Exception {
        Rebuilds.Rebuild raw = Rebuilds.rawRead(database);
        figures.add(Figure.context("rebuild ceiling: the event table streamed over JDBC, each payload parsed",
                rate(raw.perSecond()) + " events", String.format("%,d events in %s", raw.events(), seconds(raw.time()))));
        LedgerApi api = new LedgerApi(ledger.port());
        Rebuilds.rebuildEach(api, administrator, Rebuilds.views(api, administrator), options.rebuildLimit())
                .forEach((view, rebuild) -> figures.add(new Figure("rebuild of view " + view,
                        rate(rebuild.perSecond()) + " events",
                        String.format("%,d events in %s%s; %.2f%% of the ceiling", rebuild.events(),
                                seconds(rebuild.time()), rebuild.finished() ? "" : " (stopped following it: not "
                                        + "finished within the limit)", 100 * rebuild.perSecond() / raw.perSecond()),
                        ">= 50,000 events/s",
                        rebuild.finished() && rebuild.perSecond() >= 50_000 ? "met" : "not met")));
    }

    private void reads(LedgerProcess ledger, SignedIn analyst, SignedIn veiligThuis, List<LongCases> pools,
                       long storeSize) {
        String store = storeSize == 0 ? "the store as the earlier phases left it"
                : String.format("the %,d-event store", storeSize);
        ClosedLoad.Result figuresRead = Reads.figures(options, ledger, analyst);
        figures.add(Figure.aimed("regional figures (analyst, GM0505, " + options.generatedYear() + ")",
                rate(figuresRead.perSecond()) + ", " + percentiles(figuresRead.latencies()),
                "1 client, " + store + "; " + load(figuresRead), "p99 <= 50 ms",
                figuresRead.latencies().p99() <= 50));
        for (boolean asOf : List.of(false, true)) {
            ClosedLoad.Result history = Reads.history(options, ledger, veiligThuis, pools, asOf);
            figures.add(Figure.aimed("case history" + (asOf ? " asOf" : "") + ", cases of 50-200 events",
                    rate(history.perSecond()) + ", " + percentiles(history.latencies()),
                    "1 client, " + store + "; " + load(history), "p99 <= 20 ms in the 1,000,000-event store",
                    history.latencies().p99() <= 20 && storeSize >= 1_000_000));
        }
    }

    private void startUp(String what, Duration startUp) {
        figures.add(Figure.aimed(what, seconds(startUp), "from launching the JVM to /actuator/health UP",
                "<= 10 s with a warm Maven cache", startUp.compareTo(Duration.ofSeconds(10)) <= 0));
    }

    private static String rate(double perSecond) {
        return String.format("%,.1f/s", perSecond);
    }

    private static String percentiles(Latencies latencies) {
        return String.format("p50 %.1f ms, p99 %.1f ms", latencies.p50(), latencies.p99());
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    private static String load(ClosedLoad.Result result) {
        return String.format("%,d requests in %.0f s; client CPU %.0f%%%s%s", result.latencies().count(),
                result.seconds(), 100 * result.clientCpu(), result.ledgerCpuMs() > 0
                        ? String.format("; ledger CPU %.1f ms/request", result.ledgerCpuMs()) : "",
                failures(result.latencies()));
    }

    private static String failures(Latencies latencies) {
        return latencies.failures() == 0 ? "" : "; " + latencies.failures() + " failed (first: "
                + abbreviated(latencies.firstFailure()) + ")";
    }

    private static String abbreviated(String text) {
        return text == null || text.length() <= 120 ? String.valueOf(text) : text.substring(0, 120) + "…";
    }

    private static String commit() {
        try {
            String head = git("rev-parse", "--short", "HEAD").trim();
            return git("status", "--porcelain", "--untracked-files=no").isBlank() ? head : head + "+changes";
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String git(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
        return new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
