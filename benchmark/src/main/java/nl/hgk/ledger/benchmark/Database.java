package nl.hgk.ledger.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The one PostgreSQL of a run: the ledger's embedded binaries (zonky, PostgreSQL 14, stock settings, fsync on) with a
 * data directory under the work directory, emptied at the start so that every run begins with an empty store. The
 * ledger and the ceiling both use its database {@code postgres}; the generated year is made in a database of its own
 * beside it, only as the source the big store is copied from.
 */
final class Database implements AutoCloseable {

    static final String LEDGER = "postgres";
    static final String GENERATED_YEAR = "generated_year";

    private final EmbeddedPostgres postgres;

    private Database(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static Database start(Path workDirectory) throws IOException {
        Path data = workDirectory.resolve("postgres").toAbsolutePath();
        Files.createDirectories(data);
        return new Database(EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                .setRegisterShutdownHook(true)
                .start());
    }

    int port() {
        return postgres.getPort();
    }

    String url(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** A connection to the given database; {@code reWriteBatchedInserts} makes a JDBC batch one multi-row insert. */
    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database) + "?reWriteBatchedInserts=true", "postgres", "postgres");
    }

    void createDatabase(String name) throws SQLException {
        try (Connection connection = connect(LEDGER); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
