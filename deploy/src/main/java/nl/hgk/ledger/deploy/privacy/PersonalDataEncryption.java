package nl.hgk.ledger.deploy.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.crypto.tink.Aead;
import nl.hgk.ledger.events.careavoidance.CareAvoidanceRecorded;
import nl.hgk.ledger.events.coordination.Consent;
import nl.hgk.ledger.events.intake.ReportReceived;
import nl.hgk.ledger.events.person.InvolvedPerson;
import nl.hgk.ledger.events.person.PersonalData;

/**
 * The Jackson module of the event serializer that stores every {@link PersonalData} encrypted with its data subject's
 * key, as {@code {"subject": "<uuid>", "ciphertext": "<base64>"}}: AES-256-GCM (Tink), a fresh nonce each time, the
 * subject's id as associated data so that a ciphertext moved under another subject is refused. Events in memory stay
 * plain records; only their stored form changes.
 *
 * <p>The subject is not inside {@code PersonalData} but in what holds it, so the records that hold personal data
 * open a subject's scope while they are written: an {@link InvolvedPerson}, a {@link Consent} and a
 * {@link CareAvoidanceRecorded} their {@code personId} (the client's situation, risks and view), a
 * {@link ReportReceived} its {@code reportId} (the scope of its reporter's contact details; the
 * persons within open their own). Personal data written outside any scope is refused rather than stored in clear.
 *
 * <p>Reading: a subject whose key was destroyed reads as {@link PersonalData#erasedPlaceholder()}; a ciphertext that
 * does not decrypt (changed, or under another subject) is refused. Personal data stored in clear before encryption
 * (development data) is read as it was.
 */
final class PersonalDataEncryption extends SimpleModule {

    static final String SUBJECT = "subject";
    static final String CIPHERTEXT = "ciphertext";

    /** the serialization attribute holding the subject whose scope is open */
    private static final Object SCOPE = PersonalDataEncryption.class;
    /** the serialization attribute that, when set, gathers the subjects of the personal data instead of encrypting it */
    private static final Object SUBJECTS = Subjects.class;

    /** The data subjects whose personal data a value holds, gathered by writing it with the scopes of the encryption. */
    private record Subjects(Set<UUID> found) {
    }

