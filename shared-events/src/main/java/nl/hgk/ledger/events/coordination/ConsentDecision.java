package nl.hgk.ledger.events.coordination;

/**
 * The answer to the request to consent to the plan, whoever gives it (the person, or a legal representative for them:
 * {@link Consent#decidedBy()}). A refusal is an answer too: a plan may be adopted with it recorded.
 * <p>
 * Revision 1 of the plan events had a third value, {@code BY_LEGAL_REPRESENTATIVE} ("ingestemd door wettelijk
 * vertegenwoordiger"); {@link ConsentUpcaster} reads it as what it meant: {@link #GIVEN}, by a legal representative
 * not named.
 */
public enum ConsentDecision {
    GIVEN,
    REFUSED
}
