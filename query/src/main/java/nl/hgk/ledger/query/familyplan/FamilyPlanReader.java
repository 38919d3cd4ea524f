package nl.hgk.ledger.query.familyplan;

import java.time.Duration;
import java.util.UUID;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Reads the family plan view of a case through Axon's query bus: once, as a subscription, or again every so often.
 * <p>
 * Why again every so often, beside the subscription: without Axon Server the updates of a subscription query only
 * reach subscribers in the process whose event processor stored the change, and the ledger runs as more than one
 * replica on one database (deploy/k8s). A reader on another replica would wait in vain; reading the table again
 * finds the change wherever it was stored. In one process the subscription answers first and the re-read finds
 * nothing newer.
 */
@Component
class FamilyPlanReader {

    private final QueryGateway queries;

    FamilyPlanReader(QueryGateway queries) {
        this.queries = queries;
    }

    /** @return the view as it is now; empty while the case is not in it */
    Mono<FamilyPlanView> current(UUID caseId) {
        return Mono.fromFuture(() -> queries.query(new FindFamilyPlan(caseId),
                ResponseTypes.instanceOf(FamilyPlanView.class)));
    }

    /** @return the subscription: the view now, then every new view this process stores; close it when done */
    SubscriptionQueryResult<FamilyPlanView, FamilyPlanView> subscribe(UUID caseId) {
        return queries.subscriptionQuery(new FindFamilyPlan(caseId), ResponseTypes.instanceOf(FamilyPlanView.class),
                ResponseTypes.instanceOf(FamilyPlanView.class));
    }

    /**
     * @return the view read again every {@code period}, on a thread that may block on the database; a read that
     *         takes longer than the period skips the ticks it missed rather than piling them up
     */
    Flux<FamilyPlanView> everyPeriod(UUID caseId, Duration period) {
        return Flux.interval(period, period, Schedulers.boundedElastic())
                .onBackpressureDrop()
                .concatMap(tick -> current(caseId), 1);
    }
}
