package nl.hgk.ledger.events.deadlines;

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

/** A DeadlineMissed stored as revision 1 is read as revision 2 with an absent subject; revision 2 passes as it is. */
class DeadlineMissedUpcasterTest {

    private static final UUID CASE_ID = UUID.fromString("0f6c1c52-3a1e-4f7b-9a43-6a2b1d6f0001");
    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();

    private List<IntermediateEventRepresentation> upcast(String revision, String json) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Case", CASE_ID.toString(), 3,
                UUID.randomUUID().toString(), Instant.parse("2025-04-29T00:00:00Z"), DeadlineMissed.class.getName(),
                revision, json.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        return new DeadlineMissedUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();
    }

    @Test
    void revisionOneIsReadAsRevisionTwoWithoutASubject() {
        List<IntermediateEventRepresentation> read = upcast("1",
                "{\"caseId\":\"" + CASE_ID + "\",\"limit\":\"TRIAGE\",\"dueAt\":\"2025-04-28T22:00:00Z\"}");

        assertThat(read).hasSize(1);
        assertThat(read.get(0).getType().getRevision()).isEqualTo("2");
        DeadlineMissed event = serializer.deserialize(read.get(0).getData());
        assertThat(event).isEqualTo(
                new DeadlineMissed(CASE_ID, TimeLimit.TRIAGE, null, Instant.parse("2025-04-28T22:00:00Z")));
    }

    @Test
    void revisionTwoIsLeftAsItIs() {
        List<IntermediateEventRepresentation> read = upcast("2", "{\"caseId\":\"" + CASE_ID
                + "\",\"limit\":\"TASK\",\"subject\":\"c1a5e3d0\",\"dueAt\":\"2025-04-14T22:00:00Z\"}");

        DeadlineMissed event = serializer.deserialize(read.get(0).getData());
        assertThat(event.subject()).isEqualTo("c1a5e3d0");
    }
}
