package nl.hgk.ledger.deploy.roles;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.Registration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NodeRoleConfiguration {

    /**
     * A node that takes no commands refuses each one on its command bus, whichever way it comes (an endpoint, the
     * generator, an import): one guard instead of one per endpoint.
     */
    @Bean
    @ConditionalOnProperty(name = "hgk.node.commands", havingValue = "false")
    Registration commandsRefused(CommandBus commands) {
        return commands.registerDispatchInterceptor(messages -> (index, command) -> {
            throw new CommandsNotTakenHere();
        });
    }
}
