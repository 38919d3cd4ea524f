package nl.hgk.ledger;

import static nl.hgk.ledger.Requests.CASE_WORKER;
import static nl.hgk.ledger.Requests.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import nl.hgk.ledger.events.triage.CodeAssigned;
import nl.hgk.ledger.events.triage.SafetyCode;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every request body of the API is read as its OpenAPI document declares it, or refused: for every operation with a
 * JSON body in the document of the running application, and every field of that body (nested ones and array items
 * too), a body that is valid but for one thing is sent over HTTP: an enum by its ordinal, text for a number, a number
 * for text, a boolean for either, an empty text for a date, id or enum, a field given twice (the second time the same,
 * or null), null for a required field. Each is answered 400 with a problem detail naming the field, and appends no
 * event. So is a body in another media type, and a request whose {@code Accept} refuses JSON is answered 406 before
 * anything is recorded. The operations come from the document, so a new endpoint is covered as soon as it exists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hgk.embedded-postgres.data-directory=")
class StrictRequestBodiesTest {

    /**
     * the demo users that may send commands, one of whom each operation takes: one of each type of organisation that
     * takes a step of a case, since a step is refused (403) to every other type
     */
    private static final List<String> SENDERS = List.of(CASE_WORKER, COORDINATOR, Requests.MELDPUNT,
            Requests.MAYOR, Requests.MUNICIPALITY, "hulpverlener", "fg", "beheerder");
    private static final String TYPES = "urn:hgk-ledger:problem:";
    private static final Set<String> INVALID_VALUE = Set.of("invalid-value");
    /** a null for a required field is the validation's to refuse, or the reading's (a primitive) */
    private static final Set<String> MISSING_VALUE = Set.of("invalid-request", "invalid-value");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer events;

    private final AtomicInteger households = new AtomicInteger();

    /** A body that is valid but for one thing, and the problem it must get. */
    private record Refused(String what, String body, String field, Set<String> types) {
    }

    /** Where an operation is tried: a case of its own, a user who may send it, and the path and body that are valid. */
    private record Target(String user, String path, ObjectNode body, Map<String, String> headers) {
    }

