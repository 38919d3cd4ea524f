package nl.hgk.ledger;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The request bodies of the API as the application's OpenAPI document describes them: which operations take one, a
 * valid example of each made from its schema, and the fields in it. Made from the document of the running application,
 * so that an endpoint added tomorrow is in it without anyone remembering to.
 */
final class OpenApiBodies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String JSON = "application/json";

    private final JsonNode document;

    OpenApiBodies(JsonNode document) {
        this.document = document;
    }

    /** An operation with a request body: its method, path template, and the document's description of it. */
    record Operation(String method, String path, JsonNode description) {

        boolean takesJson() {
            return description.path("requestBody").path("content").has(JSON);
        }

        JsonNode bodySchema() {
            return description.path("requestBody").path("content").path(JSON).path("schema");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /**
     * A field of a body, or the first item of an array in it, with its place in the body.
     *
     * @param path     field names and array indexes from the top of the body
     * @param schema   its schema, references followed
     * @param required the schema lists it as required (an array item never is: it is no field)
     * @param item     it is an item of an array, not a field of an object
     */
    record Field(List<Object> path, JsonNode schema, boolean required, boolean item) {

        /** in the notation of the API's errors: {@code persons[0].fullName} */
        String name() {
            StringBuilder name = new StringBuilder();
            for (Object step : path) {
                name.append(step instanceof Integer index ? "[" + index + "]" : (name.isEmpty() ? "" : ".") + step);
            }
            return name.toString();
        }

        String type() {
            return OpenApiBodies.type(schema);
        }

        boolean isEnum() {
            return schema.has("enum");
        }
    }

    /** @return every operation of the document, of any method, that takes a request body of any media type */
    List<Operation> withABody() {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (method.getValue().has("requestBody")) {
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue()));
            }
        }));
        return operations;
    }

    /** the schema itself, where the document refers to one ({@code $ref}) */
    JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            String name = resolved.get("$ref").asText().replace("#/components/schemas/", "");
            resolved = document.path("components").path("schemas").path(name);
            if (resolved.isMissingNode()) {
                throw new IllegalStateException("the document has no schema " + name);
            }
        }
        return resolved;
    }

    /**
     * A valid value for a schema, every field of an object given: the schema's example where it has one (a pattern or
     * a rule the schema cannot tell, such as a BSN's eleven test), else one made from its type, format and enum.
     */
    JsonNode example(JsonNode given) {
        JsonNode schema = resolve(given);
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        switch (type(schema)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                schema.path("properties").fields().forEachRemaining(field ->
                        object.set(field.getKey(), example(field.getValue())));
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(example(schema.path("items")));
                return array;
            }
            case "string" -> {
                return NODES.textNode(text(schema));
            }
            case "integer" -> {
                long minimum = schema.has("minimum") ? schema.get("minimum").asLong() : 1;
                return NODES.numberNode(schema.has("exclusiveMinimum") ? minimum + 1 : minimum);
            }
            case "number" -> {
                return NODES.numberNode(1);
            }
            case "boolean" -> {
                return NODES.booleanNode(false);
            }
            default -> throw new IllegalStateException("no example can be made for the schema " + schema);
        }
    }

    /** every field of a body, nested ones and the first item of each array included, depth first */
    List<Field> fields(JsonNode bodySchema) {
        List<Field> fields = new ArrayList<>();
        collect(resolve(bodySchema), List.of(), fields);
        return fields;
    }

    private void collect(JsonNode object, List<Object> at, List<Field> fields) {
        List<String> required = new ArrayList<>();
        object.path("required").forEach(name -> required.add(name.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = object.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            List<Object> path = append(at, property.getKey());
            JsonNode schema = resolve(property.getValue());
            fields.add(new Field(path, schema, required.contains(property.getKey()), false));
            nested(schema, path, fields);
        }
    }

    private void nested(JsonNode schema, List<Object> path, List<Field> fields) {
        if (type(schema).equals("object")) {
            collect(schema, path, fields);
        } else if (type(schema).equals("array")) {
            JsonNode items = resolve(schema.path("items"));
            List<Object> first = append(path, 0);
            if (type(items).equals("object")) {
                collect(items, first, fields);
            } else {
                fields.add(new Field(first, items, false, true));
                nested(items, first, fields);
            }
        }
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return List.copyOf(longer);
    }

    /** the type of a schema; of a type list such as {@code [string, null]}, the one that is not null */
    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (!one.asText().equals("null")) {
                    return one.asText();
                }
            }
        }
        if (type.isMissingNode() && schema.has("properties")) {
            return "object";
        }
        return type.asText();
    }

    private static String text(JsonNode schema) {
        String format = schema.path("format").asText();
        switch (format) {
            case "date" -> {
                return "2020-01-15";
            }
            case "date-time" -> {
                return "2020-01-15T10:00:00Z";
            }
            case "uuid" -> {
                return UUID.randomUUID().toString();
            }
            default -> {
                if (schema.has("pattern")) {
                    throw new IllegalStateException("a text of pattern " + schema.get("pattern")
                            + " has no example in the API's document; give it one (@Schema(example = ...))");
                }
                int length = Math.max(schema.path("minLength").asInt(0), Math.min(4,
                        schema.path("maxLength").asInt(4)));
                return "text".repeat(length / 4 + 1).substring(0, length);
            }
        }
    }

    @Override
    public String toString() {
        return withABody().stream().map(Operation::toString).collect(Collectors.joining(", "));
    }
}
