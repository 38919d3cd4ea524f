package nl.hgk.ledger.query.familyplan;

import java.time.Clock;

import nl.hgk.ledger.query.ApplicationJson;
import nl.hgk.ledger.query.ProjectionDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;

/**
 * The family plan view as two replicas of the ledger run it without Axon Server: one table on PostgreSQL, and a
 * projection in each replica whose updates reach only subscribers in its own process. Readers are on this replica.
 */
final class TwoReplicas {

    final FamilyPlanTable table = new FamilyPlanTable(ProjectionDatabase.jdbc(), ApplicationJson.objectMapper());
    final SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
    final EmbeddedEventStore eventStore =
            EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    /** the projection in this replica, whose updates reach this replica's subscribers */
    final AnnotationEventHandlerAdapter projection =
            new AnnotationEventHandlerAdapter(new FamilyPlanProjection(table, emitter, eventStore, Clock.systemUTC()));
    /** the same projection in another replica: same table, but its updates reach only its own process */
    final AnnotationEventHandlerAdapter projectionOfAnotherReplica = new AnnotationEventHandlerAdapter(
            new FamilyPlanProjection(table, SimpleQueryUpdateEmitter.builder().build(), eventStore, Clock.systemUTC()));
    /** reads this replica's view through Axon's query bus, as the controller does */
    final FamilyPlanReader reader;

    TwoReplicas() {
        SimpleQueryBus bus = SimpleQueryBus.builder().queryUpdateEmitter(emitter).build();
        new AnnotationQueryHandlerAdapter<>(new FamilyPlanQueries(table, Clock.systemUTC())).subscribe(bus);
        reader = new FamilyPlanReader(DefaultQueryGateway.builder().queryBus(bus).build());
    }

    void shutDown() {
        eventStore.shutDown();
    }
}
