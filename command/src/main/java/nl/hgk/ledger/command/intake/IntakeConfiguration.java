package nl.hgk.ledger.command.intake;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class IntakeConfiguration {

    /**
     * {@link HouseholdCases} must be written in the command's own transaction, and a failure there (the household
     * already has an open case) must fail the command instead of being logged and skipped.
     */
    @Bean
    ConfigurerModule householdCasesInTheCommandTransaction() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(HouseholdCases.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(HouseholdCases.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }
}
