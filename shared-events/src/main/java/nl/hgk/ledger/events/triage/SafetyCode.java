package nl.hgk.ledger.events.triage;

/** The safety assessment of a case after triage (seed 000 §3.3). */
public enum SafetyCode {
    /** not unsafe: ordinary local help */
    GREEN,
    /** safety not stable enough: specialist help, process direction with Veilig Thuis */
    ORANGE,
    /** safety cannot be guaranteed: people are brought to safety, process direction with Veilig Thuis */
    RED;

    public ProcessDirection processDirection() {
        return this == GREEN ? ProcessDirection.LOCAL_FIELD : ProcessDirection.VEILIG_THUIS;
    }
}
