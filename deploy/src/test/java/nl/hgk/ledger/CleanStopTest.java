package nl.hgk.ledger;

import static nl.hgk.ledger.Requests.CASE_WORKER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Stopping the ledger is quiet and prompt: everything that uses the database (Axon's event processors, the deadline
 * scheduler) stops before the embedded PostgreSQL does, so a stop logs no error and no stack trace (noise at every
 * stop hides the one stop that does go wrong); and a screen left open on a family plan's live updates does not hold
 * the stop up until the web server gives up waiting for it.
 * <p>
 * The ledger runs in a JVM of its own and is stopped as an operator or Kubernetes stops it: with SIGTERM (Ctrl-C is
 * SIGINT, handled the same), which runs the JVM's shutdown hooks, all at once. Closing the application context from
 * inside the test would not show the fault: it stops everything in Spring's order, one after the other, whereas a
 * stop of the JVM also runs every shutdown hook a library registered of its own, alongside Spring's.
 */
class CleanStopTest {

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final Duration START = Duration.ofMinutes(3);
    private static final Duration STOP = Duration.ofMinutes(1);
    /** well below the 30 s the web server waits at most for requests still running (its graceful shutdown) */
    private static final Duration PROMPT_STOP = Duration.ofSeconds(20);

    @Test
    void aStopAfterWorkWithAScreenOpenIsPromptAndLogsNoErrorAndNoStackTrace() throws Exception {
        Ledger ledger = Ledger.start();
        try {
            int port = ledger.awaitPort();
            LedgerClient api = new LedgerClient(port);
            // work for every part that uses the database: the command side, the views' processors, the scheduler
            LedgerClient.Answer received = api.post(CASE_WORKER, "/api/reports", Requests.report("3312 KS", "7"));
            assertThat(received.status()).as("%s", received.body()).isEqualTo(201);
            String plan = "/api/family-plans/" + received.text("caseId");
            LedgerClient.Answer view = api.get(CASE_WORKER, plan + "?minVersion=" + received.version());
            assertThat(view.status()).as("%s", view.body()).isEqualTo(200);

            try (ServerSentEvents screen = ServerSentEvents.open(port, CASE_WORKER, plan + "/updates")) {
                await().atMost(Duration.ofSeconds(30)).until(() -> screen.events().size() == 1);

                int before = ledger.lines().size();
                long started = System.nanoTime();
                List<String> lines = ledger.stop();
                Duration stopping = Duration.ofNanos(System.nanoTime() - started);
                String stop = String.join("\n", lines.subList(before, lines.size()));

                assertThat(stop).as("the log of the stop").contains("shut down postmaster")
                        .doesNotContain(" ERROR ").doesNotContain("Exception")
                        .doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(")
                        .doesNotContain("Graceful shutdown aborted");
                assertThat(stopping).as("the stop, with a screen open").isLessThan(PROMPT_STOP);
            }
        } finally {
            ledger.kill();
        }
    }

    /** The ledger in a JVM of its own, on a throwaway database, its log kept line by line. */
    private static final class Ledger {

        private final Process process;
        private final List<String> lines = new ArrayList<>();
        private final Thread reader;

        private Ledger(Process process) {
            this.process = process;
            this.reader = new Thread(this::read, "ledger-log");
            reader.start();
        }

        static Ledger start() throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(java,
                    "-cp", System.getProperty("java.class.path"),
                    "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                    "-Daxoniq.update-checker.disabled=true",
                    HgkLedgerApplication.class.getName(),
                    "--server.port=0", "--hgk.embedded-postgres.data-directory=",
                    "--hgk.deadlines.polling-interval=PT0.2S");
            builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
            return new Ledger(builder.redirectErrorStream(true).start());
        }

        private void read() {
            try (BufferedReader log = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = log.readLine(); line != null; line = log.readLine()) {
                    synchronized (lines) {
                        lines.add(line);
                        lines.notifyAll();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        List<String> lines() {
            synchronized (lines) {
                return List.copyOf(lines);
            }
        }

        int awaitPort() throws InterruptedException {
            long deadline = System.nanoTime() + START.toNanos();
            synchronized (lines) {
                for (int seen = 0; System.nanoTime() < deadline && process.isAlive(); ) {
                    for (; seen < lines.size(); seen++) {
                        Matcher port = PORT.matcher(lines.get(seen));
                        if (port.find()) {
                            return Integer.parseInt(port.group(1));
                        }
                    }
                    lines.wait(1000);
                }
            }
            throw new AssertionError("the ledger did not start:\n" + String.join("\n", lines()));
        }

        /** Stops the JVM with SIGTERM and waits until it is gone and its log is read to the end. */
        List<String> stop() throws InterruptedException {
            // SIGTERM through the process handle: Process.destroy() would also close the pipe the log comes through
            process.toHandle().destroy();
            assertThat(process.waitFor(STOP.toMillis(), TimeUnit.MILLISECONDS)).as("stopped within %s", STOP).isTrue();
            reader.join(STOP.toMillis());
            return lines();
        }

        void kill() {
            process.destroyForcibly();
        }
    }
}
