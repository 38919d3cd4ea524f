package nl.hgk.ledger.events.coordination;

/**
 * The professional who coordinates the care for a family (zorgcoördinator, regisseur).
 *
 * @param userId       the professional's user name in the ledger
 * @param organisation the organisation they work for
 */
public record Coordinator(String userId, String organisation) {
}
