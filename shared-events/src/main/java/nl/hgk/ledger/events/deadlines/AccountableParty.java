package nl.hgk.ledger.events.deadlines;

/**
 * The party a missed time limit is raised with: the one who must act on it. Escalation is a decision of the
 * coordinator or the process director about stagnating help (seed 000 B2 §5.1); the ledger never takes it, it tells.
 */
public enum AccountableParty {
    /** the management of Veilig Thuis: its own triage and investigation are late */
    VEILIG_THUIS_MANAGEMENT,
    /** the manager of the Meldpunt Zorg en Overlast, which appoints the process director (B2 §5.2.1) */
    MELDPUNT_MANAGER,
    /** the process director, who calls the care meeting (B2 §5.2.3) and monitors the care a party was ordered to give */
    PROCESS_DIRECTOR,
    /** the client's municipality, which confirms its decision in writing (B2 §5.2.4) */
    MUNICIPALITY,
    /** the coordinator, who guards the family plan (B2 §2.2-§3.2) */
    COORDINATOR,
    /** the mayor, who imposed the huisverbod */
    MAYOR
}
