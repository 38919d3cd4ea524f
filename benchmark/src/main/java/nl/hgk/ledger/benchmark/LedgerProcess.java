package nl.hgk.ledger.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The ledger measured: {@code deploy/target/hgk-ledger.jar} in a JVM of its own on the run's PostgreSQL, with the demo
 * users of its default configuration and bearer tokens verified against the benchmark's public key. Its output goes to
 * a log file in the work directory.
 */
final class LedgerProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Duration startUp;

    private LedgerProcess(Process process, int port, Duration startUp) {
        this.process = process;
        this.port = port;
        this.startUp = startUp;
    }

    /** Starts the ledger and waits until its health is UP; the time that took is its start-up. */
    static LedgerProcess start(BenchmarkOptions options, Database database, Path publicKey, String logName)
            throws IOException {
        int port = freePort();
        List<String> command = ledgerCommand(options, database, Database.LEDGER, publicKey);
        command.add("--server.port=" + port);
        long begin = System.nanoTime();
        Process process = start(command, options.workDirectory().resolve(logName));
        LedgerApi api = new LedgerApi(port);
        while (!api.healthy()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the ledger stopped while starting; see "
                        + options.workDirectory().resolve(logName));
            }
            if (System.nanoTime() - begin > TimeUnit.MINUTES.toNanos(10)) {
                process.destroy();
                throw new IllegalStateException("the ledger was not healthy within 10 minutes");
            }
            ClosedLoad.sleep(Duration.ofMillis(50));
        }
        return new LedgerProcess(process, port, Duration.ofNanos(System.nanoTime() - begin));
    }

    /**
     * Generates a year of one region with the ledger's own generator (docs/generated-year.md) into its own database,
     * and waits until it is done: the source the big store is copied from.
     */
    static Duration generateYear(BenchmarkOptions options, Database database, Path publicKey) throws IOException {
        List<String> command = ledgerCommand(options, database, Database.GENERATED_YEAR, publicKey);
        command.add("--server.port=" + freePort());
        command.add("--hgk.generate.year=" + options.generatedYear());
        command.add("--hgk.generate.reports=" + options.generatorReports());
        command.add("--hgk.generate.advice-requests=" + options.generatorReports() * 9 / 11);
        command.add("--hgk.generate.exit=true");
        long begin = System.nanoTime();
        Process process = start(command, options.workDirectory().resolve("ledger-generator.log"));
        try {
            if (!process.waitFor(2, TimeUnit.HOURS) || process.exitValue() != 0) {
                throw new IllegalStateException("the generator failed; see "
                        + options.workDirectory().resolve("ledger-generator.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
        }
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    private static List<String> ledgerCommand(BenchmarkOptions options, Database database, String name,
                                              Path publicKey) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(),
                "-Daxoniq.update-checker.disabled=true",
                "-Djava.io.tmpdir=" + options.workDirectory().toAbsolutePath().resolve("tmp"),
                "-jar", options.ledgerJar().toAbsolutePath().toString(),
                "--spring.datasource.url=" + database.url(name),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=" + publicKey.toUri(),
                "--spring.security.oauth2.resourceserver.jwt.audiences=" + BearerTokens.AUDIENCE));
        return command;
    }

    private static Process start(List<String> command, Path log) throws IOException {
        Files.createDirectories(log.getParent().resolve("tmp"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        return builder.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    Duration startUp() {
        return startUp;
    }

    /** @return the heap the ledger's JVM uses now, as {@code jcmd <pid> GC.heap_info} prints it (its first lines) */
    String heap() {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process info = new ProcessBuilder(jcmd.toString(), String.valueOf(pid()), "GC.heap_info")
                    .redirectErrorStream(true).start();
            String out = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            info.waitFor(30, TimeUnit.SECONDS);
            return out.lines().filter(line -> line.contains("total") && line.contains("used"))
                    .findFirst().map(String::trim).orElse("unknown");
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    /** Stops the ledger as an operator would (SIGTERM), and waits for it. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
