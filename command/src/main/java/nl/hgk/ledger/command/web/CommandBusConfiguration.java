package nl.hgk.ledger.command.web;

import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

@Configuration
class CommandBusConfiguration {

    @Autowired
    void registerRefusalInterceptor(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(new RefusalsAsDetails());
    }
}