    @TestFactory
    List<DynamicNode> everyRequestBodyIsReadAsItsDocumentDeclares() {
        LedgerClient api = new LedgerClient(port);
        LedgerClient.Answer docs = api.get(null, "/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        OpenApiBodies document = new OpenApiBodies(docs.body());

        List<DynamicNode> operations = new ArrayList<>();
        int visited = 0;
        for (OpenApiBodies.Operation operation : document.withABody()) {
            if (!operation.method().equals("POST") || !operation.takesJson()) {
                continue;
            }
            visited++;
            Target target = target(api, document, operation);
            List<DynamicNode> cases = new ArrayList<>();
            for (OpenApiBodies.Field field : document.fields(operation.bodySchema())) {
                for (Refused refused : refusals(target.body(), field)) {
                    cases.add(dynamicTest(refused.what() + " at " + field.name(),
                            () -> assertRefused(api, target, operation + ": " + refused.what() + " at "
                                    + field.name(), refused)));
                }
            }
            assertThat(cases).as("%s has fields to try", operation).isNotEmpty();
            cases.addAll(mediaTypes(api, operation, target));
            operations.add(dynamicContainer(operation.toString(), cases));
        }
        // but the import of historical cases, read as NDJSON one case a line: each line is checked as ImportTest shows
        int withABody = document.withABody().size() - (int) document.withABody().stream()
                .filter(operation -> operation.description().path("requestBody").path("content")
                        .has("application/x-ndjson")).count();
        int all = visited;
        operations.add(dynamicTest("every operation with a body is a POST with JSON, and was tried", () ->
                assertThat(all).as("operations tried of the %s in the document: %s", withABody, document)
                        .isEqualTo(withABody).isGreaterThanOrEqualTo(20)));
        return operations;
    }

    /** The event serializer is Axon's Jackson serializer on the application's mapper, which stays lenient. */
    @Test
    void storedEventsAreStillReadLeniently() {
        UUID caseId = UUID.randomUUID();
        // a field a later version added, and one a writer gave twice: neither may make a stored event unreadable
        String stored = "{\"caseId\":\"" + caseId + "\",\"code\":\"GREEN\",\"code\":\"RED\",\"previousCode\":null,"
                + "\"processDirection\":\"VEILIG_THUIS\",\"addedLater\":1}";

        CodeAssigned event = events.deserialize(new SimpleSerializedObject<>(stored, String.class,
                CodeAssigned.class.getName(), "1"));

        assertThat(event.caseId()).isEqualTo(caseId);
        assertThat(event.code()).isEqualTo(SafetyCode.RED);
    }

    /**
     * A case of its own for the operation, and the first demo user whose request with the valid body gets past
     * signing in and reading: a body the test thinks valid but the API does not would make every refusal below
     * prove nothing.
     */
    private Target target(LedgerClient api, OpenApiBodies document, OpenApiBodies.Operation operation) {
        LedgerClient.Answer receipt = api.post(CASE_WORKER, "/api/reports",
                Requests.report("3318 XZ", String.valueOf(households.incrementAndGet())));
        assertThat(receipt.status()).as("%s", receipt.body()).isEqualTo(201);
        String path = path(operation.path(), receipt.body());
        ObjectNode body = (ObjectNode) document.example(operation.bodySchema());
        long version = receipt.version();
        if (operation.path().equals("/api/cases/{caseId}/escalations")) {
            // an escalation is raised by the case's coordinating organisation: the case is given its coordinator
            CaseSteps steps = new CaseSteps(api, "/api/cases/" + receipt.text("caseId"), version);
            steps.ok(CASE_WORKER, "/coordinator", Requests.COORDINATOR_APPOINTED);
            version = steps.version();
        }
        if (body.has("expectedVersion")) {
            body.put("expectedVersion", version);
        }
        if (path.equals("/api/session")) {
            return browserSignIn(api, path, body);
        }
        for (String user : SENDERS) {
            LedgerClient.Answer valid = api.post(user, path, body);
            if (valid.status() == 401 || valid.status() == 403) {
                continue;
            }
            assertThat(valid.status()).as("%s with the valid body %s: %s", operation, body, valid.body())
                    .isIn(200, 201, 409, 422);
            if (body.has("expectedVersion") && valid.status() == 200) {
                body.put("expectedVersion", valid.version());
            }
            return new Target(user, path, body, Map.of());
        }
        throw new AssertionError(operation + " is refused to every demo user " + SENDERS);
    }

    /**
     * Signing a browser in takes no Authorization header but a demo user's password in the body, and the CSRF token
     * a browser gets from the sign-in options (the cookie and the header with its value).
     */
    private Target browserSignIn(LedgerClient api, String path, ObjectNode body) {
        Browser browser = new Browser(port);
        browser.get("/api/sign-in-options");
        String token = browser.cookie(Browser.XSRF);
        Map<String, String> csrf = Map.of("Cookie", Browser.XSRF + "=" + token, "X-XSRF-TOKEN", token);
        body.put("username", CASE_WORKER);
        body.put("password", "demo");
        LedgerClient.Answer valid = api.post(null, path, body, csrf);
        assertThat(valid.status()).as("signing in with the valid body %s: %s", body, valid.body()).isEqualTo(200);
        return new Target(null, path, body, csrf);
    }

    /** the case's own ids where the path names them, a new id for anything else (a decision the client chooses) */
    private static String path(String template, JsonNode receipt) {
        Map<String, String> ids = Map.of("caseId", receipt.path("caseId").asText(),
                "reportId", receipt.path("reportId").asText(),
                "personId", receipt.path("persons").path(0).path("personId").asText());
        Matcher variable = PATH_VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(path, ids.getOrDefault(variable.group(1), UUID.randomUUID().toString()));
        }
        return variable.appendTail(path).toString();
    }

    /** the table: what a field of this type must refuse */
    private static List<Refused> refusals(ObjectNode valid, OpenApiBodies.Field field) {
        JsonNode value = at(valid, field);
        List<Refused> refused = new ArrayList<>();
        if (field.isEnum()) {
            // the last constant, so that a body read leniently would change something
            int ordinal = field.schema().get("enum").size() - 1;
            refused.add(replaced(valid, field, "an enum by its ordinal", IntNode.valueOf(ordinal)));
            refused.add(replaced(valid, field, "an enum by its ordinal as text", TextNode.valueOf("" + ordinal)));
        }
        switch (field.type()) {
            case "string" -> {
                if (!field.isEnum()) {
                    refused.add(replaced(valid, field, "a number for text", IntNode.valueOf(123)));
                }
                refused.add(replaced(valid, field, "a boolean for text", BooleanNode.TRUE));
                if (field.isEnum() || field.schema().has("format")) {
                    refused.add(replaced(valid, field, "an empty text for " + (field.isEnum() ? "an enum"
                            : field.schema().get("format").asText()), TextNode.valueOf("")));
                }
            }
            case "integer" -> {
                refused.add(replaced(valid, field, "a number as text", TextNode.valueOf(value.asText())));
                // Jackson would cut it off to the whole number, which is a valid version
                refused.add(replaced(valid, field, "a fraction for a whole number",
                        DoubleNode.valueOf(value.asLong() + 0.5)));
                refused.add(replaced(valid, field, "a boolean for a number", BooleanNode.TRUE));
            }
            case "boolean" -> {
                refused.add(replaced(valid, field, "a boolean as text", TextNode.valueOf(value.asText())));
                refused.add(replaced(valid, field, "a number for a boolean", IntNode.valueOf(1)));
            }
            case "object", "array" -> refused.add(replaced(valid, field, "an empty text for an " + field.type(),
                    TextNode.valueOf("")));
            default -> throw new IllegalStateException("no refusals for " + field);
        }
        if (!field.item()) {
            refused.add(twice(valid, field, "a field given twice", value));
            refused.add(twice(valid, field, "a field given twice, the second time null", NullNode.getInstance()));
        }
        if (field.required()) {
            ObjectNode body = valid.deepCopy();
            put(body, field, NullNode.getInstance());
            refused.add(new Refused("null for a required field", write(body), field.name(), MISSING_VALUE));
        }
        return refused;
    }

