package nl.hgk.ledger.events.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.hgk.ledger.reference.Municipalities;
import nl.hgk.ledger.reference.MunicipalityCode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads a revision 1 {@link ReportReceived} as revision 2: the region of its municipality, which revision 1 did not
 * record, is the one the reference data gives. The stored event itself is never changed.
 */
public final class ReportReceivedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(ReportReceived.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(ReportReceived.class.getName(), "2");

    private final Municipalities municipalities = Municipalities.load();

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode event = ((ObjectNode) payload).deepCopy();
            String municipality = event.path("municipality").asText(null);
            String region = municipality == null ? null
                    : municipalities.regionOf(MunicipalityCode.of(municipality)).orElse(null);
            event.put("region", region);
            return event;
        });
    }
}
