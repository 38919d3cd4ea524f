package nl.hgk.ledger;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Rebuild rates beside their ceiling, in one run on one store: a raw read of the event table (no deserialisation), a
 * streamed read through Axon's JDBC storage engine with every payload deserialised (as a view's processor reads, at
 * the engine's batch size and at a larger one), then a rebuild of every view, one after the other, timed from the
 * request until the view is up to date. Not a test (Surefire runs {@code *Test} only): run it on a store with events,
 * e.g. one generated year (docs/performance.md, "Views and rebuilds", says how).
 * <p>
 * Arguments are the application's own ({@code --hgk.embedded-postgres.data-directory=...}); the views are rebuilt
 * as {@code POST /api/views/{name}/rebuild} does, so run it only on a store for measuring.
 */
public final class RebuildBenchmark {

    private static final List<String> VIEWS = List.of("family-plan", "case-list", "deadline-board", "regional-figures");

    private RebuildBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(args));
        arguments.add("--server.port=" + System.getProperty("benchmark.port", "18093"));
        arguments.add("--logging.level.root=WARN");
        ConfigurableApplicationContext context = SpringApplication.run(HgkLedgerApplication.class,
                arguments.toArray(String[]::new));
        int exit = 0;
        try {
            Views api = Views.of(context);
            api.awaitUpToDate(VIEWS);
            splitInto(Integer.getInteger("benchmark.segments", 0), context.getBean(EventProcessingConfiguration.class));
            api.awaitUpToDate(VIEWS);
            List<String> lines = new ArrayList<>();
            lines.add("| what | events | seconds | events/s |");
            lines.add("|---|---|---|---|");
            lines.add(rawRead(context.getBean(DataSource.class)));
            EventStorageEngine engine = context.getBean(EventStorageEngine.class);
            read(engine, "warm-up");
            lines.add(read(engine, "read and deserialise, the application's storage engine"));
            lines.add(read(engineWithBatchSize(context, 1000), "read and deserialise, storage engine batchSize 1000"));
            for (String view : VIEWS) {
                lines.add(api.rebuild(view));
            }
            System.out.println();
            System.out.println("cores " + Runtime.getRuntime().availableProcessors() + ", max heap "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
            lines.forEach(System.out::println);
        } catch (Exception failure) {
            failure.printStackTrace();
            exit = 1;
        } finally {
            context.close();
        }
        System.exit(exit);
    }

    /**
     * Splits every view's first segment until it has this many (0: leave them), for a store whose views were made
     * before the configured segment count applied: the segment count is the stored tokens', not the configuration's.
     */
    private static void splitInto(int segments, EventProcessingConfiguration processing) throws Exception {
        for (String view : VIEWS) {
            StreamingEventProcessor processor = processing.eventProcessor(view, StreamingEventProcessor.class)
                    .orElseThrow();
            for (int tries = 0; tries < 50 && processor.processingStatus().size() < segments; tries++) {
                Integer first = processor.processingStatus().keySet().stream().min(Integer::compare).orElse(null);
                if (first == null || !processor.splitSegment(first).get()) {
                    Thread.sleep(200);
                }
            }
            System.out.println(view + ": " + processor.processingStatus().size() + " segments");
        }
    }

    /** the event table's rows as they are, streamed: the floor under any read of the events */
    private static String rawRead(DataSource dataSource) throws Exception {
        long started = System.nanoTime();
        long rows = 0;
        long bytes = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(
                    "select global_index, payload, meta_data from domain_event_entry order by global_index")) {
                statement.setFetchSize(10_000);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows++;
                        bytes += result.getBytes(2).length;
                    }
                }
            }
            connection.rollback();
        }
        return line("raw read of the event table (JDBC, no deserialisation; " + bytes / (1024 * 1024) + " MB)",
                rows, System.nanoTime() - started);
    }

    /** every event as a tracking processor reads it, with its payload deserialised (and upcast, and decrypted) */
    private static String read(EventStorageEngine engine, String what) {
        long started = System.nanoTime();
        AtomicLong events = new AtomicLong();
        try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(null, false)) {
            stream.forEach(event -> {
                if (event.getPayload() != null && !event.getMetaData().isEmpty()) {
                    events.incrementAndGet();
                }
            });
        }
        return line(what, events.get(), System.nanoTime() - started);
    }

    /** the application's engine as Axon's auto-configuration builds it, but reading this many events a query */
    private static EventStorageEngine engineWithBatchSize(ConfigurableApplicationContext context, int batchSize) {
        Configuration axon = context.getBean(Configuration.class);
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(context.getBean("serializer", Serializer.class))
                .upcasterChain(axon.upcasterChain())
                .persistenceExceptionResolver(context.getBean(PersistenceExceptionResolver.class))
                .eventSerializer(context.getBean("eventSerializer", Serializer.class))
                .snapshotFilter(axon.snapshotFilter())
                .connectionProvider(context.getBean(ConnectionProvider.class))
                .transactionManager(context.getBean(TransactionManager.class))
                .schema(context.getBean(EventSchema.class))
                .batchSize(batchSize)
                .build();
    }

    private static String line(String what, long events, long nanos) {
        double seconds = nanos / 1e9;
        return String.format(Locale.ROOT, "| %s | %,d | %.1f | %,.0f |", what, events, seconds, events / seconds);
    }

    /**
     * The views' rebuilds, driven in this process through the same component as {@code POST /api/views/{name}/rebuild}
     * (package-private, so reached by reflection): polling over HTTP would verify the demo password with BCrypt on
     * every poll and take the processors' CPU.
     */
    private record Views(Object rebuilds) {

        static Views of(ConfigurableApplicationContext context) throws Exception {
            return new Views(context.getBean(Class.forName("nl.hgk.ledger.query.rebuild.Rebuilds")));
        }

        String rebuild(String view) throws Exception {
            long started = System.nanoTime();
            Object status = ((Optional<?>) call("rebuild", view)).orElseThrow();
            long total = (long) field(status, "total");
            double fastestSample = 0;
            // done when the view's position reaches the head; the state says UP_TO_DATE only at the next sample
            while ((long) field(status = status(view), "done") < total) {
                Object rate = field(status, "eventsPerSecond");
                if (rate != null) {
                    fastestSample = Math.max(fastestSample, (Double) rate);
                }
                Thread.sleep(50);
            }
            long took = System.nanoTime() - started;
            while (!upToDate(status(view))) {
                Thread.sleep(100);
            }
            return line(String.format(Locale.ROOT, "rebuild of %s (fastest sampled rate %,.0f/s)", view,
                    fastestSample), total, took);
        }

        void awaitUpToDate(List<String> views) throws Exception {
            for (String view : views) {
                while (!upToDate(status(view))) {
                    Thread.sleep(200);
                }
            }
        }

        private static boolean upToDate(Object status) throws Exception {
            return "UP_TO_DATE".equals(field(status, "state"));
        }

        private Object status(String view) throws Exception {
            return ((Optional<?>) call("find", view)).orElseThrow();
        }

        private Object call(String method, String view) throws Exception {
            Method found = rebuilds.getClass().getDeclaredMethod(method, String.class);
            found.setAccessible(true);
            return found.invoke(rebuilds, view);
        }

        private static Object field(Object status, String name) throws Exception {
            Method accessor = status.getClass().getDeclaredMethod(name);
            accessor.setAccessible(true);
            return accessor.invoke(status);
        }
    }
}
