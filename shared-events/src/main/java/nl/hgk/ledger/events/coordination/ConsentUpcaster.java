package nl.hgk.ledger.events.coordination;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads a revision 1 {@link FamilyPlanAdopted} or {@link FamilyPlanRevised} as revision 2, whose {@link Consent} says
 * who answered and whether the plan was signed. A revision 1 consent was the person's own answer ({@code GIVEN},
 * {@code REFUSED}) or {@code BY_LEGAL_REPRESENTATIVE}, which the interface showed as "ingestemd door wettelijk
 * vertegenwoordiger": consent given by a legal representative it did not name. Whether it was signed was not
 * recorded, so it stays absent. The opinion, encrypted as stored, passes unchanged. The stored events never change.
 */
public final class ConsentUpcaster extends SingleEventUpcaster {

    private static final Set<SimpleSerializedType> REVISION_1 = Set.of(
            new SimpleSerializedType(FamilyPlanAdopted.class.getName(), "1"),
            new SimpleSerializedType(FamilyPlanRevised.class.getName(), "1"));

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.contains(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        SimpleSerializedType revision2 = new SimpleSerializedType(representation.getType().getName(), "2");
        return representation.upcastPayload(revision2, JsonNode.class, payload -> {
            ObjectNode event = ((ObjectNode) payload).deepCopy();
            for (JsonNode consent : event.path("plan").path("consents")) {
                upcast((ObjectNode) consent);
            }
            return event;
        });
    }

    private static void upcast(ObjectNode consent) {
        boolean byRepresentative = "BY_LEGAL_REPRESENTATIVE".equals(consent.path("decision").asText());
        consent.put("decidedBy", (byRepresentative ? ConsentDecider.LEGAL_REPRESENTATIVE : ConsentDecider.PERSON).name());
        consent.putNull("representativeId");
        if (byRepresentative) {
            consent.put("decision", ConsentDecision.GIVEN.name());
        }
        consent.putNull("signed");
    }
}
