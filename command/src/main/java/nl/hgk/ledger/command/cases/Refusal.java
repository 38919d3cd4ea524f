package nl.hgk.ledger.command.cases;

/** The rules a command can break; the names are the stable codes clients see in problem details. */
public enum Refusal {
    CASE_CLOSED,
    OTHER_HOUSEHOLD,
    UNKNOWN_MUNICIPALITY,
    NO_REPORT,
    CODE_UNCHANGED,
    NO_CODE,
    NOTHING_TO_TRIAGE,
    NO_INVESTIGATION_DECIDED,
    INVESTIGATION_RUNNING,
    NO_INVESTIGATION_RUNNING,
    COORDINATOR_ALREADY_APPOINTED,
    NO_COORDINATOR,
    COORDINATOR_UNCHANGED,
    REASON_REQUIRED,
    PLAN_ALREADY_ADOPTED,
    NO_PLAN,
    WRONG_PLAN_VERSION,
    UNKNOWN_PERSON,
    STEP_NOT_HIGHER,
    STEP_SKIPPED_WITHOUT_URGENCY,
    NO_ESCALATION_OPEN,
    NOT_AT_PROCESS_DIRECTOR_STEP,
    PROCESS_DIRECTOR_ALREADY_APPOINTED,
    ESCALATION_OPEN,
    HUISVERBOD_RUNNING,
    NO_HUISVERBOD_RUNNING,
    EXTENSION_NOT_LATER,
    HUISVERBOD_TOO_LONG,
    END_BEFORE_START,
    END_AFTER_TERM,
    UNKNOWN_REPORT,
    ANONYMOUS_REPORTER,
    NOT_AT_CASE_CONFERENCE_STEP,
    NOT_AT_ADMINISTRATIVE_STEP,
    DATE_IN_FUTURE,
    DECISION_ALREADY_RECORDED,
    UNKNOWN_DECISION,
    DECISION_ALREADY_CONFIRMED,
    NOT_AN_EVALUATION_DATE,
    EVALUATION_ALREADY_RECORDED,
    PERSON_ALREADY_ERASED,
    PERSON_ERASED,
    CASE_OPEN,
    NO_PROCESS_DIRECTOR,
    CARE_MEETING_ALREADY_CALLED,
    URGENT_MEETING_HAS_NO_DATE,
    MEETING_DATE_REQUIRED,
    NO_CARE_MEETING_CALLED,
    DATE_IN_PAST,
    HUISVERBOD_IMPOSED_IN_FUTURE,
    HUISVERBOD_IMPOSED_TOO_LONG_AGO,
    EXPIRED_BEFORE_END,
    END_IN_FUTURE,
    EVALUATION_DATE_IN_PAST,
    DUE_DATE_IN_PAST,
    BIRTH_DATE_IN_FUTURE,
    HELD_BEFORE_CALLED,
    /** the step is not one the user's type of organisation takes ({@link nl.hgk.ledger.access.Capacities}) */
    OUTSIDE_CAPACITY(true),
    /** a notice about a task of the plan is given by the organisation that owns the task ({@link CareDelivery}) */
    NOT_THE_TASK_OWNER(true),
    UNKNOWN_TASK,
    HELP_ALREADY_STARTED,
    HELP_NOT_STARTED,
    HELP_ALREADY_ENDED,
    HELP_ENDED_BEFORE_START,
    NO_SHOWS_NOT_REPEATED,
    NO_SHOW_CAUSE_REQUIRED,
    PROFESSIONAL_UNCHANGED,
    PROPOSAL_NAMES_THE_TASK_OWNER;

    private final boolean aboutWhoActs;

    Refusal() {
        this(false);
    }

    Refusal(boolean aboutWhoActs) {
        this.aboutWhoActs = aboutWhoActs;
    }

    /**
     * @return whether the step was refused because of who gave it, not because of the case's state: answered
     *         {@code 403}, where a step the case does not allow is {@code 422}
     */
    public boolean aboutWhoActs() {
        return aboutWhoActs;
    }
}
