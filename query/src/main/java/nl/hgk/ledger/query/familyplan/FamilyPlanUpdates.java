package nl.hgk.ledger.query.familyplan;

import java.time.Duration;
import java.util.UUID;

import nl.hgk.ledger.query.web.NotFound;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * Opens {@link FamilyPlanStream}s: one subscription query per open screen, and a re-read of the view every
 * {@code hgk.family-plan.updates.refresh} for changes stored by another replica (see {@link FamilyPlanReader}).
 */
@Component
class FamilyPlanUpdates {

    private final FamilyPlanReader reader;
    private final Duration timeout;
    private final Duration keepAlive;
    private final Duration refresh;

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
     * @throws NotFound when the case is not in the view: a screen for a case just reported waits for it first
     *                  ({@code GET /api/family-plans/{caseId}?minVersion=0})
     */
    SseEmitter open(UUID caseId) {
        return open(caseId, new SseEmitter(timeout.toMillis()));
    }

    /** As {@link #open(UUID)}, on the given emitter. */
    SseEmitter open(UUID caseId, SseEmitter emitter) {
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
        Flux<FamilyPlanView> changes = Flux.merge(subscription.updates(), reader.everyPeriod(caseId, refresh));
        return new FamilyPlanStream(emitter, subscription)
                .start(current, changes, keepAlive, Schedulers.boundedElastic());
    }
}
