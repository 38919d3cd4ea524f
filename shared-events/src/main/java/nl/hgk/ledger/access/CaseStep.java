package nl.hgk.ledger.access;

/**
 * The steps someone can take in a case, one per command (the six notices of a care provider share one): what the
 * table of {@link Capacities} decides, by the type of the organisation someone acts for. Where a step belongs to one
 * party of the case (its coordinator, its process director, the owner of a task, the client's municipality), the case
 * decides that too, on its own state; the javadoc of each step says so.
 */
public enum CaseStep {
    /** report, or ask advice, about a household: open to everyone */
    REPORT,
    ASSIGN_CODE,
    DECIDE_TRIAGE,
    START_INVESTIGATION,
    CONCLUDE_INVESTIGATION,
    /** tell the reporter what was done with the report (seed 000 §3.4) */
    INFORM_REPORTER,
    APPOINT_COORDINATOR,
    /** the case: by the coordinating organisation handing over, by Veilig Thuis, or by the process director */
    REPLACE_COORDINATOR,
    /** the case: by the coordinating organisation only (also the two steps below) */
    ADOPT_FAMILY_PLAN,
    REVISE_FAMILY_PLAN,
    EVALUATE_FAMILY_PLAN,
    /** the case: by the coordinating organisation; steps 1 to 4 (step 5 is the process director's) */
    RAISE_ESCALATION,
    /** the case: by the coordinating organisation (step 2 is its conference with the parties) */
    HOLD_CASE_CONFERENCE,
    /** the case: by the coordinating organisation (B2 §2.1.4, §5.1.6) */
    RECORD_CARE_AVOIDANCE,
    /** the case: by an involved organisation that does not coordinate (B2 §5.1.5) */
    REPORT_INADEQUATE_COORDINATION,
    APPOINT_PROCESS_DIRECTOR,
    /** the case: by the appointed process director's organisation (also the six steps below) */
    CALL_CARE_MEETING,
    HOLD_CARE_MEETING,
    /** doorzettingsmacht: order a party to deliver a form of care (B2 §5.2.2) */
    ORDER_CARE,
    CONCLUDE_CARE_ORDER,
    /** coordination returns to a party, which ends step 4 (B2 §5.2.5) */
    RETURN_COORDINATION,
    /** step 4 goes back to the managers of the parties, step 3's level (B2 §5.2.4) */
    CONSULT_PARTY_MANAGERS,
    /** step 5: to the manager of the Meldpunt, who consults the client's municipality (B2 §5.2.4) */
    ESCALATE_TO_MELDPUNT_MANAGER,
    /** the case: by the client's municipality (also its written confirmation) */
    RECORD_ADMINISTRATIVE_DECISION,
    CONFIRM_ADMINISTRATIVE_DECISION,
    /** the case: steps 1 to 3 by the coordinating organisation, steps 4 and 5 by the process director's */
    RESOLVE_ESCALATION,
    /** the case: a mayor's office of the case's municipality */
    IMPOSE_HUISVERBOD,
    EXTEND_HUISVERBOD,
    END_HUISVERBOD,
    /** the six notices of a care provider to the coordinator (B2 §2.3); the case: by the organisation owning the task */
    NOTIFY_COORDINATOR,
    /** the case: by Veilig Thuis or the coordinating organisation */
    CLOSE_CASE,
    /** erase one person's personal data: the privacy officer's, whatever organisation they work for */
    ERASE_PERSON,
    /** erase a closed case's personal data when its retention period ends: the ledger's own step */
    ERASE_CASE_DATA,
    /** the Meldpunt's action plan after a care avoidance the coordinator recorded (B2 §5.1.6) */
    DRAW_UP_ACTION_PLAN
}
