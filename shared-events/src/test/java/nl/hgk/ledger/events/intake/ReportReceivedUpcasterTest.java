package nl.hgk.ledger.events.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.hgk.ledger.events.CaseStream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

/** A ReportReceived stored as revision 1 is read with the region of its municipality; revision 2 keeps its own. */
class ReportReceivedUpcasterTest {

    private static final UUID CASE_ID = UUID.fromString("0f6c1c52-3a1e-4f7b-9a43-6a2b1d6f0001");
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();

    private List<IntermediateEventRepresentation> upcast(String revision, String payload) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>(CaseStream.AGGREGATE_TYPE,
                CASE_ID.toString(), 0, UUID.randomUUID().toString(), Instant.parse("2025-04-29T00:00:00Z"),
                ReportReceived.class.getName(), revision, payload.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        return new ReportReceivedUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();
    }

    @Test
    void revisionOneIsReadWithTheRegionOfItsMunicipality() {
        List<IntermediateEventRepresentation> read = upcast("1", "{\"caseId\":\"" + CASE_ID
                + "\",\"municipality\":\"GM0546\",\"contactType\":\"REPORT\"}");

        assertThat(read.get(0).getType().getRevision()).isEqualTo("2");
        ReportReceived event = serializer.deserialize(read.get(0).getData());
        assertThat(event.region()).as("Leiden lies in Hollands Midden").isEqualTo("VT10");
        assertThat(event.municipality().value()).isEqualTo("GM0546");
    }

    @Test
    void revisionTwoKeepsTheRegionItRecorded() {
        List<IntermediateEventRepresentation> read = upcast("2", "{\"caseId\":\"" + CASE_ID
                + "\",\"municipality\":\"GM0546\",\"region\":\"VT99\",\"contactType\":\"REPORT\"}");

        ReportReceived event = serializer.deserialize(read.get(0).getData());
        assertThat(event.region()).isEqualTo("VT99");
    }
}
