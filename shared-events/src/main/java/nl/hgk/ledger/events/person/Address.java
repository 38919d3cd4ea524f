package nl.hgk.ledger.events.person;

import java.util.Locale;

/**
 * A Dutch address. Only ever carried inside {@link PersonalData}.
 */
public record Address(String street, String houseNumber, String postcode, String city) {

    /** @return the postcode however it was typed, as one text: {@code 2611 ab} and {@code 2611AB} are {@code 2611AB} */
    public static String normalisedPostcode(String postcode) {
        return postcode.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** @return the number and its addition without spaces or dashes, in capitals: {@code 12 a}, {@code 12-A} are 12A */
    public static String normalisedHouseNumber(String houseNumber) {
        return houseNumber.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
