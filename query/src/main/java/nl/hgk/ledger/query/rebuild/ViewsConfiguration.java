package nl.hgk.ledger.query.rebuild;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ViewsConfiguration {

    /**
     * An event a projection fails to handle (the database is away, say) is retried, with back-off, instead of being
     * logged and skipped as Axon does by default. A view that is behind says so (its state in {@code /api/views},
     * read-your-writes answering 503); a view that silently missed an event would show a family's situation, or a
     * region's figures, wrongly. This holds for every view of the query side, present and future.
     */
    @Bean
    ConfigurerModule viewsRetryFailedEvents() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
