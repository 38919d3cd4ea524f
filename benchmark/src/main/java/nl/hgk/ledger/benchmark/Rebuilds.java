package nl.hgk.ledger.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Rebuilding every view over the big store, one after the other through the administrator's API ({@code POST
 * /api/views/{name}/rebuild}, followed with {@code GET /api/views/{name}} until it is up to date), beside the rebuild's
 * ceiling: the event table streamed in order over JDBC with each payload parsed by Jackson.
 */
final class Rebuilds {

    /**
     * @param events   the events the view went through in the time
     * @param time     until it was up to date, or until the limit
     * @param finished whether it was up to date within the limit
     */
    record Rebuild(long events, Duration time, boolean finished) {

        double perSecond() {
            return events / Math.max(0.001, time.toNanos() / 1e9);
        }
    }

    private Rebuilds() {
    }

    /** The ceiling: events per second streamed and deserialised (fetch size 5,000, one transaction). */
    static Rebuild rawRead(Database database) throws Exception {
        long begin = System.nanoTime();
        long events = 0;
        try (Connection connection = database.connect(Database.LEDGER)) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.setFetchSize(5000);
                try (ResultSet rows = statement.executeQuery(
                        "select payload from domain_event_entry order by global_index")) {
                    while (rows.next()) {
                        JsonNode payload = LedgerApi.JSON.readTree(rows.getBytes(1));
                        if (payload != null) {
                            events++;
                        }
                    }
                }
            }
        }
        return new Rebuild(events, Duration.ofNanos(System.nanoTime() - begin), true);
    }

    /** Waits until every view has caught up with the store after it was filled; the time it took. */
    static Rebuild catchUp(LedgerApi api, SignedIn administrator, Duration limit) {
        long begin = System.nanoTime();
        long firstDone = -1;
        while (true) {
            JsonNode views = api.get(administrator, "/api/views").body();
            long behind = 0;
            long done = 0;
            long total = 0;
            for (JsonNode view : views) {
                behind += Math.max(0, view.path("total").asLong() - view.path("done").asLong());
                done += view.path("done").asLong();
                total = Math.max(total, view.path("total").asLong());
            }
            if (firstDone < 0) {
                firstDone = done;
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - begin);
            if (behind == 0 || elapsed.compareTo(limit) > 0) {
                return new Rebuild(done - firstDone, elapsed, behind == 0);
            }
            ClosedLoad.sleep(Duration.ofMillis(500));
        }
    }

    /** @return the names of the views, as the ledger lists them */
    static List<String> views(LedgerApi api, SignedIn administrator) {
        List<String> names = new ArrayList<>();
        api.get(administrator, "/api/views").body().forEach(view -> names.add(view.path("name").asText()));
        return names;
    }

    static Map<String, Rebuild> rebuildEach(LedgerApi api, SignedIn administrator, List<String> views,
                                            Duration limit) {
        Map<String, Rebuild> rebuilds = new LinkedHashMap<>();
        for (String view : views) {
            long begin = System.nanoTime();
            LedgerApi.Answer started = api.post(administrator, "/api/views/" + view + "/rebuild", Map.of());
            if (started.status() != 202) {
                Progress.say("rebuild of %s refused: %d %s", view, started.status(), started.body());
                continue;
            }
            while (true) {
                ClosedLoad.sleep(Duration.ofMillis(200));
                JsonNode status = api.get(administrator, "/api/views/" + view).body();
                Duration elapsed = Duration.ofNanos(System.nanoTime() - begin);
                boolean upToDate = !"REBUILDING".equals(status.path("state").asText())
                        && status.path("done").asLong() >= status.path("total").asLong();
                if (upToDate || elapsed.compareTo(limit) > 0) {
                    rebuilds.put(view, new Rebuild(status.path("done").asLong(), elapsed, upToDate));
                    Progress.say("rebuild of %s: %d events in %s%s", view, status.path("done").asLong(), elapsed,
                            upToDate ? "" : " (not finished)");
                    break;
                }
            }
        }
        return rebuilds;
    }
}
