package nl.hgk.ledger.events.huisverbod;

/** Why a huisverbod ended. */
public enum HuisverbodEndReason {
    /** its term ran out */
    EXPIRED,
    /** the mayor lifted it early */
    LIFTED_BY_MAYOR,
    /** the administrative court suspended it */
    LIFTED_BY_COURT
}
