package nl.hgk.ledger.events.deadlines;

/** The statutory and normative time limits the ledger keeps (domain guide §2). */
public enum TimeLimit {
    /** triage within 5 working days of receiving a report (Handelingsprotocol Veilig Thuis) */
    TRIAGE,
    /** a Veilig Thuis investigation completed within 10 weeks (the national norm) */
    INVESTIGATION,
    /** a process director appointed within 2 working days of escalation step 4 (seed 000 B2 §4-5) */
    PROCESS_DIRECTOR,
    /** an urgent case conference (escalation step 2) held within 2 working days (seed 000 B2 §4-5) */
    CASE_CONFERENCE,
    /** an oral administrative decision (escalation step 5) confirmed in writing within 24 hours (seed 000 B2 §5) */
    WRITTEN_CONFIRMATION,
    /** the family plan evaluated on one of its evaluation dates; the subject is that date */
    PLAN_EVALUATION,
    /** a task of the family plan done by its due date; the subject is the task id */
    TASK,
    /** the end of a running huisverbod (Wet tijdelijk huisverbod): reaching it ends the huisverbod */
    HUISVERBOD_END
}
