package nl.hgk.ledger.query.familyplan;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * One open screen's stream of a case's family plan view, as Server-Sent Events: the current view, then every newer
 * view, each a complete view named {@value #EVENT} with the case version as its id. Between changes a comment line
 * every keep-alive interval keeps proxies from closing the connection and finds out when the client went away.
 * <p>
 * Whatever ends the stream (the client leaving, the time-out, an error) closes the subscription query, so no
 * subscription outlives its screen. Views are written on {@code writer}, never on the event processor's thread that
 * emitted them, so a slow or vanished client cannot hold up the projection; a client that reads slower than the case
 * changes gets the latest view and skips the ones in between, which a complete view makes harmless.
 */
final class FamilyPlanStream {

    static final String EVENT = "family-plan";

    private static final Logger log = LoggerFactory.getLogger(FamilyPlanStream.class);

    private final SseEmitter emitter;
    private final SubscriptionQueryResult<FamilyPlanView, FamilyPlanView> subscription;
    private final Consumer<FamilyPlanStream> whenClosed;
    private final Disposable.Composite running = Disposables.composite();
    private final AtomicBoolean closed = new AtomicBoolean();

    /** @param whenClosed told once, when the stream has closed, whatever closed it */
    FamilyPlanStream(SseEmitter emitter, SubscriptionQueryResult<FamilyPlanView, FamilyPlanView> subscription,
                     Consumer<FamilyPlanStream> whenClosed) {
        this.emitter = emitter;
        this.subscription = subscription;
        this.whenClosed = whenClosed;
    }

    /**
     * Starts sending {@code current} and then every view of {@code changes} newer than the last one sent.
     *
     * @param changes the subscription's updates, with whatever else finds new views
     */
    SseEmitter start(FamilyPlanView current, Flux<FamilyPlanView> changes, Duration keepAlive, Scheduler writer) {
        emitter.onCompletion(this::close);
        emitter.onError(failure -> close());
        emitter.onTimeout(() -> {
            close();
            emitter.complete();
        });
        NewerOnly newerOnly = new NewerOnly();
        running.add(Flux.concat(Mono.just(current), changes)
                .filter(newerOnly::test)
                .onBackpressureLatest()
                .publishOn(writer, 1)
                .subscribe(this::send, this::failed, this::end));
        running.add(Flux.interval(keepAlive, keepAlive, writer).subscribe(tick -> keepAlive()));
        return emitter;
    }

    private void send(FamilyPlanView view) {
        write(SseEmitter.event().name(EVENT).id(Long.toString(view.version()))
                .data(view, MediaType.APPLICATION_JSON));
    }

    private void keepAlive() {
        write(SseEmitter.event().comment("keep-alive"));
    }

    private void write(SseEmitter.SseEventBuilder event) {
        if (closed.get()) {
            return;
        }
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            // the client went away (or the stream was completed meanwhile); the servlet container tells the
            // emitter itself, so only the subscription is ours to close
            log.debug("family plan stream closed: {}", gone.toString());
            close();
        }
    }

    /**
     * Reading the view failed (the database is away, say). The stream ends rather than stays open showing a view
     * that may no longer be current; the client reconnects (an EventSource does so by itself) and gets an honest
     * answer. Completed normally: an error body cannot follow events already sent.
     */
    private void failed(Throwable failure) {
        log.warn("family plan updates failed; ending the stream", failure);
        close();
        emitter.complete();
    }

    /**
     * Ends the stream from this side: the changes ended on the query side, or the application is stopping. The client
     * reconnects (an EventSource does so by itself), to another replica when this one is going.
     */
    void end() {
        close();
        emitter.complete();
    }

    void close() {
        if (closed.compareAndSet(false, true)) {
            running.dispose();
            subscription.close();
            whenClosed.accept(this);
        }
    }

    /**
     * Lets through only views newer than the last one let through: an update can repeat the view first sent, and a
     * re-read finds what an update already brought.
     */
    private static final class NewerOnly {
        private long last = -1;

        boolean test(FamilyPlanView view) {
            if (view.version() <= last) {
                return false;
            }
            last = view.version();
            return true;
        }
    }
}
