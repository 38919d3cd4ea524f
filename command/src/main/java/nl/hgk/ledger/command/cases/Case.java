package nl.hgk.ledger.command.cases;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.hgk.ledger.calendar.WorkingDays;
import nl.hgk.ledger.events.audit.AuditMetadata;
import nl.hgk.ledger.events.closure.CaseClosed;
import nl.hgk.ledger.events.coordination.Consent;
import nl.hgk.ledger.events.deadlines.DeadlineMissed;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.coordination.Coordinator;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.coordination.CoordinatorReplaced;
import nl.hgk.ledger.events.coordination.FamilyPlan;
import nl.hgk.ledger.events.coordination.FamilyPlanAdopted;
import nl.hgk.ledger.events.coordination.FamilyPlanRevised;
import nl.hgk.ledger.events.coordination.ProcessDirectorAppointed;
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
import nl.hgk.ledger.events.triage.CodeAssigned;
import nl.hgk.ledger.events.triage.InvestigationConcluded;
import nl.hgk.ledger.events.triage.InvestigationStarted;
import nl.hgk.ledger.events.triage.SafetyCode;
import nl.hgk.ledger.events.triage.TriageDecided;
import nl.hgk.ledger.events.triage.TriageOutcome;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The case of one household, from its first report to its closure. Every command handler checks the rules and
 * applies one event; it returns the case version that event produced, so that a client can edit again without
 * a stale version (the opening handler, a constructor, returns the new case's id; its version is 0). The event-sourcing handlers below only record the state the rules need.
 */
@Aggregate
class Case {

    /** a huisverbod lasts ten days from the day it is imposed (Wet tijdelijk huisverbod) */
    static final int HUISVERBOD_DAYS = 10;
    /** with extensions it never lasts longer than 28 days in total */
    static final int HUISVERBOD_MAX_DAYS = 28;

    @AggregateIdentifier
    private UUID caseId;
    private HouseholdKey household;
    private boolean closed;
    private final Map<UUID, Reporter> reporters = new HashMap<>();
    private final Set<UUID> persons = new HashSet<>();
    private boolean reportReceived;
    private int reportsAwaitingTriage;
    private SafetyCode code;
    private boolean investigationDecided;
    private boolean investigationRunning;
    private Coordinator coordinator;
    private int planVersion;
    private EscalationStep escalation;
    private boolean processDirectorAppointed;
    private LocalDate huisverbodImposedOn;
    private LocalDate huisverbodEndsOn;

    Case() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    Case(OpenCase command, DeadlineManager deadlines, Clock clock, WorkingDays workingDays) {
        apply(received(command.caseId(), command.report(), command.repeatOfCaseId()));
        if (command.report().contactType() == ContactType.REPORT) {
            scheduleTriage(deadlines, clock, workingDays);
        }
    }

    @CommandHandler
    long handle(BundleReport command, DeadlineManager deadlines, Clock clock, WorkingDays workingDays) {
        requireOpen();
        if (!household.equals(command.report().household())) {
            throw new CommandRefused(Refusal.OTHER_HOUSEHOLD, "the report is about another household than the case");
        }
        // the first report waiting for triage sets the limit; later ones are triaged with it
        boolean triageClockStarts = command.report().contactType() == ContactType.REPORT && reportsAwaitingTriage == 0;
        apply(received(caseId, command.report(), null));
        if (triageClockStarts) {
            scheduleTriage(deadlines, clock, workingDays);
        }
        return version();
    }

    private static void scheduleTriage(DeadlineManager deadlines, Clock clock, WorkingDays workingDays) {
        Instant due = TimeLimits.triageDue(clock.instant(), workingDays);
        deadlines.schedule(due, TimeLimits.TRIAGE, new TimeLimits.Due(TimeLimit.TRIAGE, due));
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
    long handle(DecideTriage command, ConflictResolver conflicts, DeadlineManager deadlines) {
        requireCurrentVersion(conflicts);
        requireOpen();
        if (code == null) {
            throw new CommandRefused(Refusal.NO_CODE, "triage is decided after a safety code is assigned");
        }
        if (reportsAwaitingTriage == 0) {
            throw new CommandRefused(Refusal.NOTHING_TO_TRIAGE, "every report of the case has been triaged");
        }
        apply(new TriageDecided(caseId, command.outcome()));
        deadlines.cancelAllWithinScope(TimeLimits.TRIAGE);
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
        Instant due = TimeLimits.investigationDue(clock.instant());
        deadlines.schedule(due, TimeLimits.INVESTIGATION, new TimeLimits.Due(TimeLimit.INVESTIGATION, due));
        return version();
    }

    @CommandHandler
    long handle(ConcludeInvestigation command, ConflictResolver conflicts, DeadlineManager deadlines) {
        requireCurrentVersion(conflicts);
        requireOpen();
        if (!investigationRunning) {
            throw new CommandRefused(Refusal.NO_INVESTIGATION_RUNNING, "no investigation is running");
        }
        apply(new InvestigationConcluded(caseId, command.conclusion()));
        deadlines.cancelAllWithinScope(TimeLimits.INVESTIGATION);
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
    long handle(AdoptFamilyPlan command, ConflictResolver conflicts) {
        requireCurrentVersion(conflicts);
        requireOpen();
        if (coordinator == null) {
            throw new CommandRefused(Refusal.NO_COORDINATOR, "a family plan needs a coordinator first");
        }
        if (planVersion > 0) {
            throw new CommandRefused(Refusal.PLAN_ALREADY_ADOPTED, "the plan was adopted; revise it instead");
        }
        requireKnownPersons(command.plan());
        apply(new FamilyPlanAdopted(caseId, 1, command.plan()));
        return version();
    }

    @CommandHandler
    long handle(ReviseFamilyPlan command, @MetaDataValue(AuditMetadata.REASON) String reason,
                ConflictResolver conflicts) {
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
        apply(new FamilyPlanRevised(caseId, command.planVersion(), command.plan()));
        return version();
    }

    @CommandHandler
    long handle(RaiseEscalation command, @MetaDataValue(AuditMetadata.REASON) String reason,
                ConflictResolver conflicts, DeadlineManager deadlines, Clock clock, WorkingDays workingDays) {
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
        scheduleProcessDirectorWhenDue(deadlines, clock, workingDays);
        return version();
    }

    @CommandHandler
    long handle(AppointProcessDirector command, ConflictResolver conflicts, DeadlineManager deadlines) {
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
        deadlines.cancelAllWithinScope(TimeLimits.PROCESS_DIRECTOR);
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
        deadlines.cancelAllWithinScope(TimeLimits.PROCESS_DIRECTOR);
        return version();
    }

    @CommandHandler
    long handle(ImposeHuisverbod command, ConflictResolver conflicts, DeadlineManager deadlines) {
        requireCurrentVersion(conflicts);
        requireOpen();
        if (huisverbodEndsOn != null) {
            throw new CommandRefused(Refusal.HUISVERBOD_RUNNING, "a huisverbod is running until " + huisverbodEndsOn);
        }
        if (!persons.contains(command.personId())) {
            throw new CommandRefused(Refusal.UNKNOWN_PERSON, "the person is not involved in this case");
        }
        LocalDate endsOn = command.imposedOn().plusDays(HUISVERBOD_DAYS);
        apply(new HuisverbodImposed(caseId, command.personId(), command.imposedOn(), endsOn));
        scheduleHuisverbodEnd(deadlines, endsOn);
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
        deadlines.cancelAllWithinScope(TimeLimits.HUISVERBOD_END);
        scheduleHuisverbodEnd(deadlines, command.endsOn());
        return version();
    }

    @CommandHandler
    long handle(EndHuisverbod command, ConflictResolver conflicts, DeadlineManager deadlines) {
        requireCurrentVersion(conflicts);
        requireOpen();
        requireHuisverbodRunning();
        if (command.endedOn().isBefore(huisverbodImposedOn)) {
            throw new CommandRefused(Refusal.END_BEFORE_START,
                    "a huisverbod cannot end before it was imposed, on " + huisverbodImposedOn);
        }
        if (command.endedOn().isAfter(huisverbodEndsOn)) {
            throw new CommandRefused(Refusal.END_AFTER_TERM,
                    "the huisverbod ran until " + huisverbodEndsOn + "; it cannot end later");
        }
        apply(new HuisverbodEnded(caseId, command.endedOn(), command.reason()));
        deadlines.cancelAllWithinScope(TimeLimits.HUISVERBOD_END);
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
        // a closed case waits for nothing more (a running huisverbod refuses closure above, so its end is gone)
        deadlines.cancelAllWithinScope(TimeLimits.TRIAGE);
        deadlines.cancelAllWithinScope(TimeLimits.INVESTIGATION);
        return version();
    }

    /**
     * A command given on an older version than the case's is a conflict before it is anything else: the user must
     * first see the case as it is now. (Axon would otherwise report it only after the rules were checked.)
     */
    private static void requireCurrentVersion(ConflictResolver conflicts) {
        conflicts.detectConflicts(laterEvents -> !laterEvents.isEmpty());
    }

    private static void scheduleHuisverbodEnd(DeadlineManager deadlines, LocalDate endsOn) {
        deadlines.schedule(TimeLimits.huisverbodEnds(endsOn), TimeLimits.HUISVERBOD_END,
                new TimeLimits.HuisverbodEnds(endsOn));
    }

    /**
     * Triage did not come within 5 working days: that is recorded, and the case is escalated one step, by the ledger
     * itself, so that it cannot be forgotten.
     */
    @DeadlineHandler(deadlineName = TimeLimits.TRIAGE)
    void triageMissed(TimeLimits.Due due, DeadlineManager deadlines, Clock clock, WorkingDays workingDays) {
        if (closed || reportsAwaitingTriage == 0) {
            return;
        }
        String reason = "triagetermijn van " + TimeLimits.TRIAGE_WORKING_DAYS + " werkdagen verstreken";
        apply(new DeadlineMissed(caseId, TimeLimit.TRIAGE, due.dueAt()), TimeLimits.bySystem(reason));
        escalateBySystem(reason, deadlines, clock, workingDays);
    }

    /**
     * No process director within 2 working days of step 4: recorded, and the case goes to step 5, where the
     * municipality decides.
     */
    @DeadlineHandler(deadlineName = TimeLimits.PROCESS_DIRECTOR)
    void processDirectorMissed(TimeLimits.Due due, DeadlineManager deadlines, Clock clock, WorkingDays workingDays) {
        if (closed || processDirectorAppointed || escalation != EscalationStep.PROCESS_DIRECTOR) {
            return;
        }
        String reason = "geen procesregisseur binnen " + TimeLimits.PROCESS_DIRECTOR_WORKING_DAYS + " werkdagen";
        apply(new DeadlineMissed(caseId, TimeLimit.PROCESS_DIRECTOR, due.dueAt()), TimeLimits.bySystem(reason));
        escalateBySystem(reason, deadlines, clock, workingDays);
    }

    /** One step up, by the ledger itself; not past step 5. */
    private void escalateBySystem(String reason, DeadlineManager deadlines, Clock clock, WorkingDays workingDays) {
        int current = escalation == null ? 0 : escalation.level();
        if (current < EscalationStep.values().length) {
            apply(new EscalationRaised(caseId, EscalationStep.values()[current], escalation, null),
                    TimeLimits.bySystem(reason));
            scheduleProcessDirectorWhenDue(deadlines, clock, workingDays);
        }
    }

    /** Reaching step 4 starts the 2 working days in which a process director must take over. */
    private void scheduleProcessDirectorWhenDue(DeadlineManager deadlines, Clock clock, WorkingDays workingDays) {
        if (escalation == EscalationStep.PROCESS_DIRECTOR) {
            Instant due = TimeLimits.processDirectorDue(clock.instant(), workingDays);
            deadlines.schedule(due, TimeLimits.PROCESS_DIRECTOR, new TimeLimits.Due(TimeLimit.PROCESS_DIRECTOR, due));
        }
    }

    /** The investigation took longer than the norm of 10 weeks: recorded, the investigation goes on. */
    @DeadlineHandler(deadlineName = TimeLimits.INVESTIGATION)
    void investigationMissed(TimeLimits.Due due) {
        if (!closed && investigationRunning) {
            apply(new DeadlineMissed(caseId, TimeLimit.INVESTIGATION, due.dueAt()),
                    TimeLimits.bySystem("onderzoekstermijn van 10 weken verstreken"));
        }
    }

    /** A huisverbod that reached its end without an extension ends. */
    @DeadlineHandler(deadlineName = TimeLimits.HUISVERBOD_END)
    void huisverbodReachedItsEnd(TimeLimits.HuisverbodEnds ends) {
        if (!closed && ends.endsOn().equals(huisverbodEndsOn)) {
            apply(new HuisverbodEnded(caseId, ends.endsOn(), HuisverbodEndReason.EXPIRED),
                    TimeLimits.bySystem("einddatum van het huisverbod bereikt zonder verlenging"));
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
    }

    @EventSourcingHandler
    void on(FamilyPlanRevised event) {
        planVersion = event.planVersion();
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
    void on(EscalationResolved event) {
        escalation = null;
        processDirectorAppointed = false;
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
    void on(CaseClosed event) {
        closed = true;
    }
}
