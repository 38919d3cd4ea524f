package nl.hgk.ledger.events.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

/** The coordinator events stored as revision 1 are read as revision 2, a professional coordinating; 2 as it is. */
class CoordinatorUpcasterTest {

    private static final UUID CASE_ID = UUID.fromString("0f6c1c52-3a1e-4f7b-9a43-6a2b1d6f0001");
    private static final UUID PARENT = UUID.fromString("9d3a0b7e-1f2c-4e5d-8a6b-000000000001");
    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();

    private List<IntermediateEventRepresentation> upcast(Class<?> type, String revision, String json) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Case", CASE_ID.toString(), 3,
                UUID.randomUUID().toString(), Instant.parse("2025-04-29T00:00:00Z"), type.getName(), revision,
                json.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        return new CoordinatorUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();
    }

    @Test
    void anAppointmentOfRevisionOneIsAProfessionalCoordinating() {
        List<IntermediateEventRepresentation> read = upcast(CoordinatorAppointed.class, "1", "{\"caseId\":\"" + CASE_ID
                + "\",\"coordinator\":{\"userId\":\"regisseur\",\"organisation\":\"sociaal-team-dordrecht\"}}");

        assertThat(read.get(0).getType().getRevision()).isEqualTo("2");
        CoordinatorAppointed event = serializer.deserialize(read.get(0).getData());
        assertThat(event).isEqualTo(new CoordinatorAppointed(CASE_ID,
                new Coordinator("regisseur", "sociaal-team-dordrecht", null)));
        assertThat(read.get(0).getData().getData().toString()).contains("\"personId\":null");
    }

    @Test
    void aReplacementOfRevisionOneHasProfessionalsOnBothSides() {
        List<IntermediateEventRepresentation> read = upcast(CoordinatorReplaced.class, "1", "{\"caseId\":\"" + CASE_ID
                + "\",\"previous\":{\"userId\":\"regisseur\",\"organisation\":\"sociaal-team-dordrecht\"},"
                + "\"next\":{\"userId\":\"regisseur2\",\"organisation\":\"wijkteam-zwijndrecht\"}}");

        assertThat(read.get(0).getType().getRevision()).isEqualTo("2");
        CoordinatorReplaced event = serializer.deserialize(read.get(0).getData());
        assertThat(event.previous().byTheFamily()).isFalse();
        assertThat(event.next()).isEqualTo(new Coordinator("regisseur2", "wijkteam-zwijndrecht"));
    }

    @Test
    void revisionTwoIsLeftAsItIs() {
        List<IntermediateEventRepresentation> read = upcast(CoordinatorAppointed.class, "2", "{\"caseId\":\"" + CASE_ID
                + "\",\"coordinator\":{\"userId\":\"regisseur\",\"organisation\":\"wijkteam-leiden\",\"personId\":\""
                + PARENT + "\"}}");

        CoordinatorAppointed event = serializer.deserialize(read.get(0).getData());
        assertThat(event.coordinator().personId()).isEqualTo(PARENT);
    }

    @Test
    void otherEventsOfRevisionOneAreLeftAsTheyAre() {
        List<IntermediateEventRepresentation> read = upcast(ProcessDirectorAppointed.class, "1", "{\"caseId\":\""
                + CASE_ID + "\",\"processDirector\":{\"userId\":\"p\",\"organisation\":\"meldpunt\"}}");

        assertThat(read.get(0).getType().getRevision()).isEqualTo("1");
    }
}
