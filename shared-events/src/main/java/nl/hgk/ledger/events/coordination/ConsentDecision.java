package nl.hgk.ledger.events.coordination;

/** A person's answer to the request to consent to (sign) the plan. */
public enum ConsentDecision {
    GIVEN,
    REFUSED,
    /** a legal representative decides for the child (under 12; representative's consent under 16) */
    BY_LEGAL_REPRESENTATIVE
}
