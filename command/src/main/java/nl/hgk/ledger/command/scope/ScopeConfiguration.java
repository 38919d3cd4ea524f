package nl.hgk.ledger.command.scope;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ScopeConfiguration {

    /**
     * {@link CaseScopes} must be written in the command's own transaction, so that it is never behind the case; and a
     * failure there must fail the command, since a case missing from it could be changed by nobody.
     */
    @Bean
    ConfigurerModule caseScopesInTheCommandTransaction() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(CaseScopes.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(CaseScopes.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }
}