    private static Refused replaced(ObjectNode valid, OpenApiBodies.Field field, String what, JsonNode wrong) {
        ObjectNode body = valid.deepCopy();
        put(body, field, wrong);
        return new Refused(what + " (" + wrong + ")", write(body), field.name(), INVALID_VALUE);
    }

    /** a tree holds a field once; the body is written with a placeholder, which becomes the field twice */
    private static Refused twice(ObjectNode valid, OpenApiBodies.Field field, String what, JsonNode second) {
        String placeholder = "twice-" + UUID.randomUUID();
        ObjectNode body = valid.deepCopy();
        put(body, field, TextNode.valueOf(placeholder));
        String name = (String) field.path().get(field.path().size() - 1);
        String text = write(body).replace("\"" + placeholder + "\"",
                write(at(valid, field)) + ",\"" + name + "\":" + write(second));
        return new Refused(what, text, field.name(), INVALID_VALUE);
    }

    /** the same valid body in other media types, and asking for an answer in another */
    private List<DynamicNode> mediaTypes(LedgerClient api, OpenApiBodies.Operation operation, Target target) {
        String body = write(target.body());
        List<DynamicNode> cases = new ArrayList<>();
        for (String type : List.of("text/plain", "application/yaml", "application/xml", "*/*", "application/*")) {
            cases.add(dynamicTest("a body as " + type, () -> assertProblem(api, target,
                    operation + ": a body as " + type, body, Map.of("Content-Type", type), 415,
                    "unsupported-media-type")));
        }
        cases.add(dynamicTest("an answer asked in text/plain", () -> assertProblem(api, target,
                operation + ": an answer asked in text/plain", body, Map.of("Accept", "text/plain"), 406,
                "not-acceptable")));
        return cases;
    }

    private void assertRefused(LedgerClient api, Target target, String label, Refused refused) {
        LedgerClient.Answer answer = assertProblem(api, target, label, refused.body(), Map.of(), 400, null);
        assertThat(answer.text("type")).as("%s: %s", label, answer.body())
                .isIn(refused.types().stream().map(type -> TYPES + type).toList());
        assertThat(answer.body().path("errors").findValuesAsText("field")).as("%s: %s", label, answer.body())
                .contains(refused.field());
    }

    private LedgerClient.Answer assertProblem(LedgerClient api, Target target, String label, String body,
                                              Map<String, String> headers, int status, String type) {
        long before = StoredEvents.count(jdbc);
        Map<String, String> all = new HashMap<>(target.headers());
        all.putAll(headers);
        LedgerClient.Answer answer = api.postRaw(target.user(), target.path(), body, all);
        long after = StoredEvents.count(jdbc);

        assertThat(answer.status()).as("%s; %s %s: %s", label, target.path(), body, answer.body())
                .isEqualTo(status);
        assertThat(answer.raw().headers().firstValue("Content-Type")).as(label)
                .hasValue("application/problem+json");
        if (type != null) {
            assertThat(answer.text("type")).as("%s: %s", label, answer.body()).isEqualTo(TYPES + type);
        }
        // words a client can act on: no exception, no Java type, no Java array ([Ljava.lang.Object;@1b2c3d)
        assertThat(answer.text("detail")).as(label).isNotBlank().doesNotContain("Exception").doesNotContain("java.")
                .doesNotContain("nl.hgk").doesNotContainPattern("\\[L[\\w.$]+;").doesNotContain("CoercionConfig");
        assertThat(after).as("%s: events appended by a refused request", label).isEqualTo(before);
        return answer;
    }

    private static JsonNode at(JsonNode body, OpenApiBodies.Field field) {
        JsonNode node = body;
        for (Object step : field.path()) {
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
        }
        return node;
    }

    private static void put(ObjectNode body, OpenApiBodies.Field field, JsonNode value) {
        List<Object> path = field.path();
        JsonNode parent = body;
        for (Object step : path.subList(0, path.size() - 1)) {
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
    }

    private static String write(JsonNode node) {
        try {
            return LedgerClient.JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
