package nl.hgk.ledger.events.deadlines;

/** The statutory and normative time limits the ledger keeps. */
public enum TimeLimit {
    /** triage within 5 working days of receiving a report (Handelingsprotocol Veilig Thuis) */
    TRIAGE,
    /** a Veilig Thuis investigation completed within 10 weeks (the national norm) */
    INVESTIGATION,
    /** a process director appointed within 2 working days of escalation step 4 (seed 000 B2 §4-5) */
    PROCESS_DIRECTOR
}
