package nl.hgk.ledger.command.intake;

/** What happened to a received report. */
public enum IntakeOutcome {
    /** it opened a new case: the household had none before */
    CASE_OPENED,
    /** it opened a new case as a repeat report (hermelding): the household's earlier case was closed */
    REPEAT_REPORT,
    /** it joined the household's open case */
    BUNDLED
}
