package nl.hgk.ledger.events.coordination;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads a revision 1 {@link CoordinatorAppointed} or {@link CoordinatorReplaced} as revision 2: before a parent could
 * coordinate, a professional always did, so every {@link Coordinator} in it has an absent {@code personId}. The
 * stored event itself is never changed.
 */
public final class CoordinatorUpcaster extends SingleEventUpcaster {

    private static final List<Class<?>> CARRYING_A_COORDINATOR =
            List.of(CoordinatorAppointed.class, CoordinatorReplaced.class);
    /** the fields of each event that hold a coordinator */
    private static final List<String> COORDINATORS = List.of("coordinator", "previous", "next");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return "1".equals(representation.getType().getRevision()) && CARRYING_A_COORDINATOR.stream()
                .anyMatch(type -> type.getName().equals(representation.getType().getName()));
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(representation.getType().getName(), "2"),
                JsonNode.class, payload -> {
                    ObjectNode event = ((ObjectNode) payload).deepCopy();
                    for (String field : COORDINATORS) {
                        if (event.get(field) instanceof ObjectNode coordinator) {
                            coordinator.putNull("personId");
                        }
                    }
                    return event;
                });
    }
}
