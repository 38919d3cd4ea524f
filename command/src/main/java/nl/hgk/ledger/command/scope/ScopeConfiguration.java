package nl.hgk.ledger.command.scope;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
class ScopeConfiguration implements WebMvcConfigurer {

    private final CaseScopes scopes;

    ScopeConfiguration(CaseScopes scopes) {
        this.scopes = scopes;
    }

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

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new CaseAccess(scopes)).addPathPatterns("/api/cases/**");
    }
}
