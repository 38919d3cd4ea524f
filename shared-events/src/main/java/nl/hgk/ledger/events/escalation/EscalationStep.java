package nl.hgk.ledger.events.escalation;

/** The five steps of the escalation model, in order (seed 000 B2 §4-5). */
public enum EscalationStep {
    /** 1: the coordinator asks the Meldpunt / Veilig Thuis for advice */
    ADVICE,
    /** 2: a case conference with the parties: who does what by when */
    CASE_CONFERENCE,
    /** 3: to the managers of the party where it is stuck */
    MANAGEMENT,
    /** 4: a process director takes over, with doorzettingsmacht */
    PROCESS_DIRECTOR,
    /**
     * 5: the municipal official or alderman decides. Strictly the process director's option inside step 4, not a step
     * raised after it (seed 000 B2 §5.2.4): reached by {@link EscalatedToMeldpuntManager}
     */
    ADMINISTRATIVE;

    /** @return 1 for {@link #ADVICE} up to 5 for {@link #ADMINISTRATIVE} */
    public int level() {
        return ordinal() + 1;
    }
}
