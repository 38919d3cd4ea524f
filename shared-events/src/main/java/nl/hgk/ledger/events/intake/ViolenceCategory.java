package nl.hgk.ledger.events.intake;

/** The three headings under which Veilig Thuis figures are published (seed 003, table of 2018). */
public enum ViolenceCategory {
    CHILD_ABUSE,
    DOMESTIC_VIOLENCE,
    ELDER_ABUSE
}
