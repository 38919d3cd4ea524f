package nl.hgk.ledger.deploy.api;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalQuery;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Dates and moments in a request body as ISO 8601 text only, as the OpenAPI document declares them ({@code format:
 * date}, {@code date-time}). Java time's own readers take more, whatever the coercion settings say: a number as
 * seconds since 1970 ({@code 0} is a decision taken on 1 January 1970), {@code "0"} likewise, an array of numbers,
 * {@code []} as no date at all, and a date with a time whose time they drop.
 */
final class DatesAsIsoText extends SimpleModule {

    DatesAsIsoText() {
        super("hgk-ledger-dates-as-iso-text");
        addDeserializer(LocalDate.class, new IsoText<>(LocalDate.class, DateTimeFormatter.ISO_LOCAL_DATE,
                LocalDate::from, "a date as yyyy-mm-dd"));
        // ISO_INSTANT reads an offset too (2025-01-31T11:15:30+01:00) and gives the moment in UTC
        addDeserializer(Instant.class, new IsoText<>(Instant.class, DateTimeFormatter.ISO_INSTANT, Instant::from,
                "a moment in ISO 8601 with its offset, such as 2025-01-31T10:15:30Z"));
    }

    private static final class IsoText<T> extends StdScalarDeserializer<T> {

        private final Class<T> type;
        private final DateTimeFormatter format;
        private final TemporalQuery<T> query;
        private final String expected;

        IsoText(Class<T> type, DateTimeFormatter format, TemporalQuery<T> query, String expected) {
            super(type);
            this.type = type;
            this.format = format;
            this.query = query;
            this.expected = expected;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return type.cast(context.handleUnexpectedToken(type, parser));
            }
            String text = parser.getText();
            try {
                return format.parse(text, query);
            } catch (DateTimeParseException notIso) {
                return type.cast(context.handleWeirdStringValue(type, text, "expected " + expected));
            }
        }
    }
}
