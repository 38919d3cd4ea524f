package nl.hgk.ledger.command.audit;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;

import nl.hgk.ledger.access.LedgerUser;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;

/**
 * Lets a handler take the {@link LedgerUser} who gives a command as a parameter, read from the command's metadata
 * ({@link Actors#actingIn}); {@code null} when the metadata names nobody. Registered in
 * {@code META-INF/services}, so that Axon finds it in the application and in a test fixture alike: a rule of the case
 * about who acts (the coordinator, the process director) is tested where it is decided.
 */
public class ActorParameters implements ParameterResolverFactory {

    @Override
    public ParameterResolver<LedgerUser> createInstance(Executable executable, Parameter[] parameters, int index) {
        if (!LedgerUser.class.equals(parameters[index].getType())) {
            return null;
        }
        return new ParameterResolver<>() {
            @Override
            public LedgerUser resolveParameterValue(Message<?> message) {
                return Actors.actingIn(message.getMetaData()).orElse(null);
            }

            @Override
            public boolean matches(Message<?> message) {
                return true;
            }
        };
    }
}
