package nl.hgk.ledger.access;

/** What someone does to a case, told apart as far as who may do it differs. */
public enum CaseAction {
    /** report about a household: opens its case, or joins the open one */
    REPORT,
    /** take a step in the case: every command on it but a report and the erasure of a person */
    CHANGE,
    /** erase the personal data of one person of the case */
    ERASE_PERSON,
    /** read the case's family plan view, once or live */
    READ_FAMILY_PLAN,
    /** read the case's history, in any form and as of any moment */
    READ_HISTORY
}
