package nl.hgk.ledger.command.imports;

import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A line or step of an import that is not well formed: which field, and what is wrong with it, in words that name no
 * class of the ledger's (a parser's own message would).
 */
final class InvalidStep extends RuntimeException {

    private final String field;

    InvalidStep(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }

    static InvalidStep unreadable(JsonProcessingException unreadable) {
        if (unreadable instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String path = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return new InvalidStep(path, "is missing, of the wrong type, or not a field of the command");
        }
        return new InvalidStep("", "is not one JSON object");
    }
}
