package nl.hgk.ledger.events.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.hgk.ledger.events.person.PersonalData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

/**
 * A plan stored as revision 1 is read as revision 2: its consents keep their meaning (the person's own answer, or a
 * legal representative's consent without saying who), with signing unknown; revision 2 passes as it is.
 */
class ConsentUpcasterTest {

    private static final UUID CASE_ID = UUID.fromString("0f6c1c52-3a1e-4f7b-9a43-6a2b1d6f0001");
    private static final UUID MOTHER = UUID.fromString("9d3a0b7e-1f2c-4e5d-8a6b-000000000001");
    private static final UUID FATHER = UUID.fromString("9d3a0b7e-1f2c-4e5d-8a6b-000000000002");
    private static final UUID CHILD = UUID.fromString("9d3a0b7e-1f2c-4e5d-8a6b-000000000003");
    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();

    private List<IntermediateEventRepresentation> upcast(Class<?> type, String revision, String json) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Case", CASE_ID.toString(), 5,
                UUID.randomUUID().toString(), Instant.parse("2025-04-29T00:00:00Z"), type.getName(), revision,
                json.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        return new ConsentUpcaster().upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();
    }

    private static String planWithConsents(int version, String consents) {
        return "{\"caseId\":\"" + CASE_ID + "\",\"planVersion\":" + version + ",\"plan\":{\"goals\":[],\"tasks\":[],"
                + "\"safetyAgreements\":[],\"evaluationDates\":[],\"consents\":[" + consents + "]}}";
    }

    private static final String REVISION_1_CONSENTS =
            "{\"personId\":\"" + MOTHER + "\",\"decision\":\"GIVEN\",\"clientOpinion\":null},"
            + "{\"personId\":\"" + FATHER + "\",\"decision\":\"REFUSED\",\"clientOpinion\":{\"note\":\"wil eerst praten\"}},"
            + "{\"personId\":\"" + CHILD + "\",\"decision\":\"BY_LEGAL_REPRESENTATIVE\",\"clientOpinion\":null}";

    @Test
    void anAdoptedPlanOfRevisionOneKeepsWhatItsConsentsMeant() {
        List<IntermediateEventRepresentation> read = upcast(FamilyPlanAdopted.class, "1",
                planWithConsents(1, REVISION_1_CONSENTS));

        assertThat(read).hasSize(1);
        assertThat(read.get(0).getType().getRevision()).isEqualTo("2");
        FamilyPlanAdopted adopted = serializer.deserialize(read.get(0).getData());
        assertThat(adopted.plan().consents()).containsExactly(
                new Consent(MOTHER, ConsentDecider.PERSON, null, ConsentDecision.GIVEN, null, null),
                new Consent(FATHER, ConsentDecider.PERSON, null, ConsentDecision.REFUSED, null,
                        PersonalData.noteOnly("wil eerst praten")),
                new Consent(CHILD, ConsentDecider.LEGAL_REPRESENTATIVE, null, ConsentDecision.GIVEN, null, null));
    }

    @Test
    void aRevisedPlanOfRevisionOneIsReadTheSameWay() {
        List<IntermediateEventRepresentation> read = upcast(FamilyPlanRevised.class, "1",
                planWithConsents(3, REVISION_1_CONSENTS));

        assertThat(read.get(0).getType().getRevision()).isEqualTo("2");
        FamilyPlanRevised revised = serializer.deserialize(read.get(0).getData());
        assertThat(revised.planVersion()).isEqualTo(3);
        assertThat(revised.plan().consents()).extracting(Consent::decidedBy).containsExactly(
                ConsentDecider.PERSON, ConsentDecider.PERSON, ConsentDecider.LEGAL_REPRESENTATIVE);
    }

    @Test
    void revisionTwoIsLeftAsItIs() {
        String consents = "{\"personId\":\"" + CHILD + "\",\"decidedBy\":\"LEGAL_REPRESENTATIVE\",\"representativeId\":\""
                + MOTHER + "\",\"decision\":\"REFUSED\",\"signed\":false,\"clientOpinion\":{\"note\":\"later\"}}";
        List<IntermediateEventRepresentation> read = upcast(FamilyPlanAdopted.class, "2", planWithConsents(1, consents));

        FamilyPlanAdopted adopted = serializer.deserialize(read.get(0).getData());
        assertThat(adopted.plan().consents()).containsExactly(Consent.byRepresentative(CHILD, MOTHER,
                ConsentDecision.REFUSED, false, PersonalData.noteOnly("later")));
    }
}
