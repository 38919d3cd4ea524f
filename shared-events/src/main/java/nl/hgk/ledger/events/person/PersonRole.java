package nl.hgk.ledger.events.person;

/**
 * The role a person has in a case. Everyone in the household is involved (the "system" approach); roles can differ
 * per situation, so a role is given per report.
 */
public enum PersonRole {
    /** slachtoffer */
    VICTIM,
    /** pleger */
    PERPETRATOR,
    /** kind: as witness or as victim */
    CHILD,
    /** ander gezinslid */
    HOUSEHOLD_MEMBER,
    /** steunsysteem, netwerk */
    SUPPORT_NETWORK
}
