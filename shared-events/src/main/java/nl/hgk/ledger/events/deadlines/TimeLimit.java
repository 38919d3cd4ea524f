package nl.hgk.ledger.events.deadlines;

/** The statutory and normative time limits the ledger keeps. */
public enum TimeLimit {
    /** triage within 5 working days of receiving a report (Handelingsprotocol Veilig Thuis) */
    TRIAGE,
    /** a Veilig Thuis investigation completed within 10 weeks (the national norm) */
    INVESTIGATION
}
