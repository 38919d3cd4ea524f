package nl.hgk.ledger.deploy.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A value in a request body that is not of the type its field declares, told in the words of JSON (text, a whole
 * number, one of GREEN, ORANGE, RED), never in Java's ({@code java.lang.Long}, {@code [Ljava.lang.Object;}).
 *
 * @param expected the Java type of the field; absent when Jackson did not say
 * @param given    what the client sent, in words; absent when it is not known
 * @param required the field has no value at all, such as a primitive given {@code null}
 */
record ValueMismatch(Class<?> expected, String given, boolean required) {

    private static final int LONGEST_ECHO = 40;
    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(Long.class, long.class, Integer.class, int.class,
            Short.class, short.class, Byte.class, byte.class, BigInteger.class);
    private static final Set<Class<?>> NUMBERS = Set.of(Double.class, double.class, Float.class, float.class,
            BigDecimal.class);

    static ValueMismatch of(MismatchedInputException mismatch) {
        Class<?> expected = mismatch.getTargetType();
        // the parser still stands on the value it could not read (or past the object, for a missing primitive)
        JsonToken token = mismatch.getProcessor() instanceof JsonParser parser ? parser.currentToken() : null;
        boolean required = expected != null && expected.isPrimitive()
                && (token == JsonToken.VALUE_NULL || token == JsonToken.END_OBJECT);
        return new ValueMismatch(expected, given(mismatch, token), required);
    }

    String describe() {
        return (required ? "required; " : "") + "expected " + expectedInWords() + (given == null ? "" : ", given "
                + given);
    }

    private String expectedInWords() {
        if (expected == null) {
            return "a value of another type";
        }
        if (expected.isEnum()) {
            return "one of " + Arrays.stream(expected.getEnumConstants()).map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.joining(", "));
        }
        if (CharSequence.class.isAssignableFrom(expected) || expected == char.class || expected == Character.class) {
            return "text";
        }
        if (WHOLE_NUMBERS.contains(expected)) {
            return "a whole number";
        }
        if (NUMBERS.contains(expected)) {
            return "a number";
        }
        if (expected == Boolean.class || expected == boolean.class) {
            return "true or false";
        }
        if (expected == LocalDate.class) {
            return "a date as text, yyyy-mm-dd";
        }
        if (expected == Instant.class || expected == OffsetDateTime.class) {
            return "a moment as ISO 8601 text with its offset, such as 2025-01-31T10:15:30Z";
        }
        if (expected == UUID.class) {
            return "a UUID as text";
        }
        if (expected.isArray() || Collection.class.isAssignableFrom(expected)) {
            return "an array";
        }
        return "an object";
    }

    /** the value itself where Jackson kept it as the client wrote it (not a number it read as text), else its kind */
    private static String given(MismatchedInputException mismatch, JsonToken token) {
        Object value = mismatch instanceof InvalidFormatException invalid ? invalid.getValue() : null;
        boolean asWritten = value instanceof Number || value instanceof Boolean
                || value instanceof String && (token == null || token == JsonToken.VALUE_STRING);
        return asWritten ? echo(value) : describe(token);
    }

    private static String echo(Object value) {
        if (value instanceof String text) {
            return "\"" + (text.length() > LONGEST_ECHO ? text.substring(0, LONGEST_ECHO) + "…" : text) + "\"";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return null;
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return null;
        }
        return switch (token) {
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT -> "a whole number";
            case VALUE_NUMBER_FLOAT -> "a number with a decimal point";
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            default -> null;
        };
    }
}
