package nl.hgk.ledger.command.imports;

/** What became of one line of an import. */
enum ImportOutcome {
    /** the case and all its steps were recorded */
    IMPORTED,
    /** a case with this import id was imported before: nothing was recorded again */
    ALREADY_IMPORTED,
    /** a step was refused by the case's rules, or failed: nothing of the case was recorded */
    REFUSED,
    /** the line, or a step of it, is not well formed: nothing of the case was recorded */
    MALFORMED
}
