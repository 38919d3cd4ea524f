package nl.hgk.ledger.events.triage;

/** What a Veilig Thuis investigation established. */
public enum InvestigationConclusion {
    UNSAFETY_ESTABLISHED,
    NO_UNSAFETY_ESTABLISHED,
    UNDETERMINED
}
