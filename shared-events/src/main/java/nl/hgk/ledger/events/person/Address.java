package nl.hgk.ledger.events.person;

/**
 * A Dutch address. Only ever carried inside {@link PersonalData}.
 */
public record Address(String street, String houseNumber, String postcode, String city) {
}