    PersonalDataEncryption(SubjectKeys keys) {
        super("hgk-personal-data-encryption");
        // the clear text inside the ciphertext: the record's own JSON, written and read without this module
        ObjectMapper clear = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
        addSerializer(PersonalData.class, new Encrypting(keys, clear));
        addDeserializer(PersonalData.class, new Decrypting(keys, clear));
        setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description,
                                                      JsonSerializer<?> serializer) {
                Class<?> type = description.getBeanClass();
                if (type == InvolvedPerson.class) {
                    return new SubjectScope(serializer, value -> ((InvolvedPerson) value).personId());
                } else if (type == Consent.class) {
                    return new SubjectScope(serializer, value -> ((Consent) value).personId());
                } else if (type == CareAvoidanceRecorded.class) {
                    return new SubjectScope(serializer, value -> ((CareAvoidanceRecorded) value).personId());
                } else if (type == ReportReceived.class) {
                    return new SubjectScope(serializer, value -> ((ReportReceived) value).reportId());
                }
                return serializer;
            }
        });
    }

    /**
     * @param mapper a mapper with this module
     * @return the data subjects whose keys writing the value would use, found by the same scopes as encryption uses,
     *         without any key or encryption
     */
    static Set<UUID> subjectsOf(Object value, ObjectMapper mapper) {
        Subjects subjects = new Subjects(new LinkedHashSet<>());
        try {
            mapper.writer().withAttribute(SUBJECTS, subjects).writeValue(OutputStream.nullOutputStream(), value);
        } catch (IOException e) {
            throw new IllegalStateException("the data subjects of a " + value.getClass().getSimpleName()
                    + " could not be found", e);
        }
        return subjects.found();
    }

    /** @return the associated data of a subject's ciphertexts */
    static byte[] associatedData(UUID subject) {
        return subject.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Writes a record with the subject of its personal data in scope; the record's own serializer does the rest. */
    private static final class SubjectScope extends StdSerializer<Object>
            implements ResolvableSerializer, ContextualSerializer {

        private final JsonSerializer<Object> delegate;
        private final Function<Object, UUID> subjectOf;

        @SuppressWarnings("unchecked")
        SubjectScope(JsonSerializer<?> delegate, Function<Object, UUID> subjectOf) {
            super(Object.class);
            this.delegate = (JsonSerializer<Object>) delegate;
            this.subjectOf = subjectOf;
        }

        @Override
        public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            Object outer = provider.getAttribute(SCOPE);
            provider.setAttribute(SCOPE, subjectOf.apply(value));
            try {
                delegate.serialize(value, generator, provider);
            } finally {
                provider.setAttribute(SCOPE, outer);
            }
        }

        @Override
        public void serializeWithType(Object value, JsonGenerator generator, SerializerProvider provider,
                                      TypeSerializer types) throws IOException {
            Object outer = provider.getAttribute(SCOPE);
            provider.setAttribute(SCOPE, subjectOf.apply(value));
            try {
                delegate.serializeWithType(value, generator, provider, types);
            } finally {
                provider.setAttribute(SCOPE, outer);
            }
        }

        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            if (delegate instanceof ResolvableSerializer resolvable) {
                resolvable.resolve(provider);
            }
        }

        @Override
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
                throws JsonMappingException {
            if (delegate instanceof ContextualSerializer contextual) {
                JsonSerializer<?> contextualised = contextual.createContextual(provider, property);
                return contextualised == delegate ? this : new SubjectScope(contextualised, subjectOf);
            }
            return this;
        }
    }

    private static final class Encrypting extends StdSerializer<PersonalData> {

        private final SubjectKeys keys;
        private final ObjectMapper clear;

        Encrypting(SubjectKeys keys, ObjectMapper clear) {
            super(PersonalData.class);
            this.keys = keys;
            this.clear = clear;
        }

        @Override
        public void serialize(PersonalData data, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            if (data.erased()) {
                // the placeholder holds nothing to protect, and its subject has no key left to protect it with
                generator.writeStartObject();
                generator.writeBooleanField("erased", true);
                generator.writeEndObject();
                return;
            }
            if (!(provider.getAttribute(SCOPE) instanceof UUID subject)) {
                throw JsonMappingException.from(provider, "personal data outside the scope of a data subject: it "
                        + "would be stored in clear, so it is not stored (give its holder a subject scope)");
            }
            if (provider.getAttribute(SUBJECTS) instanceof Subjects subjects) {
                subjects.found().add(subject);
                generator.writeNull();
                return;
            }
            Aead key = keys.forEncryption(subject);
            byte[] ciphertext;
            try {
                ciphertext = key.encrypt(clear.writeValueAsBytes(data), associatedData(subject));
            } catch (GeneralSecurityException e) {
                throw JsonMappingException.from(provider, "personal data could not be encrypted", e);
            }
            generator.writeStartObject();
            generator.writeStringField(SUBJECT, subject.toString());
            generator.writeBinaryField(CIPHERTEXT, ciphertext);
            generator.writeEndObject();
        }
    }

    private static final class Decrypting extends StdDeserializer<PersonalData> {

        private final SubjectKeys keys;
        private final ObjectMapper clear;

        Decrypting(SubjectKeys keys, ObjectMapper clear) {
            super(PersonalData.class);
            this.keys = keys;
            this.clear = clear;
        }

        @Override
        public PersonalData deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode stored = parser.readValueAsTree();
            if (!stored.has(CIPHERTEXT)) {
                // stored in clear before encryption came, or the placeholder
                return clear.treeToValue(stored, PersonalData.class);
            }
            UUID subject = UUID.fromString(stored.path(SUBJECT).asText());
            Optional<Aead> key = keys.forDecryption(subject);
            if (key.isEmpty()) {
                return PersonalData.erasedPlaceholder();
            }
            try {
                byte[] data = key.get().decrypt(stored.get(CIPHERTEXT).binaryValue(), associatedData(subject));
                return clear.readValue(data, PersonalData.class);
            } catch (GeneralSecurityException e) {
                throw JsonMappingException.from(parser, "the personal data of data subject " + subject
                        + " does not decrypt: it was changed, or is not theirs", e);
            }
        }
    }
}
