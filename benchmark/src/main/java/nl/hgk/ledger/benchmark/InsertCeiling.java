package nl.hgk.ledger.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The ceiling for one durable write: single-row insert transactions (JDBC, autocommit) into a table shaped like the
 * event table, with its keys and unique constraints, in the ledger's database. Each client has its own connection;
 * each row carries a payload the size of a typical event.
 */
final class InsertCeiling {

    static final List<Integer> CLIENTS = List.of(1, 4, 16);
    private static final int PAYLOAD_BYTES = 1200;

    private InsertCeiling() {
    }

    /** @return per client count, the inserts per second */
    static Map<Integer, ClosedLoad.Result> measure(BenchmarkOptions options, Database database) throws SQLException {
        try (Connection connection = database.connect(Database.LEDGER);
             Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists benchmark_event_entry");
            statement.execute("create table benchmark_event_entry (like domain_event_entry including all)");
            statement.execute("create sequence if not exists benchmark_event_entry_seq owned by "
                    + "benchmark_event_entry.global_index");
            statement.execute("alter table benchmark_event_entry alter column global_index "
                    + "set default nextval('benchmark_event_entry_seq')");
        }
        Map<Integer, ClosedLoad.Result> results = new TreeMap<>();
        for (int clients : CLIENTS) {
            List<Connection> connections = new ArrayList<>();
            List<PreparedStatement> inserts = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                Connection connection = database.connect(Database.LEDGER);
                connections.add(connection);
                inserts.add(connection.prepareStatement("insert into benchmark_event_entry (aggregate_identifier, "
                        + "sequence_number, type, event_identifier, meta_data, payload, payload_revision, "
                        + "payload_type, time_stamp) values (?, 0, 'Case', ?, ?, ?, '1', "
                        + "'nl.hgk.ledger.events.ReportReceived', ?)"));
            }
            byte[] payload = new byte[PAYLOAD_BYTES];
            ThreadLocalRandom.current().nextBytes(payload);
            byte[] metadata = "{\"user\":\"casemanager\",\"organisation\":\"veilig-thuis-zhz\"}".getBytes();
            results.put(clients, ClosedLoad.run(clients, options.warmUp(), options.seconds(), 0, (client, into) -> {
                long start = System.nanoTime();
                try {
                    PreparedStatement insert = inserts.get(client);
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, UUID.randomUUID().toString());
                    insert.setBytes(3, metadata);
                    insert.setBytes(4, payload);
                    insert.setString(5, Instant.now().toString());
                    insert.executeUpdate();
                    into.record(System.nanoTime() - start);
                } catch (SQLException e) {
                    into.fail(e.getMessage());
                }
                return true;
            }));
            for (Connection connection : connections) {
                connection.close();
            }
        }
        try (Connection connection = database.connect(Database.LEDGER);
             Statement statement = connection.createStatement()) {
            statement.execute("drop table benchmark_event_entry");
        }
        return results;
    }
}
