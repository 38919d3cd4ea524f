package nl.hgk.ledger.events.intake;

/**
 * A pseudonym for a household, derived on the command side from its address with a keyed hash. It lets reports
 * about one household be bundled without the address itself being a key anywhere.
 */
public record HouseholdKey(String value) {
}
