package nl.hgk.ledger.query.familyplan;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FamilyPlanConfiguration {

    /**
     * An event the projection fails to fold in (the database is away, say) is retried, with back-off, instead of
     * being logged and skipped as Axon does by default: a view that is behind says so (read-your-writes answers 503),
     * a view that silently missed an event would show a family's situation wrongly.
     */
    @Bean
    ConfigurerModule familyPlanRetriesFailedEvents() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(FamilyPlanProjection.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }
}
