package nl.hgk.ledger.deploy.privacy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

/**
 * Has the keys of every data subject in the events a command publishes ready before the event store encrypts them:
 * one round trip for all the people of a report, instead of one per person as the encryption meets them. Published
 * events are stored in the publishing transaction, so the keys made here are stored, or rolled back, with them.
 */
final class KeysBeforeEncryption implements MessageDispatchInterceptor<EventMessage<?>> {

    private final SubjectKeys keys;
    private final ObjectMapper events;

    /** @param events the event serializer's mapper, with {@link PersonalDataEncryption} */
    KeysBeforeEncryption(SubjectKeys keys, ObjectMapper events) {
        this.keys = keys;
        this.events = events;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        Set<UUID> subjects = new LinkedHashSet<>();
        for (EventMessage<?> message : messages) {
            subjects.addAll(PersonalDataEncryption.subjectsOf(message.getPayload(), events));
        }
        keys.prepareForEncryption(subjects);
        return (index, message) -> message;
    }
}
