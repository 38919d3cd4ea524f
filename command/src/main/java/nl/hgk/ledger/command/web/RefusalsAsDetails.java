package nl.hgk.ledger.command.web;

import nl.hgk.ledger.command.cases.CommandRefused;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Turns a refusal into a {@link CommandExecutionException} with {@link RefusalDetails}, the form that reaches the
 * sender of a command the same way on the local bus and through Axon Server.
 */
class RefusalsAsDetails implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (CommandRefused refused) {
            throw new CommandExecutionException(refused.getMessage(), null, new RefusalDetails(refused.refusal()));
        }
    }
}
