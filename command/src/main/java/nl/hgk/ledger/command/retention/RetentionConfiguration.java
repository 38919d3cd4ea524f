package nl.hgk.ledger.command.retention;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class RetentionConfiguration {

    /** {@link CaseRetention} is written with the events, and a failure there fails the command instead of a log line. */
    @Bean
    ConfigurerModule caseRetentionInTheCommandTransaction() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(CaseRetention.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(CaseRetention.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }
}
