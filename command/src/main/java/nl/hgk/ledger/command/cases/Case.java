package nl.hgk.ledger.command.cases;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.hgk.ledger.calendar.WorkingDayCalendars;
import nl.hgk.ledger.events.audit.AuditMetadata;
import nl.hgk.ledger.events.closure.CaseClosed;
import nl.hgk.ledger.events.coordination.Consent;
import nl.hgk.ledger.events.deadlines.DeadlineMissed;
import nl.hgk.ledger.events.deadlines.Overdue;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.deadlines.TimeLimitCleared;
import nl.hgk.ledger.events.deadlines.TimeLimitOutcome;
import nl.hgk.ledger.events.deadlines.TimeLimitSet;
import nl.hgk.ledger.events.coordination.Coordinator;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.coordination.CoordinatorReplaced;
import nl.hgk.ledger.events.coordination.FamilyPlan;
import nl.hgk.ledger.events.coordination.FamilyPlanAdopted;
import nl.hgk.ledger.events.coordination.FamilyPlanEvaluated;
import nl.hgk.ledger.events.coordination.FamilyPlanRevised;
import nl.hgk.ledger.events.coordination.PlanTask;
import nl.hgk.ledger.events.coordination.TaskStatus;
import nl.hgk.ledger.events.coordination.ProcessDirectorAppointed;
import nl.hgk.ledger.events.escalation.AdministrativeDecisionConfirmed;
import nl.hgk.ledger.events.escalation.AdministrativeDecisionTaken;
import nl.hgk.ledger.events.escalation.CareMeetingCalled;
import nl.hgk.ledger.events.escalation.CareMeetingHeld;
import nl.hgk.ledger.events.escalation.CaseConferenceHeld;
import nl.hgk.ledger.events.escalation.EscalationRaised;
import nl.hgk.ledger.events.escalation.EscalationResolved;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.events.huisverbod.HuisverbodEndReason;
import nl.hgk.ledger.events.huisverbod.HuisverbodEnded;
import nl.hgk.ledger.events.huisverbod.HuisverbodExtended;
import nl.hgk.ledger.events.huisverbod.HuisverbodImposed;
import nl.hgk.ledger.events.intake.ContactType;
import nl.hgk.ledger.events.intake.HouseholdKey;
import nl.hgk.ledger.events.intake.ReportReceived;
import nl.hgk.ledger.events.intake.Reporter;
import nl.hgk.ledger.events.intake.ReporterInformed;
import nl.hgk.ledger.events.person.InvolvedPerson;
import nl.hgk.ledger.events.person.PersonErased;
import nl.hgk.ledger.events.triage.CodeAssigned;
import nl.hgk.ledger.events.triage.InvestigationConcluded;
import nl.hgk.ledger.events.triage.InvestigationStarted;
import nl.hgk.ledger.events.triage.SafetyCode;
import nl.hgk.ledger.events.triage.TriageDecided;
import nl.hgk.ledger.events.triage.TriageOutcome;
import nl.hgk.ledger.reference.Municipalities;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The case of one household, from its first report to its closure. Every command handler checks the rules and
 * applies one event (plus the time limits it starts or stops); it returns the case version those events produced,
 * so that a client can edit again without a stale version (the opening handler, a constructor, returns the new
 * case's id; its version is 0). The event-sourcing handlers below only record the state the rules need.
 *
 * <p>Time limits: every limit that starts running is recorded ({@link TimeLimitSet}) and watched by a deadline of
 * its kind; meeting it or its no longer applying is recorded ({@link TimeLimitCleared}) and cancels the deadline; a
 * deadline that fires on a limit still running records {@link DeadlineMissed}, and the limit stays running, overdue,
 * until it is cleared. A deadline handler checks the recorded limit before it acts, so a deadline that could not be
 * cancelled (its id unknown) or a stale one does nothing.
 */
@Aggregate
class Case {

    /** a huisverbod lasts ten days from the day it is imposed (Wet tijdelijk huisverbod) */
    static final int HUISVERBOD_DAYS = 10;
    /** with extensions it never lasts longer than 28 days in total */
    static final int HUISVERBOD_MAX_DAYS = 28;
    /**
     * a huisverbod is recorded on the day it is imposed or within this many days after (a weekend, a holiday): an
     * older date would record a huisverbod mostly over, or long over, as if it protected the family now
     */
    static final int HUISVERBOD_RECORDED_WITHIN_DAYS = 3;

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final MetaData BY_THE_USER = MetaData.emptyInstance();
    private static final Municipalities MUNICIPALITIES = Municipalities.load();

    @AggregateIdentifier
    private UUID caseId;
    private HouseholdKey household;
    /** the Veilig Thuis region of the household's municipality: its working days count the limits */
    private String region;
    private boolean closed;
    // in the order the case learnt of them: a retention erasure records its subjects in that order
    private final Map<UUID, Reporter> reporters = new LinkedHashMap<>();
    private final Set<UUID> persons = new LinkedHashSet<>();
    /** the data subjects whose key was destroyed */
    private final Set<UUID> erased = new HashSet<>();
    private boolean reportReceived;
    private int reportsAwaitingTriage;
    private SafetyCode code;
    private boolean investigationDecided;
    private boolean investigationRunning;
    private Coordinator coordinator;
    private int planVersion;
    private List<LocalDate> evaluationDates = List.of();
    private Map<UUID, LocalDate> taskDueDates = Map.of();
    private final Set<LocalDate> evaluated = new HashSet<>();
    private EscalationStep escalation;
    private boolean processDirectorAppointed;
    private boolean careMeetingCalled;
    private final Set<UUID> decisions = new HashSet<>();
    private final Set<UUID> confirmedDecisions = new HashSet<>();
    private LocalDate huisverbodImposedOn;
    private LocalDate huisverbodEndsOn;
    private final Map<TimeLimits.Key, TimeLimits.Running> runningLimits = new LinkedHashMap<>();

    Case() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    Case(OpenCase command, DeadlineManager deadlines, Clock clock, WorkingDayCalendars calendars) {
        requireBornAlready(command.report(), clock);
        // in the constructor an event is applied only once the constructor is done: the limit comes after it
        apply(received(command.caseId(), command.report(), command.repeatOfCaseId())).andThen(() -> {
            if (command.report().contactType() == ContactType.REPORT) {
                Instant due = TimeLimits.triageDue(clock.instant(), calendars.forRegion(region));
                setLimit(TimeLimit.TRIAGE, null, due, BY_THE_USER, deadlines);
            }
        });
    }

    @CommandHandler
    long handle(BundleReport command, DeadlineManager deadlines, Clock clock, WorkingDayCalendars calendars) {
        requireOpen();
        if (!household.equals(command.report().household())) {
            throw new CommandRefused(Refusal.OTHER_HOUSEHOLD, "the report is about another household than the case");
        }
        // the first report waiting for triage sets the limit; later ones are triaged with it
        requireBornAlready(command.report(), clock);
        boolean triageClockStarts = command.report().contactType() == ContactType.REPORT && reportsAwaitingTriage == 0;
        apply(received(caseId, command.report(), null));
        if (triageClockStarts) {
            Instant due = TimeLimits.triageDue(clock.instant(), calendars.forRegion(region));
            setLimit(TimeLimit.TRIAGE, null, due, BY_THE_USER, deadlines);
        }
        return version();
    }

    private static void requireBornAlready(Report report, Clock clock) {
        LocalDate today = today(clock);
        for (InvolvedPerson person : report.persons()) {
            LocalDate born = person.personalData() == null ? null : person.personalData().birthDate();
            if (born != null && born.isAfter(today)) {
                throw new CommandRefused(Refusal.BIRTH_DATE_IN_FUTURE, "a birth date of " + born + " is still to come");
            }
        }
    }

    private static ReportReceived received(UUID caseId, Report report, UUID repeatOfCaseId) {
        return new ReportReceived(caseId, report.reportId(), report.household(), report.municipality(),
                report.contactType(), report.reporter(), Set.copyOf(report.formsOfViolence()),
                report.persons(), repeatOfCaseId);
    }

    @CommandHandler
    long handle(AssignCode command, ConflictResolver conflicts) {
        requireCurrentVersion(conflicts);
        requireOpen();
        if (!reportReceived) {
            throw new CommandRefused(Refusal.NO_REPORT, "a safety code needs a received report, not only advice requests");
        }
        if (command.code() == code) {
            throw new CommandRefused(Refusal.CODE_UNCHANGED, "the case already has code " + code);
        }
        apply(new CodeAssigned(caseId, command.code(), code, command.code().processDirection()));
        return version();
    }

    @CommandHandler
    long handle(DecideTriage command, ConflictResolver conflicts, DeadlineManager deadlines, Clock clock) {
        requireCurrentVersion(conflicts);
        requireOpen();
        if (code == null) {
            throw new CommandRefused(Refusal.NO_CODE, "triage is decided after a safety code is assigned");
        }
        if (reportsAwaitingTriage == 0) {
            throw new CommandRefused(Refusal.NOTHING_TO_TRIAGE, "every report of the case has been triaged");
        }
        apply(new TriageDecided(caseId, command.outcome()));
        meetLimit(TimeLimit.TRIAGE, null, clock, deadlines);
        return version();
    }

    @CommandHandler
    long handle(StartInvestigation command, ConflictResolver conflicts, DeadlineManager deadlines, Clock clock) {
        requireCurrentVersion(conflicts);
        requireOpen();
        if (investigationRunning) {
            throw new CommandRefused(Refusal.INVESTIGATION_RUNNING, "an investigation is already running");
        }
        if (!investigationDecided) {
            throw new CommandRefused(Refusal.NO_INVESTIGATION_DECIDED,
                    "an investigation starts only after triage decided Veilig Thuis investigates");
        }
        apply(new InvestigationStarted(caseId));
        setLimit(TimeLimit.INVESTIGATION, null, TimeLimits.investigationDue(clock.instant()), BY_THE_USER, deadlines);
        return version();
    }

    @CommandHandler
    long handle(ConcludeInvestigation command, ConflictResolver conflicts, DeadlineManager deadlines, Clock clock) {
        requireCurrentVersion(conflicts);
        requireOpen();
        if (!investigationRunning) {
            throw new CommandRefused(Refusal.NO_INVESTIGATION_RUNNING, "no investigation is running");
        }
        apply(new InvestigationConcluded(caseId, command.conclusion()));
        meetLimit(TimeLimit.INVESTIGATION, null, clock, deadlines);
        return version();
    }

    @CommandHandler
    long handle(AppointCoordinator command, ConflictResolver conflicts) {
        requireCurrentVersion(conflicts);
        requireOpen();
        if (coordinator != null) {
            throw new CommandRefused(Refusal.COORDINATOR_ALREADY_APPOINTED,
                    "the case has a coordinator; reassign coordination instead");
        }
        apply(new CoordinatorAppointed(caseId, command.coordinator()));
        return version();
    }

    @CommandHandler
    long handle(ReplaceCoordinator command, @MetaDataValue(AuditMetadata.REASON) String reason,
                ConflictResolver conflicts) {
        requireCurrentVersion(conflicts);
        requireOpen();
        if (coordinator == null) {
            throw new CommandRefused(Refusal.NO_COORDINATOR, "the case has no coordinator to replace");
        }
        if (coordinator.equals(command.coordinator())) {
            throw new CommandRefused(Refusal.COORDINATOR_UNCHANGED, "that professional already coordinates the case");
        }
        requireReason(reason, "reassigning coordination");
        apply(new CoordinatorReplaced(caseId, coordinator, command.coordinator()));
        return version();
    }

    @CommandHandler
    long handle(AdoptFamilyPlan command, ConflictResolver conflicts, DeadlineManager deadlines, Clock clock) {
        requireCurrentVersion(conflicts);
        requireOpen();
        if (coordinator == null) {
            throw new CommandRefused(Refusal.NO_COORDINATOR, "a family plan needs a coordinator first");
        }
        if (planVersion > 0) {
            throw new CommandRefused(Refusal.PLAN_ALREADY_ADOPTED, "the plan was adopted; revise it instead");
        }
        requireKnownPersons(command.plan());
        requireNewDatesAhead(command.plan(), clock);
        apply(new FamilyPlanAdopted(caseId, 1, command.plan()));
        followPlan(command.plan(), clock, deadlines);
        return version();
    }

    @CommandHandler
    long handle(ReviseFamilyPlan command, @MetaDataValue(AuditMetadata.REASON) String reason,
                ConflictResolver conflicts, DeadlineManager deadlines, Clock clock) {
        requireCurrentVersion(conflicts);
        requireOpen();
        if (planVersion == 0) {
            throw new CommandRefused(Refusal.NO_PLAN, "there is no adopted plan to revise");
        }
        if (command.planVersion() != planVersion + 1) {
            throw new CommandRefused(Refusal.WRONG_PLAN_VERSION,
                    "the revision must be plan version " + (planVersion + 1) + ", not " + command.planVersion());
        }
        requireReason(reason, "revising the plan");
        requireKnownPersons(command.plan());
        requireNewDatesAhead(command.plan(), clock);
        apply(new FamilyPlanRevised(caseId, command.planVersion(), command.plan()));
        followPlan(command.plan(), clock, deadlines);
        return version();
    }

    /**
     * An evaluation date or an open task's due date that a plan version sets (new, or moved) lies today or later: a
     * date already past would start a limit that is missed the moment it is set. Dates kept from the version before
     * may have passed.
     */
    private void requireNewDatesAhead(FamilyPlan plan, Clock clock) {
        LocalDate today = today(clock);
        for (LocalDate date : plan.evaluationDates()) {
            if (date.isBefore(today) && !evaluationDates.contains(date)) {
                throw new CommandRefused(Refusal.EVALUATION_DATE_IN_PAST,
                        "the evaluation date " + date + " has passed");
            }
        }
        for (PlanTask task : plan.tasks()) {
            boolean open = task.status() == TaskStatus.PLANNED || task.status() == TaskStatus.STARTED;
            if (open && task.dueDate().isBefore(today) && !task.dueDate().equals(taskDueDates.get(task.taskId()))) {
                throw new CommandRefused(Refusal.DUE_DATE_IN_PAST,
                        "the task \"" + task.description() + "\" cannot be due on " + task.dueDate() + ", a day that has passed");
            }
        }
    }

    /**
     * The limits of a plan version: each task not done or stopped by the end of its due date, each evaluation date
     * not yet evaluated. A task done meets its limit; a task stopped or gone, or an evaluation date gone, withdraws
     * it; a due date moved moves it.
     */
    private void followPlan(FamilyPlan plan, Clock clock, DeadlineManager deadlines) {
        Map<String, PlanTask> tasks = new HashMap<>();
        plan.tasks().forEach(task -> tasks.put(task.taskId().toString(), task));
        List<TimeLimits.Clearing> clearings = new ArrayList<>();
        for (TimeLimits.Running running : runningLimits.values()) {
            TimeLimits.Due due = running.due();
            if (due.limit() == TimeLimit.TASK) {
                PlanTask task = tasks.get(due.subject());
                if (task == null || task.status() == TaskStatus.STOPPED) {
                    clearings.add(new TimeLimits.Clearing(due, TimeLimitOutcome.WITHDRAWN));
                } else if (task.status() == TaskStatus.DONE) {
                    clearings.add(new TimeLimits.Clearing(due, met(running, clock)));
                }
            } else if (due.limit() == TimeLimit.PLAN_EVALUATION
                    && !plan.evaluationDates().contains(LocalDate.parse(due.subject()))) {
                clearings.add(new TimeLimits.Clearing(due, TimeLimitOutcome.WITHDRAWN));
            }
        }
        clearLimits(clearings, BY_THE_USER, deadlines);
        for (PlanTask task : plan.tasks()) {
            boolean open = task.status() == TaskStatus.PLANNED || task.status() == TaskStatus.STARTED;
            if (open) {
                setLimitUnlessDueAlready(TimeLimit.TASK, task.taskId().toString(), TimeLimits.endOf(task.dueDate()),
                        deadlines);
            }
        }
        for (LocalDate date : plan.evaluationDates()) {
            if (!evaluated.contains(date)) {
                setLimitUnlessDueAlready(TimeLimit.PLAN_EVALUATION, date.toString(), TimeLimits.endOf(date),
                        deadlines);
            }
        }
    }

    @CommandHandler
    long handle(EvaluateFamilyPlan command, ConflictResolver conflicts, DeadlineManager deadlines, Clock clock) {
        requireCurrentVersion(conflicts);
        requireOpen();
        if (planVersion == 0) {
            throw new CommandRefused(Refusal.NO_PLAN, "there is no adopted plan to evaluate");
        }
        if (!evaluationDates.contains(command.evaluationDate())) {
            throw new CommandRefused(Refusal.NOT_AN_EVALUATION_DATE,
                    command.evaluationDate() + " is not an evaluation date of plan version " + planVersion);
        }
        if (evaluated.contains(command.evaluationDate())) {
            throw new CommandRefused(Refusal.EVALUATION_ALREADY_RECORDED,
                    "the evaluation of " + command.evaluationDate() + " was recorded");
        }
        apply(new FamilyPlanEvaluated(caseId, planVersion, command.evaluationDate()));
        meetLimit(TimeLimit.PLAN_EVALUATION, command.evaluationDate().toString(), clock, deadlines);
        return version();
    }

    @CommandHandler
    long handle(RaiseEscalation command, @MetaDataValue(AuditMetadata.REASON) String reason,
                ConflictResolver conflicts, DeadlineManager deadlines, Clock clock, WorkingDayCalendars calendars) {
        requireCurrentVersion(conflicts);
        requireOpen();
        int current = escalation == null ? 0 : escalation.level();
        int wanted = command.step().level();
        if (wanted <= current) {
            throw new CommandRefused(Refusal.STEP_NOT_HIGHER,
                    "the case is at escalation step " + current + "; an escalation goes up, to step " + (current + 1));
        }
        if (wanted > current + 1 && isBlank(command.urgencyReason())) {
            throw new CommandRefused(Refusal.STEP_SKIPPED_WITHOUT_URGENCY,
                    "step " + (current + 1) + " comes next; skipping to step " + wanted + " needs an urgency reason");
        }
        requireReason(reason, "an escalation");
        String urgency = wanted > current + 1 ? command.urgencyReason() : null;
        apply(new EscalationRaised(caseId, command.step(), escalation, urgency));
        followEscalation(deadlines, clock, calendars);
        return version();
    }

    /**
     * The limits of the step the case is now at: leaving a step withdraws its limit; step 4 starts the 2 working days
     * in which a process director must take over. (An urgent case conference of step 2, recorded before seed 000
     * B2 §5.1.2 was read right, is withdrawn when the case leaves step 2.)
     */
    private void followEscalation(DeadlineManager deadlines, Clock clock, WorkingDayCalendars calendars) {
        if (escalation != EscalationStep.CASE_CONFERENCE) {
            withdrawLimit(TimeLimit.CASE_CONFERENCE, BY_THE_USER, deadlines);
        }
        if (escalation != EscalationStep.PROCESS_DIRECTOR) {
            withdrawLimit(TimeLimit.PROCESS_DIRECTOR, BY_THE_USER, deadlines);
        }
        if (escalation == EscalationStep.PROCESS_DIRECTOR) {
            Instant due = TimeLimits.processDirectorDue(clock.instant(), calendars.forRegion(region));
            setLimit(TimeLimit.PROCESS_DIRECTOR, null, due, BY_THE_USER, deadlines);
        }
    }

    @CommandHandler
    long handle(HoldCaseConference command, ConflictResolver conflicts, DeadlineManager deadlines, Clock clock) {
        requireCurrentVersion(conflicts);
        requireOpen();
        if (escalation != EscalationStep.CASE_CONFERENCE) {
            throw new CommandRefused(Refusal.NOT_AT_CASE_CONFERENCE_STEP,
                    "a case conference is held when the case is escalated to step 2");
        }
        requireNotInFuture(command.heldOn(), clock);
        apply(new CaseConferenceHeld(caseId, command.heldOn()));
        meetLimit(TimeLimit.CASE_CONFERENCE, null, clock, deadlines);
        return version();
    }

    /**
     * The process director decides whether a care meeting is needed and calls it: within 2 working days when urgent,
     * otherwise within a term the process director sets (seed 000 B2 §5.2.3).
     */
    @CommandHandler
    long handle(CallCareMeeting command, ConflictResolver conflicts, DeadlineManager deadlines, Clock clock,
                WorkingDayCalendars calendars) {
        requireCurrentVersion(conflicts);
        requireOpen();
        if (escalation == null || escalation.level() < EscalationStep.PROCESS_DIRECTOR.level()
                || !processDirectorAppointed) {
            throw new CommandRefused(Refusal.NO_PROCESS_DIRECTOR,
                    "a care meeting is called by the process director of escalation step 4");
        }
        if (careMeetingCalled) {
            throw new CommandRefused(Refusal.CARE_MEETING_ALREADY_CALLED, "a care meeting was called and not yet held");
        }
        Instant due;
        if (command.urgent()) {
            if (command.meetBy() != null) {
                throw new CommandRefused(Refusal.URGENT_MEETING_HAS_NO_DATE,
                        "an urgent care meeting is held within 2 working days; it takes no date");
            }
            due = TimeLimits.careMeetingDue(clock.instant(), calendars.forRegion(region));
        } else {
            if (command.meetBy() == null) {
                throw new CommandRefused(Refusal.MEETING_DATE_REQUIRED,
                        "a care meeting that is not urgent needs the date the process director sets for it");
            }
            if (command.meetBy().isBefore(today(clock))) {
                throw new CommandRefused(Refusal.DATE_IN_PAST, "the care meeting cannot be due on "
                        + command.meetBy() + ", a day that has passed");
            }
            due = TimeLimits.endOf(command.meetBy());
        }
        apply(new CareMeetingCalled(caseId, command.urgent(), command.meetBy()));
        setLimit(TimeLimit.CARE_MEETING, null, due, BY_THE_USER, deadlines);
        return version();
    }

    @CommandHandler
    long handle(HoldCareMeeting command, ConflictResolver conflicts, DeadlineManager deadlines, Clock clock) {
        requireCurrentVersion(conflicts);
        requireOpen();
        if (!careMeetingCalled) {
            throw new CommandRefused(Refusal.NO_CARE_MEETING_CALLED, "no care meeting was called");
        }
        requireNotInFuture(command.heldOn(), clock);
        apply(new CareMeetingHeld(caseId, command.heldOn()));
        meetLimit(TimeLimit.CARE_MEETING, null, clock, deadlines);
        return version();
    }

    @CommandHandler
    long handle(AppointProcessDirector command, ConflictResolver conflicts, DeadlineManager deadlines, Clock clock) {
        requireCurrentVersion(conflicts);
        requireOpen();
        if (escalation == null || escalation.level() < EscalationStep.PROCESS_DIRECTOR.level()) {
            throw new CommandRefused(Refusal.NOT_AT_PROCESS_DIRECTOR_STEP,
                    "a process director is appointed when the case is escalated to step 4");
        }
        if (processDirectorAppointed) {
            throw new CommandRefused(Refusal.PROCESS_DIRECTOR_ALREADY_APPOINTED,
                    "this escalation has its process director");
        }
        apply(new ProcessDirectorAppointed(caseId, command.processDirector()));
        meetLimit(TimeLimit.PROCESS_DIRECTOR, null, clock, deadlines);
        return version();
    }

    @CommandHandler
    long handle(RecordAdministrativeDecision command, ConflictResolver conflicts, DeadlineManager deadlines,
                Clock clock) {
        requireCurrentVersion(conflicts);
        requireOpen();
        if (escalation != EscalationStep.ADMINISTRATIVE) {
            throw new CommandRefused(Refusal.NOT_AT_ADMINISTRATIVE_STEP,
                    "an administrative decision is taken when the case is escalated to step 5");
        }
        if (command.decidedAt().isAfter(clock.instant())) {
            throw new CommandRefused(Refusal.DATE_IN_FUTURE, "the decision cannot be taken later than now");
        }
        if (decisions.contains(command.decisionId())) {
            throw new CommandRefused(Refusal.DECISION_ALREADY_RECORDED, "this decision was recorded");
        }
        apply(new AdministrativeDecisionTaken(caseId, command.decisionId(), command.decidedAt(), command.decision()));
        setLimit(TimeLimit.WRITTEN_CONFIRMATION, command.decisionId().toString(),
                TimeLimits.writtenConfirmationDue(command.decidedAt()), BY_THE_USER, deadlines);
        return version();
    }

    /** Allowed after the escalation was resolved: the written confirmation is owed for every oral decision. */
    @CommandHandler
    long handle(ConfirmAdministrativeDecision command, ConflictResolver conflicts, DeadlineManager deadlines,
                Clock clock) {
        requireCurrentVersion(conflicts);
        requireOpen();
        if (!decisions.contains(command.decisionId())) {
            throw new CommandRefused(Refusal.UNKNOWN_DECISION, "the decision is not part of this case");
        }
        if (confirmedDecisions.contains(command.decisionId())) {
            throw new CommandRefused(Refusal.DECISION_ALREADY_CONFIRMED, "the decision was confirmed in writing");
        }
        apply(new AdministrativeDecisionConfirmed(caseId, command.decisionId()));
        meetLimit(TimeLimit.WRITTEN_CONFIRMATION, command.decisionId().toString(), clock, deadlines);
        return version();
    }

    @CommandHandler
    long handle(ResolveEscalation command, ConflictResolver conflicts, DeadlineManager deadlines) {
        requireCurrentVersion(conflicts);
        requireOpen();
        if (escalation == null) {
            throw new CommandRefused(Refusal.NO_ESCALATION_OPEN, "the case has no open escalation");
        }
        apply(new EscalationResolved(caseId, escalation));
        withdrawLimit(TimeLimit.CASE_CONFERENCE, BY_THE_USER, deadlines);
        withdrawLimit(TimeLimit.PROCESS_DIRECTOR, BY_THE_USER, deadlines);
        withdrawLimit(TimeLimit.CARE_MEETING, BY_THE_USER, deadlines);
        return version();
    }

    @CommandHandler
    long handle(ImposeHuisverbod command, ConflictResolver conflicts, DeadlineManager deadlines, Clock clock) {
        requireCurrentVersion(conflicts);
        requireOpen();
        if (huisverbodEndsOn != null) {
            throw new CommandRefused(Refusal.HUISVERBOD_RUNNING, "a huisverbod is running until " + huisverbodEndsOn);
        }
        if (!persons.contains(command.personId())) {
            throw new CommandRefused(Refusal.UNKNOWN_PERSON, "the person is not involved in this case");
        }
        LocalDate today = today(clock);
        if (command.imposedOn().isAfter(today)) {
            throw new CommandRefused(Refusal.HUISVERBOD_IMPOSED_IN_FUTURE,
                    "a huisverbod is recorded once imposed, not before: " + command.imposedOn() + " is still to come");
        }
        if (command.imposedOn().isBefore(today.minusDays(HUISVERBOD_RECORDED_WITHIN_DAYS))) {
            throw new CommandRefused(Refusal.HUISVERBOD_IMPOSED_TOO_LONG_AGO, "a huisverbod is recorded within "
                    + HUISVERBOD_RECORDED_WITHIN_DAYS + " days of being imposed, not on " + command.imposedOn());
        }
        LocalDate endsOn = command.imposedOn().plusDays(HUISVERBOD_DAYS);
        apply(new HuisverbodImposed(caseId, command.personId(), command.imposedOn(), endsOn));
        setLimit(TimeLimit.HUISVERBOD_END, null, TimeLimits.endOf(endsOn), BY_THE_USER, deadlines);
        return version();
    }

    @CommandHandler
    long handle(ExtendHuisverbod command, ConflictResolver conflicts, DeadlineManager deadlines) {
        requireCurrentVersion(conflicts);
        requireOpen();
        requireHuisverbodRunning();
        if (!command.endsOn().isAfter(huisverbodEndsOn)) {
            throw new CommandRefused(Refusal.EXTENSION_NOT_LATER,
                    "an extension ends after the current end, " + huisverbodEndsOn);
        }
        LocalDate latest = huisverbodImposedOn.plusDays(HUISVERBOD_MAX_DAYS);
        if (command.endsOn().isAfter(latest)) {
            throw new CommandRefused(Refusal.HUISVERBOD_TOO_LONG,
                    "a huisverbod lasts at most " + HUISVERBOD_MAX_DAYS + " days: until " + latest + " at the latest");
        }
        apply(new HuisverbodExtended(caseId, huisverbodEndsOn, command.endsOn()));
        setLimit(TimeLimit.HUISVERBOD_END, null, TimeLimits.endOf(command.endsOn()), BY_THE_USER, deadlines);
        return version();
    }

    @CommandHandler
    long handle(EndHuisverbod command, ConflictResolver conflicts, DeadlineManager deadlines, Clock clock) {
        requireCurrentVersion(conflicts);
        requireOpen();
        requireHuisverbodRunning();
        if (command.endedOn().isAfter(today(clock))) {
            throw new CommandRefused(Refusal.END_IN_FUTURE,
                    "a huisverbod is recorded as ended once it ended: " + command.endedOn() + " is still to come");
        }
        if (command.reason() == HuisverbodEndReason.EXPIRED && command.endedOn().isBefore(huisverbodEndsOn)) {
            throw new CommandRefused(Refusal.EXPIRED_BEFORE_END,
                    "the huisverbod runs until " + huisverbodEndsOn + "; it cannot have expired on " + command.endedOn());
        }
        if (command.endedOn().isBefore(huisverbodImposedOn)) {
            throw new CommandRefused(Refusal.END_BEFORE_START,
                    "a huisverbod cannot end before it was imposed, on " + huisverbodImposedOn);
        }
        if (command.endedOn().isAfter(huisverbodEndsOn)) {
            throw new CommandRefused(Refusal.END_AFTER_TERM,
                    "the huisverbod ran until " + huisverbodEndsOn + "; it cannot end later");
        }
        apply(new HuisverbodEnded(caseId, command.endedOn(), command.reason()));
        withdrawLimit(TimeLimit.HUISVERBOD_END, BY_THE_USER, deadlines);
        return version();
    }

    /** Allowed after closure too: feedback to the reporter is owed in every case. */
    @CommandHandler
    long handle(InformReporter command, ConflictResolver conflicts) {
        requireCurrentVersion(conflicts);
        Reporter reporter = reporters.get(command.reportId());
        if (reporter == null) {
            throw new CommandRefused(Refusal.UNKNOWN_REPORT, "the report is not part of this case");
        }
        if (reporter.isAnonymous()) {
            throw new CommandRefused(Refusal.ANONYMOUS_REPORTER, "an anonymous reporter cannot be informed");
        }
        apply(new ReporterInformed(caseId, command.reportId()));
        return version();
    }

    @CommandHandler
    long handle(CloseCase command, ConflictResolver conflicts, DeadlineManager deadlines) {
        requireCurrentVersion(conflicts);
        requireOpen();
        if (huisverbodEndsOn != null) {
            throw new CommandRefused(Refusal.HUISVERBOD_RUNNING,
                    "a case is not closed while a huisverbod runs (until " + huisverbodEndsOn + ")");
        }
        if (escalation != null) {
            throw new CommandRefused(Refusal.ESCALATION_OPEN,
                    "a case is not closed while an escalation is open (step " + escalation.level() + ")");
        }
        apply(new CaseClosed(caseId, command.reason()));
        // a closed case waits for nothing more
        clearLimits(runningLimits.values().stream()
                .map(running -> new TimeLimits.Clearing(running.due(), TimeLimitOutcome.WITHDRAWN)).toList(),
                BY_THE_USER, deadlines);
        return version();
    }

    /**
     * Allowed after closure too: the right to erasure outlives the case, and retention ends only after it. Personal
     * data is erased person by person; the rest of the case stays as it was.
     */
    @CommandHandler
    long handle(ErasePerson command, @MetaDataValue(AuditMetadata.REASON) String reason) {
        if (!isDataSubject(command.personId())) {
            throw new CommandRefused(Refusal.UNKNOWN_PERSON, "the case holds no personal data of that person");
        }
        if (erased.contains(command.personId())) {
            throw new CommandRefused(Refusal.PERSON_ALREADY_ERASED, "the personal data of that person was erased");
        }
        requireReason(reason, "erasing personal data");
        apply(new PersonErased(caseId, command.personId()));
        return version();
    }

    /**
     * The retention period of the closed file ended: every subject not yet erased is erased, one event each, with
     * the metadata the command came with (the ledger itself and the rule as the reason).
     */
    @CommandHandler
    long handle(EraseCaseData command, @MetaDataValue(AuditMetadata.REASON) String reason) {
        if (!closed) {
            throw new CommandRefused(Refusal.CASE_OPEN, "the data of an open case is not erased by a retention rule");
        }
        requireReason(reason, "erasing the personal data of a case");
        List<UUID> remaining = dataSubjects().stream().filter(subject -> !erased.contains(subject)).toList();
        remaining.forEach(subject -> apply(new PersonErased(caseId, subject)));
        return version();
    }

    /** @return the people of the case and the reporters who left contact details: everyone with personal data */
    private List<UUID> dataSubjects() {
        List<UUID> subjects = new ArrayList<>(persons);
        reporters.forEach((reportId, reporter) -> {
            if (reporter.contact() != null) {
                subjects.add(reportId);
            }
        });
        return subjects;
    }

    private boolean isDataSubject(UUID subject) {
        Reporter reporter = reporters.get(subject);
        return persons.contains(subject) || (reporter != null && reporter.contact() != null);
    }

    /**
     * A command given on an older version than the case's is a conflict before it is anything else: the user must
     * first see the case as it is now. (Axon would otherwise report it only after the rules were checked.)
     */
    private static void requireCurrentVersion(ConflictResolver conflicts) {
        conflicts.detectConflicts(laterEvents -> !laterEvents.isEmpty());
    }

    /**
     * Starts a limit, or moves the due moment of the running limit with the same subject. The id of the deadline that
     * watches it goes into the event's metadata, so that meeting the limit cancels just that deadline (cancelling by
     * name searches every scheduled deadline); it is the scheduler's business, not the published language's.
     */
    private void setLimit(TimeLimit limit, String subject, Instant dueAt, MetaData by, DeadlineManager deadlines) {
        TimeLimits.Due due = new TimeLimits.Due(limit, subject, dueAt);
        cancelDeadline(runningLimits.get(due.key()), deadlines);
        String deadlineId = deadlines.schedule(dueAt, TimeLimits.deadlineName(limit), due);
        apply(new TimeLimitSet(caseId, limit, subject, dueAt), by.and(TimeLimits.DEADLINE_ID, deadlineId));
    }

    /** Like {@link #setLimit}, but a limit running with this very due moment is left as it is. */
    private void setLimitUnlessDueAlready(TimeLimit limit, String subject, Instant dueAt, DeadlineManager deadlines) {
        TimeLimits.Running running = runningLimits.get(new TimeLimits.Key(limit, subject));
        if (running == null || !running.due().dueAt().equals(dueAt)) {
            setLimit(limit, subject, dueAt, BY_THE_USER, deadlines);
        }
    }

    /** The limit was met: in time, or late when its due moment has passed. Nothing happens when it is not running. */
    private void meetLimit(TimeLimit limit, String subject, Clock clock, DeadlineManager deadlines) {
        TimeLimits.Running running = runningLimits.get(new TimeLimits.Key(limit, subject));
        if (running != null) {
            clearLimit(running.due(), met(running, clock), BY_THE_USER, deadlines);
        }
    }

    /** A limit a case has one of no longer applies. Nothing happens when it is not running. */
    private void withdrawLimit(TimeLimit limit, MetaData by, DeadlineManager deadlines) {
        TimeLimits.Running running = runningLimits.get(new TimeLimits.Key(limit, null));
        if (running != null) {
            clearLimit(running.due(), TimeLimitOutcome.WITHDRAWN, by, deadlines);
        }
    }

    private void clearLimit(TimeLimits.Due due, TimeLimitOutcome outcome, MetaData by, DeadlineManager deadlines) {
        clearLimits(List.of(new TimeLimits.Clearing(due, outcome)), by, deadlines);
    }

    /** Clears limits and cancels their deadlines; a limit already missed has no deadline left. */
    private void clearLimits(List<TimeLimits.Clearing> clearings, MetaData by, DeadlineManager deadlines) {
        for (TimeLimits.Clearing clearing : clearings) {
            TimeLimits.Due due = clearing.due();
            cancelDeadline(runningLimits.get(due.key()), deadlines);
            apply(new TimeLimitCleared(caseId, due.limit(), due.subject(), due.dueAt(), clearing.outcome()), by);
        }
    }

    /**
     * Cancels the deadline watching a running limit. A limit set without a deadline id (none are recorded so) keeps
     * its deadline: when it fires, the handler finds the limit no longer running and does nothing.
     */
    private static void cancelDeadline(TimeLimits.Running running, DeadlineManager deadlines) {
        if (running != null && !running.missed() && running.deadlineId() != null
                && !TimeLimits.firing(running.due())) {
            deadlines.cancelSchedule(TimeLimits.deadlineName(running.due().limit()), running.deadlineId());
        }
    }

    /** @return met in time, or late when the limit is overdue: the rule every screen shows it by */
    private static TimeLimitOutcome met(TimeLimits.Running running, Clock clock) {
        return Overdue.at(running.due().dueAt(), running.missed(), clock.instant())
                ? TimeLimitOutcome.MET_LATE : TimeLimitOutcome.MET;
    }

    /** @return whether the deadline is about a limit that is running with that due moment and has not been missed */
    private boolean stillRunning(TimeLimits.Due due) {
        TimeLimits.Running running = runningLimits.get(due.key());
        return !closed && running != null && !running.missed() && running.due().dueAt().equals(due.dueAt());
    }

    /*
     * A missed limit is recorded and stays overdue until it is met or withdrawn; it never moves the escalation model by
     * itself. Escalating is a decision of the coordinator or the process director about stagnating help (seed 000
     * B2 §5.1), and the party accountable for the limit (TimeLimit.raisedWith) is the one to act on it.
     */

    @DeadlineHandler(deadlineName = TimeLimits.TRIAGE)
    void triageMissed(TimeLimits.Due due) {
        recordMissed(due, "triagetermijn van " + TimeLimits.TRIAGE_WORKING_DAYS + " werkdagen verstreken");
    }

    @DeadlineHandler(deadlineName = TimeLimits.PROCESS_DIRECTOR)
    void processDirectorMissed(TimeLimits.Due due) {
        recordMissed(due, "geen procesregisseur binnen " + TimeLimits.PROCESS_DIRECTOR_WORKING_DAYS + " werkdagen");
    }

    @DeadlineHandler(deadlineName = TimeLimits.CARE_MEETING)
    void careMeetingMissed(TimeLimits.Due due) {
        recordMissed(due, "zorgoverleg niet gehouden binnen de termijn van de procesregisseur");
    }

    /** The investigation took longer than the norm of 10 weeks: recorded, the investigation goes on. */
    @DeadlineHandler(deadlineName = TimeLimits.INVESTIGATION)
    void investigationMissed(TimeLimits.Due due) {
        recordMissed(due, "onderzoekstermijn van 10 weken verstreken");
    }

    /** only for urgent case conferences recorded before seed 000 B2 §5.1.2 was read right */
    @DeadlineHandler(deadlineName = TimeLimits.CASE_CONFERENCE)
    void caseConferenceMissed(TimeLimits.Due due) {
        recordMissed(due, "spoedcasusoverleg niet binnen " + TimeLimits.CASE_CONFERENCE_WORKING_DAYS
                + " werkdagen gehouden");
    }

    @DeadlineHandler(deadlineName = TimeLimits.WRITTEN_CONFIRMATION)
    void writtenConfirmationMissed(TimeLimits.Due due) {
        recordMissed(due, "bestuurlijk besluit niet binnen 24 uur schriftelijk bevestigd");
    }

    @DeadlineHandler(deadlineName = TimeLimits.PLAN_EVALUATION)
    void planEvaluationMissed(TimeLimits.Due due) {
        recordMissed(due, "evaluatie van het plan van " + due.subject() + " niet vastgelegd");
    }

    @DeadlineHandler(deadlineName = TimeLimits.TASK)
    void taskMissed(TimeLimits.Due due) {
        recordMissed(due, "taak uit het plan niet op tijd gedaan");
    }

    private void recordMissed(TimeLimits.Due due, String reason) {
        if (stillRunning(due)) {
            apply(new DeadlineMissed(caseId, due.limit(), due.subject(), due.dueAt()),
                    TimeLimits.bySystem(reason + "; gemeld aan " + TimeLimits.dutchName(due.limit().raisedWith())));
        }
    }

    /** A huisverbod that reached its end without an extension ends. */
    @DeadlineHandler(deadlineName = TimeLimits.HUISVERBOD_END)
    void huisverbodReachedItsEnd(TimeLimits.Due due) {
        if (stillRunning(due)) {
            MetaData bySystem = TimeLimits.bySystem("einddatum van het huisverbod bereikt zonder verlenging");
            apply(new HuisverbodEnded(caseId, huisverbodEndsOn, HuisverbodEndReason.EXPIRED), bySystem);
            // the deadline that fires here is done once this handler is; cancelling it would fail in the scheduler
            apply(new TimeLimitCleared(caseId, due.limit(), due.subject(), due.dueAt(), TimeLimitOutcome.EXPIRED),
                    bySystem);
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new CommandRefused(Refusal.CASE_CLOSED, "the case is closed");
        }
    }

    private void requireHuisverbodRunning() {
        if (huisverbodEndsOn == null) {
            throw new CommandRefused(Refusal.NO_HUISVERBOD_RUNNING, "no huisverbod is running");
        }
    }

    private static LocalDate today(Clock clock) {
        return clock.instant().atZone(AMSTERDAM).toLocalDate();
    }

    private static void requireNotInFuture(LocalDate date, Clock clock) {
        if (date.isAfter(today(clock))) {
            throw new CommandRefused(Refusal.DATE_IN_FUTURE, date + " is still to come");
        }
    }

    private static void requireReason(String reason, String what) {
        if (isBlank(reason)) {
            throw new CommandRefused(Refusal.REASON_REQUIRED, what + " needs a reason");
        }
    }

    private void requireKnownPersons(FamilyPlan plan) {
        for (Consent consent : plan.consents()) {
            if (!persons.contains(consent.personId())) {
                throw new CommandRefused(Refusal.UNKNOWN_PERSON, "consent is given by a person not involved in the case");
            }
            // a new opinion would be new personal data of a subject whose key is gone: it could not be erased
            if (consent.clientOpinion() != null && erased.contains(consent.personId())) {
                throw new CommandRefused(Refusal.PERSON_ERASED,
                        "the personal data of that person was erased: record the consent without an opinion");
            }
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static long version() {
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(ReportReceived event) {
        caseId = event.caseId();
        household = event.household();
        if (region == null) {
            region = MUNICIPALITIES.regionOf(event.municipality()).orElse(null);
        }
        reporters.put(event.reportId(), event.reporter());
        event.persons().stream().map(InvolvedPerson::personId).forEach(persons::add);
        if (event.contactType() == ContactType.REPORT) {
            reportReceived = true;
            reportsAwaitingTriage++;
        }
    }

    @EventSourcingHandler
    void on(CodeAssigned event) {
        code = event.code();
    }

    @EventSourcingHandler
    void on(TriageDecided event) {
        investigationDecided = event.outcome() == TriageOutcome.VEILIG_THUIS_INVESTIGATION;
        reportsAwaitingTriage = 0;
    }

    @EventSourcingHandler
    void on(InvestigationStarted event) {
        // one triage decision, one investigation: another needs a new report and a new decision
        investigationDecided = false;
        investigationRunning = true;
    }

    @EventSourcingHandler
    void on(InvestigationConcluded event) {
        investigationRunning = false;
    }

    @EventSourcingHandler
    void on(CoordinatorAppointed event) {
        coordinator = event.coordinator();
    }

    @EventSourcingHandler
    void on(CoordinatorReplaced event) {
        coordinator = event.next();
    }

    @EventSourcingHandler
    void on(FamilyPlanAdopted event) {
        planVersion = event.planVersion();
        evaluationDates = List.copyOf(event.plan().evaluationDates());
        taskDueDates = dueDates(event.plan());
    }

    @EventSourcingHandler
    void on(FamilyPlanRevised event) {
        planVersion = event.planVersion();
        evaluationDates = List.copyOf(event.plan().evaluationDates());
        taskDueDates = dueDates(event.plan());
    }

    private static Map<UUID, LocalDate> dueDates(FamilyPlan plan) {
        Map<UUID, LocalDate> dueDates = new HashMap<>();
        plan.tasks().forEach(task -> dueDates.put(task.taskId(), task.dueDate()));
        return dueDates;
    }

    @EventSourcingHandler
    void on(FamilyPlanEvaluated event) {
        evaluated.add(event.evaluationDate());
    }

    @EventSourcingHandler
    void on(EscalationRaised event) {
        escalation = event.step();
    }

    @EventSourcingHandler
    void on(ProcessDirectorAppointed event) {
        processDirectorAppointed = true;
    }

    @EventSourcingHandler
    void on(CareMeetingCalled event) {
        careMeetingCalled = true;
    }

    @EventSourcingHandler
    void on(CareMeetingHeld event) {
        careMeetingCalled = false;
    }

    @EventSourcingHandler
    void on(AdministrativeDecisionTaken event) {
        decisions.add(event.decisionId());
    }

    @EventSourcingHandler
    void on(AdministrativeDecisionConfirmed event) {
        confirmedDecisions.add(event.decisionId());
    }

    @EventSourcingHandler
    void on(EscalationResolved event) {
        escalation = null;
        processDirectorAppointed = false;
        careMeetingCalled = false;
    }

    @EventSourcingHandler
    void on(HuisverbodImposed event) {
        huisverbodImposedOn = event.imposedOn();
        huisverbodEndsOn = event.endsOn();
    }

    @EventSourcingHandler
    void on(HuisverbodExtended event) {
        huisverbodEndsOn = event.endsOn();
    }

    @EventSourcingHandler
    void on(HuisverbodEnded event) {
        huisverbodImposedOn = null;
        huisverbodEndsOn = null;
    }

    @EventSourcingHandler
    void on(TimeLimitSet event, @MetaDataValue(TimeLimits.DEADLINE_ID) String deadlineId) {
        TimeLimits.Due due = new TimeLimits.Due(event.limit(), event.subject(), event.dueAt());
        runningLimits.put(due.key(), new TimeLimits.Running(due, false, deadlineId));
    }

    @EventSourcingHandler
    void on(DeadlineMissed event) {
        runningLimits.computeIfPresent(new TimeLimits.Key(event.limit(), event.subject()),
                (key, running) -> new TimeLimits.Running(running.due(), true, running.deadlineId()));
    }

    @EventSourcingHandler
    void on(TimeLimitCleared event) {
        runningLimits.remove(new TimeLimits.Key(event.limit(), event.subject()));
    }

    @EventSourcingHandler
    void on(CaseClosed event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(PersonErased event) {
        erased.add(event.personId());
    }
}
