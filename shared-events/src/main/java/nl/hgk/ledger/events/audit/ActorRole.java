package nl.hgk.ledger.events.audit;

/** The roles in which people use the ledger. */
public enum ActorRole {
    /** casemanager / medewerker Veilig Thuis or local team */
    CASE_WORKER,
    /** zorgcoördinator / regisseur */
    COORDINATOR,
    /** beleidsmedewerker / analist: aggregated figures only */
    ANALYST,
    /** inspecteur: reads histories, changes nothing */
    INSPECTOR,
    /** beheerder: keeps the ledger running (rebuilds views, later reference data); reads no case */
    ADMINISTRATOR,
    /**
     * functionaris gegevensbescherming (the organisation's privacy officer): erases a person's personal data and reads
     * the access log of the reads by their organisation's people; reads no case
     */
    PRIVACY_OFFICER,
    /** the ledger itself, acting on a time limit that passed; nobody signs in as it */
    SYSTEM
}
