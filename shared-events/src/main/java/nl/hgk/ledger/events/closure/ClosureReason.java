package nl.hgk.ledger.events.closure;

/** Why a case was closed (seed 000 B2 §3.2, plus the advice and no-follow-up ends of triage). */
public enum ClosureReason {
    /** no longer a multi-problem situation */
    NO_LONGER_MULTI_PROBLEM,
    /** care completed */
    CARE_COMPLETED,
    /** care ended (without being completed) */
    CARE_ENDED,
    /** stepped down to the local team */
    STEPPED_DOWN_TO_LOCAL_TEAM,
    /** an advice request was answered */
    ADVICE_GIVEN,
    /** triage found no follow-up needed */
    NO_FURTHER_ACTION
}
