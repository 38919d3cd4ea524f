package nl.hgk.ledger.query.familyplan;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import nl.hgk.ledger.query.web.ViewBehind;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Waits, bounded, until the family plan view of a case has reached a version, so that a client that just gave a
 * command sees its own write. Waits on a subscription query, opened before the current view is read so that a change
 * stored in between is not missed, which ends the wait as soon as this process stores the version; and reads the
 * view again every {@link #RECHECK} for a change stored by another replica (see {@link FamilyPlanReader}).
 */
@Component
class ReadYourWrites {

    static final Duration RECHECK = Duration.ofMillis(200);

    private final FamilyPlanReader reader;

    ReadYourWrites(FamilyPlanReader reader) {
        this.reader = reader;
    }

    /**
     * @return the view at {@code minVersion} or later
     * @throws ViewBehind when the view has not reached {@code minVersion} within {@code wait}
     */
    FamilyPlanView await(UUID caseId, long minVersion, Duration wait) {
        SubscriptionQueryResult<FamilyPlanView, FamilyPlanView> subscription = reader.subscribe(caseId);
        try {
            Optional<FamilyPlanView> current = subscription.initialResult().blockOptional();
            if (current.isPresent() && current.get().version() >= minVersion) {
                return current.get();
            }
            AtomicLong seen = new AtomicLong(current.map(FamilyPlanView::version).orElse(-1L));
            return Flux.merge(subscription.updates(), reader.everyPeriod(caseId, RECHECK))
                    .doOnNext(view -> seen.accumulateAndGet(view.version(), Math::max))
                    .filter(view -> view.version() >= minVersion)
                    .next()
                    .timeout(wait, Mono.empty())
                    .blockOptional()
                    .orElseThrow(() -> new ViewBehind(minVersion, seen.get()));
        } finally {
            subscription.close();
        }
    }
}
