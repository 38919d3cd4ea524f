package nl.hgk.ledger.reference;

import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A CBS municipality code: {@code GM} and four digits, e.g. {@code GM0546} for Leiden. */
public record MunicipalityCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("GM\\d{4}");

    public MunicipalityCode {
        Objects.requireNonNull(value, "municipality code");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a CBS municipality code (GM and four digits): " + value);
        }
    }

    @JsonCreator
    public static MunicipalityCode of(String value) {
        return new MunicipalityCode(value);
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
