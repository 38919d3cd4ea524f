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
    /** a plan lacks an answer {@link nl.hgk.ledger.consent.ConsentRequirement} asks for */
    CONSENT_MISSING,
    /** a consent without who answered, the decision, or whether the plan was signed */
    CONSENT_INCOMPLETE,
    /** the same person answered twice for the same person in one plan version */
    CONSENT_DUPLICATED,
    /** a person known to be under 12 answers for themselves */
    OWN_CONSENT_UNDER_12,
    /** a legal representative answers for a person known to be 16 or older */
    REPRESENTED_PERSON_NOT_UNDER_16,
    /** a representative's answer names nobody, the person themselves, or no person of the case (or one erased) */
    INVALID_REPRESENTATIVE,
    /** a consent or refusal without a signature has no client's opinion */
    OPINION_REQUIRED,
    /** the step is the coordinating organisation's (its coordinator, or a colleague standing in), or the case has none */
    NOT_THE_COORDINATOR(true),
    /** the step is the organisation's of the process director appointed at escalation step 4 */
    NOT_THE_PROCESS_DIRECTOR(true),
    /** the step is the municipality's where the household lives (escalation step 5) */
    NOT_THE_CLIENTS_MUNICIPALITY(true),
    /** step 5 is not raised: it is the process director's option at step 4 (seed 000 B2 §5.2.4) */
    ADMINISTRATIVE_STEP_NOT_RAISED,
    CARE_ORDER_ALREADY_RECORDED,
    UNKNOWN_CARE_ORDER,
    CARE_ORDER_ALREADY_CONCLUDED,
    /** the coordinating organisation reports no inadequate coordination of its own (seed 000 B2 §5.1.5) */
    OWN_COORDINATION(true),
    /** the organisation of whoever reports inadequate coordination is not involved in the case */
    NOT_INVOLVED(true),
    /** a process director already directs the case, or is being appointed: coordination is assigned anew from there */
    PROCESS_DIRECTION_UNDER_WAY,
    /** an investigation concluded without a code: Veilig Thuis determines it before a coordinator is appointed */
    CODE_TO_BE_DETERMINED,
    /** a mayor's office takes a step in the huisverbod of a household that lives in another municipality */
    NOT_THE_CASES_MAYOR(true),
    /** the Meldpunt's action plan while no care avoidance recorded awaits one */
    NO_CARE_AVOIDANCE_RECORDED,
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
