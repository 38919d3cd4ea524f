package nl.hgk.ledger.events.deadlines;

/**
 * The statutory and normative time limits the ledger keeps. A missed limit never moves the case by itself: it is
 * recorded, stays overdue, and is raised with the party accountable for it ({@link #raisedWith()}), a person who acts.
 */
public enum TimeLimit {
    /** triage within 5 working days of receiving a report (Handelingsprotocol Veilig Thuis) */
    TRIAGE,
    /** a Veilig Thuis investigation completed within 10 weeks (the national norm) */
    INVESTIGATION,
    /** a process director appointed within 2 working days of escalation step 4 (seed 000 B2 §4-5) */
    PROCESS_DIRECTOR,
    /**
     * recorded before the seed was read right: an urgent case conference at escalation step 2 within 2 working days.
     * Seed 000 B2 §5.1.2 sets no term at step 2; no new limit of this kind is set (see {@link #CARE_MEETING})
     */
    CASE_CONFERENCE,
    /**
     * the care meeting (zorgoverleg) the process director calls at escalation step 4: within 2 working days when
     * urgent, otherwise by the date the process director sets (seed 000 B2 §5.2.3)
     */
    CARE_MEETING,
    /** an oral administrative decision (escalation step 5) confirmed in writing within 24 hours (seed 000 B2 §5) */
    WRITTEN_CONFIRMATION,
    /** the family plan evaluated on one of its evaluation dates; the subject is that date */
    PLAN_EVALUATION,
    /** a task of the family plan done by its due date; the subject is the task id */
    TASK,
    /** the end of a running huisverbod (Wet tijdelijk huisverbod): reaching it ends the huisverbod */
    HUISVERBOD_END,
    /**
     * a party ordered to deliver care (doorzettingsmacht) is monitored until the end of the day the process director set
     * (seed 000 B2 §5.2.1-§5.2.2); the subject is the order id. Concluding the order meets it
     */
    CARE_ORDER;

    /** @return who is told when this limit is missed, to act on it */
    public AccountableParty raisedWith() {
        return switch (this) {
            case TRIAGE, INVESTIGATION -> AccountableParty.VEILIG_THUIS_MANAGEMENT;
            case PROCESS_DIRECTOR -> AccountableParty.MELDPUNT_MANAGER;
            case CARE_MEETING, CARE_ORDER -> AccountableParty.PROCESS_DIRECTOR;
            case WRITTEN_CONFIRMATION -> AccountableParty.MUNICIPALITY;
            case CASE_CONFERENCE, PLAN_EVALUATION, TASK -> AccountableParty.COORDINATOR;
            case HUISVERBOD_END -> AccountableParty.MAYOR;
        };
    }
}
