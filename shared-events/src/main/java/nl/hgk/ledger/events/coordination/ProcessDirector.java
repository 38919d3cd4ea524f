package nl.hgk.ledger.events.coordination;

/**
 * The professional who takes over the direction of a case at escalation step 4 (procesregisseur), with the power to
 * order a party to deliver care (doorzettingsmacht).
 *
 * @param userId       the professional's user name in the ledger
 * @param organisation the organisation they work for (Meldpunt Zorg en Overlast, Veilig Thuis)
 */
public record ProcessDirector(String userId, String organisation) {
}
