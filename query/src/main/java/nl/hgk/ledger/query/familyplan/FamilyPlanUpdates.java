package nl.hgk.ledger.query.familyplan;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import nl.hgk.ledger.query.web.NotFound;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * Opens {@link FamilyPlanStream}s: one subscription query per open screen, and a re-read of the view every
 * {@code hgk.family-plan.updates.refresh} for changes stored by another replica (see {@link FamilyPlanReader}).
 * Ends every open stream when the application stops.
 */
@Component
class FamilyPlanUpdates {

    private final FamilyPlanReader reader;
    private final Duration timeout;
    private final Duration keepAlive;
    private final Duration refresh;
    private final Set<FamilyPlanStream> open = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    FamilyPlanUpdates(FamilyPlanReader reader,
                      @Value("${hgk.family-plan.updates.timeout:30m}") Duration timeout,
                      @Value("${hgk.family-plan.updates.keep-alive:20s}") Duration keepAlive,
                      @Value("${hgk.family-plan.updates.refresh:2s}") Duration refresh) {
        this.reader = reader;
        this.timeout = timeout;
        this.keepAlive = keepAlive;
        this.refresh = refresh;
    }

    /**
     * Opens the stream of a case, with {@code admit} given the current view before anything is sent: it may refuse
     * the stream by throwing, which closes the subscription.
     *
     * @throws NotFound when the case is not in the view: a screen for a case just reported waits for it first
     *                  ({@code GET /api/family-plans/{caseId}?minVersion=0})
     */
    SseEmitter open(UUID caseId, Consumer<FamilyPlanView> admit) {
        return open(caseId, new SseEmitter(timeout.toMillis()), admit);
    }

    /** As {@link #open(UUID, Consumer)}, on the given emitter, admitting every reader (for tests of the stream). */
    SseEmitter open(UUID caseId, SseEmitter emitter) {
        return open(caseId, emitter, view -> { });
    }

    private SseEmitter open(UUID caseId, SseEmitter emitter, Consumer<FamilyPlanView> admit) {
        SubscriptionQueryResult<FamilyPlanView, FamilyPlanView> subscription = reader.subscribe(caseId);
        FamilyPlanView current;
        try {
            current = subscription.initialResult().block();
        } catch (RuntimeException failure) {
            subscription.close();
            throw failure;
        }
        if (current == null) {
            subscription.close();
            throw new NotFound("No family plan view of case " + caseId);
        }
        try {
            admit.accept(current);
        } catch (RuntimeException refused) {
            subscription.close();
            throw refused;
        }
        Flux<FamilyPlanView> changes = Flux.merge(subscription.updates(), reader.everyPeriod(caseId, refresh));
        FamilyPlanStream stream = new FamilyPlanStream(emitter, subscription, open::remove);
        open.add(stream);
        stream.start(current, changes, keepAlive, Schedulers.boundedElastic());
        if (stopping) {
            // opened while the streams were being ended: it gets its view, and the client reconnects elsewhere
            stream.end();
        }
        return emitter;
    }

    /**
     * The application is stopping: every open stream ends now. An open stream is a request still running, for up to
     * {@code hgk.family-plan.updates.timeout}, and the web server's graceful shutdown, which comes after this event,
     * would otherwise wait for each (30 s at most) before the rest of the application could stop.
     */
    @EventListener(ContextClosedEvent.class)
    void endEveryStream() {
        stopping = true;
        open.forEach(FamilyPlanStream::end);
    }
}
