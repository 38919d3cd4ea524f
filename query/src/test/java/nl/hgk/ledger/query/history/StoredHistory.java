package nl.hgk.ledger.query.history;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

/** A story's events in an (in-memory) event store, and the history service reading them at a fixed "now". */
final class StoredHistory {

    final EmbeddedEventStore eventStore =
            EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    final CaseHistoryService histories;

    StoredHistory(HistoryCases story, Instant now) {
        eventStore.publish(story.events.all());
        histories = new CaseHistoryService(eventStore, Clock.fixed(now, ZoneOffset.UTC));
    }

    void shutDown() {
        eventStore.shutDown();
    }
}
