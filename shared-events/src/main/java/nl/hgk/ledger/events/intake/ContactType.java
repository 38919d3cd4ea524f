package nl.hgk.ledger.events.intake;

/** The two kinds of contact with Veilig Thuis. */
public enum ContactType {
    /** adviesvraag */
    ADVICE_REQUEST,
    /** melding */
    REPORT
}
