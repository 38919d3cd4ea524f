package nl.hgk.ledger.deploy.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.hgk.ledger.events.careavoidance.CareAvoidanceRecorded;
import nl.hgk.ledger.events.coordination.Consent;
import nl.hgk.ledger.events.coordination.ConsentDecision;
import nl.hgk.ledger.events.intake.ContactType;
import nl.hgk.ledger.events.intake.FormOfViolence;
import nl.hgk.ledger.events.intake.HouseholdKey;
import nl.hgk.ledger.events.intake.ReportReceived;
import nl.hgk.ledger.events.intake.Reporter;
import nl.hgk.ledger.events.intake.ReporterSector;
import nl.hgk.ledger.events.intake.ReporterType;
import nl.hgk.ledger.events.person.Address;
import nl.hgk.ledger.events.person.InvolvedPerson;
import nl.hgk.ledger.events.person.PersonRole;
import nl.hgk.ledger.events.person.PersonalData;
import nl.hgk.ledger.reference.MunicipalityCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The encryption of personal data as the event serializer writes and reads it, with the keys in a real
 * {@code subject_key} table (the Flyway migration's own SQL): nothing personal in the stored JSON, a changed or moved
 * ciphertext refused, and a destroyed key read as the placeholder.
 */
class PersonalDataEncryptionTest {

    private static EmbeddedPostgres postgres;
    private static JdbcTemplate jdbc;

    private final SubjectKeys keys = new SubjectKeys(jdbc, Duration.ofMinutes(5), 1000);
    private final ObjectMapper events = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .addModule(new PersonalDataEncryption(keys)).build();

    private final UUID victim = UUID.randomUUID();
    private final UUID child = UUID.randomUUID();
    private final UUID reportId = UUID.randomUUID();
    private final ReportReceived report = new ReportReceived(UUID.randomUUID(), reportId, new HouseholdKey("hh-1"),
            MunicipalityCode.of("GM0505"), "VT24", ContactType.REPORT,
            new Reporter(ReporterType.PROFESSIONAL, ReporterSector.EDUCATION,
                    new PersonalData("J. de Mentor", null, null, null, "mentor@school.example")),
            Set.of(FormOfViolence.PARTNER_VIOLENCE),
            List.of(new InvolvedPerson(victim, PersonRole.VICTIM, new PersonalData("Anna Jansen", "111222333",
                            LocalDate.of(1990, 2, 3), new Address("Voorstraat", "12", "3311 AB", "Dordrecht"),
                            "slaapt slecht")),
                    new InvolvedPerson(child, PersonRole.CHILD, new PersonalData("Sam Jansen", null,
                            LocalDate.of(2016, 4, 1), new Address("Voorstraat", "12", "3311 AB", "Dordrecht"), null))),
            null);

    @BeforeAll
    static void database() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        jdbc.execute(Files.readString(Path.of("src/main/resources/db/migration/V20__subject_keys.sql")));
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void theStoredFormHoldsNoPersonalDataAndReadsBackAsItWas() throws IOException {
        String stored = events.writeValueAsString(report);

        // the ciphertext is random Base64, which now and then spells "1990" by chance: it is looked at without it
        String outsideTheCiphertext = stored.replaceAll("\"ciphertext\":\"[A-Za-z0-9+/=]*\"", "\"ciphertext\":\"\"");
        assertThat(outsideTheCiphertext).doesNotContain("Anna", "Jansen", "111222333", "1990", "2016", "Voorstraat",
                "3311 AB", "Dordrecht", "slaapt", "Mentor", "mentor@school.example");
        JsonNode json = events.readTree(stored);
        assertThat(json.path("persons").get(0).path("personalData").path("subject").asText())
                .isEqualTo(victim.toString());
        assertThat(json.path("persons").get(1).path("personalData").path("subject").asText())
                .isEqualTo(child.toString());
        assertThat(json.path("reporter").path("contact").path("subject").asText())
                .as("the reporter's subject is the report").isEqualTo(reportId.toString());
        assertThat(json.path("persons").get(0).path("personalData").has("ciphertext")).isTrue();
        assertThat(json.path("persons").get(0).path("personId").asText()).as("ids stay readable")
                .isEqualTo(victim.toString());

        assertThat(events.readValue(stored, ReportReceived.class)).isEqualTo(report);
        assertThat(jdbc.queryForObject("select count(*) from subject_key where subject in (?, ?, ?)",
                Integer.class, victim, child, reportId)).isEqualTo(3);
    }

    @Test
    void everyEncryptionHasAFreshNonce() throws IOException {
        assertThat(events.writeValueAsString(report)).isNotEqualTo(events.writeValueAsString(report));
    }

    @Test
    void aConsentsOpinionIsEncryptedUnderThePerson() throws IOException {
        Consent consent = Consent.own(victim, ConsentDecision.REFUSED, false, PersonalData.noteOnly("wil eerst praten"));

        String stored = events.writeValueAsString(consent);

        assertThat(stored).doesNotContain("praten").contains(victim.toString());
        assertThat(events.readValue(stored, Consent.class)).isEqualTo(consent);
    }

    @Test
    void aRepresentativesAnswerKeepsTheOpinionUnderThePersonItIsAbout() throws IOException {
        Consent consent = Consent.byRepresentative(child, victim, ConsentDecision.REFUSED, false,
                PersonalData.noteOnly("vindt de hulp te zwaar"));

        String stored = events.writeValueAsString(consent);

        assertThat(stored).doesNotContain("zwaar");
        assertThat(events.readTree(stored).path("clientOpinion").path(PersonalDataEncryption.SUBJECT).asText())
                .as("erased with the child's data, not the representative's").isEqualTo(child.toString());
        assertThat(events.readValue(stored, Consent.class)).isEqualTo(consent);
    }

    @Test
    void aCareAvoidanceIsEncryptedUnderTheClientAndErasedWithThem() throws IOException {
        CareAvoidanceRecorded avoidance = new CareAvoidanceRecorded(UUID.randomUUID(), victim,
                PersonalData.noteOnly("weigert elk contact"), PersonalData.noteOnly("kinderen onveilig"),
                PersonalData.noteOnly("er is niets aan de hand"));

        String stored = events.writeValueAsString(avoidance);

        assertThat(stored).doesNotContain("weigert", "onveilig", "niets aan de hand").contains(victim.toString());
        JsonNode json = events.readTree(stored);
        assertThat(json.path("worryingSituation").path("subject").asText()).isEqualTo(victim.toString());
        assertThat(json.path("clientView").has("ciphertext")).isTrue();
        assertThat(events.readValue(stored, CareAvoidanceRecorded.class)).isEqualTo(avoidance);

        keys.destroy(victim);

        CareAvoidanceRecorded erased = events.readValue(stored, CareAvoidanceRecorded.class);
        assertThat(erased.worryingSituation()).isEqualTo(PersonalData.erasedPlaceholder());
        assertThat(erased.risks()).isEqualTo(PersonalData.erasedPlaceholder());
        assertThat(erased.clientView()).isEqualTo(PersonalData.erasedPlaceholder());
        assertThat(erased.personId()).isEqualTo(victim);
    }

    @Test
    void aChangedCiphertextIsRefused() throws IOException {
        ObjectNode stored = (ObjectNode) events.readTree(events.writeValueAsString(report));
        ObjectNode data = (ObjectNode) stored.path("persons").get(0).path("personalData");
        byte[] ciphertext = Base64.getDecoder().decode(data.path("ciphertext").asText());
        ciphertext[ciphertext.length - 20] ^= 1;
        data.put("ciphertext", Base64.getEncoder().encodeToString(ciphertext));

        assertThatThrownBy(() -> events.treeToValue(stored, ReportReceived.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("does not decrypt");
    }

    @Test
    void aCiphertextUnderAnotherSubjectIsRefused() throws IOException {
        ObjectNode stored = (ObjectNode) events.readTree(events.writeValueAsString(report));
        // the victim's data presented as the child's: the child's key and associated data do not fit it
        JsonNode victimsData = stored.path("persons").get(0).path("personalData");
        ((ObjectNode) stored.path("persons").get(1)).set("personalData", victimsData.deepCopy());
        ((ObjectNode) stored.path("persons").get(1).path("personalData")).put("subject", child.toString());

        assertThatThrownBy(() -> events.treeToValue(stored, ReportReceived.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("does not decrypt");
    }

    @Test
    void aDestroyedKeyReadsAsThePlaceholderAndTheOthersStay() throws IOException {
        String stored = events.writeValueAsString(report);

        keys.destroy(victim);

        ReportReceived read = events.readValue(stored, ReportReceived.class);
        assertThat(read.persons().get(0).personalData()).isEqualTo(PersonalData.erasedPlaceholder());
        assertThat(read.persons().get(0).personalData().displayName()).isEqualTo("verwijderd");
        assertThat(read.persons().get(0).personId()).isEqualTo(victim);
        assertThat(read.persons().get(1).personalData().fullName()).isEqualTo("Sam Jansen");
        assertThat(read.reporter().contact().fullName()).isEqualTo("J. de Mentor");
        assertThat(jdbc.queryForMap("select keyset, destroyed_at from subject_key where subject = ?", victim))
                .containsEntry("keyset", null).extractingByKey("destroyed_at").isNotNull();
        // another reader of the same table, with nothing in memory, reads it so too
        ObjectMapper fresh = JsonMapper.builder().addModule(new JavaTimeModule())
                .addModule(new PersonalDataEncryption(new SubjectKeys(jdbc, Duration.ofMinutes(5), 10))).build();
        assertThat(fresh.readValue(stored, ReportReceived.class).persons().get(0).personalData().erased()).isTrue();
    }

    @Test
    void nothingNewIsStoredOfAnErasedSubject() {
        keys.destroy(victim);

        assertThatThrownBy(() -> events.writeValueAsString(report)).hasRootCauseInstanceOf(SubjectErasedException.class);
    }

    @Test
    void personalDataOutsideASubjectsScopeIsNeverStoredInClear() {
        assertThatThrownBy(() -> events.writeValueAsString(new PersonalData("Anna Jansen", null, null, null, null)))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("outside the scope of a data subject");
    }

    @Test
    void personalDataStoredInClearBeforeEncryptionStillReads() throws IOException {
        ObjectMapper plain = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

        assertThat(events.readValue(plain.writeValueAsString(report), ReportReceived.class)).isEqualTo(report);
    }
}
