package nl.hgk.ledger.deploy.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import nl.hgk.ledger.calendar.LedgerClock;
import nl.hgk.ledger.command.retention.RetentionJob;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Crypto-shredding of personal data in the event store, and the retention job. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacyProperties.class)
class PrivacyConfiguration {

    @Bean
    SubjectKeys subjectKeys(JdbcTemplate jdbc, PrivacyProperties properties) {
        return new SubjectKeys(jdbc, properties.privacy().keyCacheTtl(), properties.privacy().keyCacheSize());
    }

    /**
     * The serializer of events (Axon's {@code eventSerializer}, used by the event store for writing and reading): the
     * application's JSON with {@link PersonalDataEncryption}, so that no personal data reaches the event store in
     * clear. A copy of the application's mapper, so that the API and the views' own tables keep plain JSON; commands,
     * queries and deadlines (Axon's other serializers) never reach the event store.
     */
    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(ObjectMapper json, RevisionResolver revisions, SubjectKeys keys) {
        return JacksonSerializer.builder()
                .revisionResolver(revisions)
                .converter(new ChainingConverter(getClass().getClassLoader()))
                .objectMapper(json.copy().registerModule(new PersonalDataEncryption(keys)))
                .build();
    }

    /** {@link KeysBeforeEncryption} sees every event published, before the event store writes it. */
    @Bean
    KeysBeforeEncryption keysBeforeEncryption(SubjectKeys keys, @Qualifier("eventSerializer") Serializer eventSerializer,
                                              EventStore eventStore) {
        KeysBeforeEncryption interceptor =
                new KeysBeforeEncryption(keys, ((JacksonSerializer) eventSerializer).getObjectMapper());
        eventStore.registerDispatchInterceptor(interceptor);
        return interceptor;
    }

    /** {@link KeyShredding} runs in the erasure's own transaction, and its failure fails the erasure. */
    @Bean
    ConfigurerModule keyShreddingInTheErasureTransaction() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(KeyShredding.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(KeyShredding.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }

    @Bean
    RetentionJob retentionJob(JdbcTemplate jdbc, CommandGateway commands, LedgerClock clock,
                              PrivacyProperties properties) {
        PrivacyProperties.Retention retention = properties.retention();
        return new RetentionJob(jdbc, commands, clock, retention.extraPeriod(), retention.withoutChildren());
    }

    /**
     * The retention job as a recurring task of db-scheduler, on the ledger clock: in a cluster each run is picked up
     * by one node, and the first run after start-up is stored, so a restart does not skip or repeat it.
     */
    @Bean
    @ConditionalOnProperty(name = "hgk.retention.enabled", havingValue = "true", matchIfMissing = true)
    RecurringTask<Void> retentionTask(RetentionJob job, PrivacyProperties properties) {
        return Tasks.recurring("retention", FixedDelay.of(properties.retention().every()))
                .execute((instance, context) -> job.run());
    }
}
