package nl.hgk.ledger.query.rebuild;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds views and reports how far they are. A rebuild stops the projection's processor, resets its tokens (which
 * calls the projection's {@code @ResetHandler} to empty its tables) and starts it again: it then replays every event
 * from the first while the application keeps running. Progress is sampled every few seconds while a rebuild runs,
 * logged, and kept for the API.
 */
@Component
class Rebuilds {

    private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);
    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(2);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final StoredPositions stored;
    /** wall-clock time, not the ledger clock: a rebuild's rate and finish are about this machine, not the cases */
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Progress> running = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "view-rebuild-progress");
        thread.setDaemon(true);
        return thread;
    });

    /** What a running rebuild has done so far: when it started, and the last sample for the rate. */
    private record Progress(Instant startedAt, long lastDone, Instant lastSampledAt, Double eventsPerSecond) {
    }

    Rebuilds(EventProcessingConfiguration processing, EventStore eventStore, StoredPositions stored) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.stored = stored;
        sampler.scheduleAtFixedRate(this::sample, SAMPLE_EVERY.toMillis(), SAMPLE_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** @return every view: the streaming processors of the application */
    List<ViewStatus> all() {
        return processing.eventProcessors().keySet().stream().sorted()
                .map(this::find).flatMap(Optional::stream).toList();
    }

    /** @return the status of one view, or empty when no streaming processor has that name */
    Optional<ViewStatus> find(String name) {
        return processor(name).map(processor -> status(name, processor));
    }

    /**
     * Starts a rebuild of the view; it continues in the background.
     *
     * @return the view's status right after the rebuild started, or empty when there is no such view
     * @throws IllegalStateException when the view is already rebuilding or cannot be reset
     */
    synchronized Optional<ViewStatus> rebuild(String name) {
        Optional<StreamingEventProcessor> found = processor(name);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StreamingEventProcessor processor = found.get();
        if (running.containsKey(name)) {
            throw new IllegalStateException("view " + name + " is already rebuilding");
        }
        if (!processor.supportsReset()) {
            throw new IllegalStateException("view " + name + " cannot be rebuilt: its handlers do not allow a reset");
        }
        Instant now = clock.instant();
        log.info("rebuild of view {} requested: replaying {} events", name, head());
        processor.shutDown();
        processor.resetTokens();
        running.put(name, new Progress(now, 0, now, null));
        processor.start();
        return Optional.of(status(name, processor));
    }

    /** @return whether the view is being rebuilt now */
    boolean isRebuilding(String name) {
        return find(name).map(ViewStatus::rebuilding).orElse(false);
    }

    private ViewStatus status(String name, StreamingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        long here = segments.values().stream().map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(position -> position.orElse(0)).min().orElse(0);
        // a node that handles only some of the view's segments (others are another node's) reports the stored tokens
        long done = holdsTheWholeStream(segments) ? here : stored.slowest(name).orElse(here);
        long total = head();
        boolean replaying = segments.values().stream().anyMatch(EventTrackerStatus::isReplaying);
        Optional<EventTrackerStatus> failed = segments.values().stream().filter(EventTrackerStatus::isErrorState)
                .findFirst();
        Progress progress = running.get(name);
        String state;
        if (failed.isPresent() || processor.isError()) {
            state = "ERROR";
        } else if (!processor.isRunning()) {
            state = "STOPPED";
        } else if (progress != null || (replaying && done < total)) {
            // Axon keeps a processor "replaying" until it handles an event past the reset point, which on a quiet
            // ledger may take long after the view has caught up: caught up is what counts
            state = "REBUILDING";
        } else if (segments.isEmpty() || done < total) {
            state = "CATCHING_UP";
        } else {
            state = "UP_TO_DATE";
        }
        Double rate = progress == null ? null : progress.eventsPerSecond();
        Instant expectedFinish = rate == null || rate <= 0 ? null
                : clock.instant().plusMillis((long) ((total - done) / rate * 1000));
        return new ViewStatus(name, state, done, total, rate, expectedFinish,
                progress == null ? null : progress.startedAt(),
                failed.map(segment -> String.valueOf(segment.getError())).orElse(null));
    }

    /** @return whether the segments this node handles together cover every event (each is 1/(mask + 1) of it) */
    private static boolean holdsTheWholeStream(Map<Integer, EventTrackerStatus> segments) {
        double share = segments.values().stream()
                .mapToDouble(segment -> 1.0 / (segment.getSegment().getMask() + 1)).sum();
        return share > 0.999_999;
    }

    /** Samples the rate of every running rebuild, logs it, and ends the rebuilds that caught up. */
    private void sample() {
        try {
            running.forEach((name, progress) -> processor(name).ifPresent(processor -> {
                ViewStatus now = status(name, processor);
                Instant at = clock.instant();
                double seconds = Math.max(0.001, Duration.between(progress.lastSampledAt(), at).toMillis() / 1000.0);
                double rate = (now.done() - progress.lastDone()) / seconds;
                if (now.done() >= now.total()) {
                    running.remove(name);
                    log.info("rebuild of view {} done: {} events in {} s", name, now.done(),
                            Duration.between(progress.startedAt(), at).toSeconds());
                } else {
                    running.put(name, new Progress(progress.startedAt(), now.done(), at, rate));
                    log.info("rebuilding view {}: {} of {} events, {} events/s", name, now.done(), now.total(),
                            Math.round(rate));
                }
            }));
        } catch (RuntimeException e) {
            // a failed sample must not end the sampling
            log.warn("could not sample rebuild progress", e);
        }
    }

    private long head() {
        TrackingToken head = eventStore.createHeadToken();
        OptionalLong position = head == null ? OptionalLong.empty() : head.position();
        return position.orElse(0);
    }

    private Optional<StreamingEventProcessor> processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class);
    }

    @PreDestroy
    void stopSampling() {
        sampler.shutdownNow();
    }
}
