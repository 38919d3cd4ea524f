package nl.hgk.ledger.query.familyplan;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.hgk.ledger.events.CaseStream;
import nl.hgk.ledger.query.casestate.CaseState;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the family plan view: folds every event of a case into the case's stored {@link CaseState}, and sends the
 * new view to whoever subscribed to it. A tracking processor of its own, so the view can lag behind the command side
 * (read-your-writes waits for it) but never holds up a command, and can be rebuilt from the event store.
 * <p>
 * Each event is folded in exactly once, in order: an event at or below the stored version was already folded in (a
 * redelivery, or a replay over rows that were kept) and is skipped; an event further ahead than the next one means
 * events were missed, and the case is folded again from the event store instead of showing a state that never was.
 * <p>
 * The processor hands events over in batches, one transaction each: a batch reads the rows of its cases once and
 * writes each changed case once, before it commits ({@link FamilyPlanBatch}); subscribers get each changed case's new
 * view after the commit.
 */
@Component
@ProcessingGroup(FamilyPlanProjection.PROCESSING_GROUP)
class FamilyPlanProjection {

    static final String PROCESSING_GROUP = "family-plan";

    private static final Logger log = LoggerFactory.getLogger(FamilyPlanProjection.class);

    private final FamilyPlanTable table;
    private final QueryUpdateEmitter updates;
    private final EventStore events;
    private final Clock clock;
    /** the unit of work's resource that holds this projection's batch: one per projection, so replicas never share */
    private final String batchResource = FamilyPlanBatch.class.getName() + "@" + System.identityHashCode(this);

    /** @param clock the ledger's one clock: the view sent to subscribers is as of the moment it is stored */
    FamilyPlanProjection(FamilyPlanTable table, QueryUpdateEmitter updates, EventStore events, Clock clock) {
        this.table = table;
        this.updates = updates;
        this.events = events;
        this.clock = clock;
    }

    /** Every event of a case, whatever its payload: the fold decides what each one means. */
    @EventHandler
    void on(DomainEventMessage<?> event) {
        if (!CaseStream.AGGREGATE_TYPE.equals(event.getType())) {
            return;
        }
        UUID caseId = UUID.fromString(event.getAggregateIdentifier());
        boolean inBatch = CurrentUnitOfWork.isStarted();
        FamilyPlanBatch batch = inBatch ? batchOf(CurrentUnitOfWork.get().root()) : new FamilyPlanBatch(table);
        CaseState stored = batch.state(caseId);
        long sequence = event.getSequenceNumber();
        if (sequence <= stored.getVersion()) {
            return;
        }
        CaseState state;
        if (sequence == stored.getVersion() + 1) {
            state = stored.apply(event);
        } else {
            log.warn("family plan view of case {} is at version {} but event {} arrived: folding the case again "
                    + "from the event store", caseId, stored.getVersion(), sequence);
            state = foldFromTheEventStore(caseId, sequence);
        }
        batch.changed(caseId, state);
        if (watched(caseId)) {
            batch.watched(caseId, state);
        }
        if (!inBatch) {
            send(batch.write());
        }
    }

    /**
     * The batch of this unit of work, begun at its first event: it reads ahead the rows of every case among the
     * batch's events, and is written before the transaction commits. Subscribers are sent the new views only after
     * the commit: a view whose transaction rolls back is never seen.
     */
    private FamilyPlanBatch batchOf(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(batchResource, key -> {
            FamilyPlanBatch batch = new FamilyPlanBatch(table);
            if (unitOfWork instanceof BatchingUnitOfWork<?> batching) {
                batch.readAhead(batching.getMessages().stream()
                        .filter(message -> message instanceof DomainEventMessage<?> domain
                                && CaseStream.AGGREGATE_TYPE.equals(domain.getType()))
                        .map(message -> UUID.fromString(((DomainEventMessage<?>) message).getAggregateIdentifier()))
                        .distinct().toList());
            }
            unitOfWork.onPrepareCommit(committing -> {
                Map<UUID, List<CaseState>> written = batch.write();
                committing.afterCommit(committed -> send(written));
            });
            return batch;
        });
    }

    /** whether an open screen follows the case: then it is sent every state, not only a batch's last */
    private boolean watched(UUID caseId) {
        return updates.activeSubscriptions().stream()
                .anyMatch(query -> query.getPayload() instanceof FindFamilyPlan find && find.caseId().equals(caseId));
    }

    private void send(Map<UUID, List<CaseState>> written) {
        Instant now = clock.instant();
        written.forEach((caseId, states) -> states.forEach(state -> updates.emit(FindFamilyPlan.class,
                query -> query.caseId().equals(caseId), FamilyPlanView.of(caseId, state, now))));
    }

    /** Before a replay: the view is rebuilt from the first event on. */
    @ResetHandler
    void reset() {
        table.clear();
    }

    private CaseState foldFromTheEventStore(UUID caseId, long throughSequence) {
        CaseState state = CaseState.empty();
        events.readEvents(caseId.toString(), 0).asStream()
                .takeWhile(event -> event.getSequenceNumber() <= throughSequence)
                .forEach(event -> {
                    if (event.getSequenceNumber() != state.getVersion() + 1) {
                        throw new IllegalStateException("the events of case " + caseId + " in the event store skip "
                                + "from " + state.getVersion() + " to " + event.getSequenceNumber());
                    }
                    state.apply(event);
                });
        if (state.getVersion() != throughSequence) {
            throw new IllegalStateException("the event store holds case " + caseId + " only up to version "
                    + state.getVersion() + ", not " + throughSequence);
        }
        return state;
    }
}
