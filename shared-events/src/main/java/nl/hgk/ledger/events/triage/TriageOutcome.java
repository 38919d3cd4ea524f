package nl.hgk.ledger.events.triage;

/** Where triage sends the follow-up (Handelingsprotocol Veilig Thuis). */
public enum TriageOutcome {
    /** to the local field: local team or wijkteam */
    LOCAL_FIELD,
    /** to a professional already involved with the family */
    PROFESSIONAL_INVOLVED,
    /** to a multidisciplinary team (MDA++) */
    MULTIDISCIPLINARY_TEAM,
    /** Veilig Thuis investigates itself */
    VEILIG_THUIS_INVESTIGATION,
    /** no follow-up needed: converted to advice, or involvement ended */
    NO_FOLLOW_UP
}
