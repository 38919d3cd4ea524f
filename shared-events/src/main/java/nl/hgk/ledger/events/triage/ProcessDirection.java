package nl.hgk.ledger.events.triage;

/** Who holds process direction (procesregie) of a case. */
public enum ProcessDirection {
    /** Veilig Thuis, for code ORANGE and RED */
    VEILIG_THUIS,
    /** the local field (local team, a professional already involved), for code GREEN */
    LOCAL_FIELD
}
