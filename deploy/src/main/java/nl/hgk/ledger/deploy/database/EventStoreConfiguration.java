package nl.hgk.ledger.deploy.database;

import nl.hgk.ledger.events.coordination.ConsentUpcaster;
import nl.hgk.ledger.events.coordination.CoordinatorUpcaster;
import nl.hgk.ledger.events.deadlines.DeadlineMissedUpcaster;
import nl.hgk.ledger.events.intake.ReportReceivedUpcaster;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's JDBC event store and token store on PostgreSQL, on the snake_case tables that Flyway creates in
 * {@code V1__event_store.sql}: readable for people who inspect the store with SQL.
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    /**
     * Recognises a unique-key violation by PostgreSQL's SQL state 23505, so that two commands appending to one case
     * at once end in Axon's {@code ConcurrencyException} (which a write request retries). Axon's default JDBC resolver
     * looks for {@code SQLIntegrityConstraintViolationException}, which the PostgreSQL driver does not throw.
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    /**
     * Events stored in an earlier revision are read as the current one; the stored rows never change. Axon puts every
     * upcaster bean in the chain the event store reads through.
     */
    @Bean
    DeadlineMissedUpcaster deadlineMissedUpcaster() {
        return new DeadlineMissedUpcaster();
    }

    @Bean
    ReportReceivedUpcaster reportReceivedUpcaster() {
        return new ReportReceivedUpcaster();
    }

    @Bean
    ConsentUpcaster consentUpcaster() {
        return new ConsentUpcaster();
    }

    @Bean
    CoordinatorUpcaster coordinatorUpcaster() {
        return new CoordinatorUpcaster();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }
}
