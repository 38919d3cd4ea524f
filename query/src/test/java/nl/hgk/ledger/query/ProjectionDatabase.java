package nl.hgk.ledger.query;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A real PostgreSQL for projection tests, with the query side's Flyway schema, started once per test JVM. Tests give
 * each case their own ids, so they need no cleaning between them.
 */
public final class ProjectionDatabase {

    private static DataSource dataSource;

    private ProjectionDatabase() {
    }

    public static synchronized DataSource dataSource() {
        if (dataSource == null) {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is going away
                    }
                }));
                dataSource = postgres.getPostgresDatabase();
                Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
        }
        return dataSource;
    }

    public static JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource());
    }
}
