package nl.hgk.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web interface in a real headless Chromium (Debian's {@code chromium}, driven by playwright-core from
 * {@code ui/e2e/*.e2e.mjs} with the machine's Node.js), against this ledger on embedded PostgreSQL. One JUnit test per
 * file; each file signs its own users in and puts its own cases in place through the public API, checks every page
 * it shows with axe-core (no serious or critical WCAG 2.1 AA violation) and saves its screens under
 * {@code docs/screenshots/}. Run one file with {@code -Dhgk.e2e.only=case-file} (the name without {@code .e2e.mjs}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // a ledger of its own (a context not shared with other test classes, so a fresh throwaway database): the
        // werkvoorraad's lists and the figures are read whole, and another class's generated year would crowd them
        properties = {"hgk.embedded-postgres.data-directory=", "hgk.e2e.ledger-of-its-own=true"})
class InterfaceInBrowserTest {

    private static final Path UI = Path.of("..", "ui").toAbsolutePath().normalize();
    private static final Path CHROMIUM = Path.of(System.getProperty("hgk.e2e.chromium", "/usr/bin/chromium"));

    @LocalServerPort
    int port;

    @TestFactory
    Stream<DynamicTest> everyScreenInARealBrowser() throws IOException {
        assertThat(CHROMIUM).as("Chromium for the browser tests: install it with `apt-get install -y chromium` "
                + "(.ci/run does)").exists();
        assertThat(UI.resolve("node_modules/playwright-core")).as("the ui module's packages (npm ci, run by the ui "
                + "module's build)").exists();
        String only = System.getProperty("hgk.e2e.only", "");
        List<Path> files;
        try (Stream<Path> e2e = Files.list(UI.resolve("e2e"))) {
            files = e2e.filter(file -> file.getFileName().toString().endsWith(".e2e.mjs"))
                    .filter(file -> only.isEmpty() || file.getFileName().toString().equals(only + ".e2e.mjs"))
                    .sorted().toList();
        }
        assertThat(files).as("browser tests in ui/e2e").isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> run(file)));
    }

    private void run(Path file) throws IOException, InterruptedException {
        Path log = Files.createTempFile("e2e-", ".log");
        ProcessBuilder node = new ProcessBuilder("node", "--test", "--test-reporter=spec", file.toString())
                .directory(UI.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        node.environment().put("BASE_URL", "http://localhost:" + port);
        node.environment().put("CHROMIUM", CHROMIUM.toString());
        Process process = node.start();
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        Files.deleteIfExists(log);
        assertThat(finished).as("%s finished within 10 minutes:%n%s", file.getFileName(), output).isTrue();
        assertThat(process.exitValue()).as("%s:%n%s", file.getFileName(), output).isZero();
    }
}
