package nl.hgk.ledger.query.figures;

/** The kinds of countable case events in {@code figures_case_event}, each with its detail. */
enum CaseFact {
    /** the case's first safety code; detail: the code */
    FIRST_CODE,
    /** a later code replacing an earlier one; detail: the new code */
    CODE_CHANGE,
    /** a triage decision; detail: its outcome */
    TRIAGE,
    /** an escalation; detail: the step raised to */
    ESCALATION,
    /** a huisverbod imposed */
    HUISVERBOD_IMPOSED,
    /** a huisverbod extended */
    HUISVERBOD_EXTENDED,
    /** a huisverbod ended; detail: why */
    HUISVERBOD_ENDED,
    /** help for a task of the plan broken off early; detail: the type of the organisation that told it, or NONE */
    HELP_STOPPED_EARLY,
    /** a client's repeated no-shows told; detail: the type of the organisation that told it, or NONE */
    NO_SHOWS
}
