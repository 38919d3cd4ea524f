package nl.hgk.ledger.events.audit;

/**
 * The kind of organisation someone acts for: what decides which steps of a case they may take (the table is
 * {@code nl.hgk.ledger.access.Capacities}). It comes from the user's identity and is recorded with every event they
 * cause, so that a history shows in which capacity each step was taken (seed 000 B2, domain.md §1).
 */
public enum OrganisationType {
    /** Veilig Thuis (AMHK): triage, the safety code, the investigation, feedback to the reporter */
    VEILIG_THUIS,
    /** sociaal wijkteam, gebiedsteam, CJG, jeugd- en gezinsteam: light help, usually the coordinator */
    LOCAL_TEAM,
    /** a care provider (GGZ, jeugdhulp, maatschappelijk werk, vrouwenopvang, reclassering, ...) */
    PROVIDER,
    /** Meldpunt Zorg en Overlast: appoints the process director, who acts for it at escalation step 4 */
    MELDPUNT,
    /** police; a hulpofficier van justitie among them may impose a huisverbod on the mayor's behalf */
    POLICE,
    /** the mayor's office (burgemeester): imposes, extends and ends a huisverbod */
    MAYOR,
    /** the municipality (official or alderman): decides when the process director escalates to it */
    MUNICIPALITY,
    /** Raad voor de Kinderbescherming or a gecertificeerde instelling */
    CHILD_PROTECTION
}
