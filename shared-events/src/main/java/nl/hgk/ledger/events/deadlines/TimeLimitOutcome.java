package nl.hgk.ledger.events.deadlines;

/** How a time limit stopped running. */
public enum TimeLimitOutcome {
    /** met at or before its due moment */
    MET,
    /** met, after its due moment had passed */
    MET_LATE,
    /** no longer applies: the case was closed, left the escalation step, or the plan no longer has it */
    WITHDRAWN,
    /** a huisverbod reached its end date without an extension */
    EXPIRED
}
