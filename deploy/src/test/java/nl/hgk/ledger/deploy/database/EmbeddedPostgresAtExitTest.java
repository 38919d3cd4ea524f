package nl.hgk.ledger.deploy.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The last resort at JVM exit: the shutdown hook's work, run here directly. It leaves the database to Spring when
 * Spring gets to it, and stops it itself when Spring does not within the grace.
 */
class EmbeddedPostgresAtExitTest {

    private static final Duration GRACE = Duration.ofMillis(300);

    private final EmbeddedPostgres postgres = start();
    private final EmbeddedPostgresAtExit atExit = new EmbeddedPostgresAtExit(postgres, GRACE);

    @AfterEach
    void stop() throws IOException {
        atExit.destroy();
        postgres.close();
    }

    @Test
    void aStopThatDoesNotGetToTheDatabaseInTimeStillStopsIt() {
        long started = System.nanoTime();
        atExit.stopUnlessSpringDoes();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(GRACE);
        assertThat(running()).as("stopped by the last resort").isFalse();
    }

    @Test
    void aStopThatGetsToTheDatabaseLeavesItToSpring() {
        atExit.destroy();
        long started = System.nanoTime();
        atExit.stopUnlessSpringDoes();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(GRACE);
        assertThat(running()).as("Spring stops it, after the beans that use it").isTrue();
    }

    private boolean running() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            return connection.isValid(5);
        } catch (SQLException refused) {
            return false;
        }
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the embedded PostgreSQL", e);
        }
    }
}
