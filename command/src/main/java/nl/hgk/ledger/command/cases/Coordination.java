package nl.hgk.ledger.command.cases;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.events.audit.AuditMetadata;
import nl.hgk.ledger.events.audit.OrganisationType;
import nl.hgk.ledger.events.coordination.Coordinator;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.coordination.CoordinatorReplaced;
import nl.hgk.ledger.events.coordination.FamilyPlan;
import nl.hgk.ledger.events.coordination.FamilyPlanAdopted;
import nl.hgk.ledger.events.coordination.FamilyPlanEvaluated;
import nl.hgk.ledger.events.coordination.FamilyPlanRevised;
import nl.hgk.ledger.events.coordination.PlanTask;
import nl.hgk.ledger.events.coordination.TaskStatus;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.deadlines.TimeLimitOutcome;
import nl.hgk.ledger.events.escalation.CoordinationReturned;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

/**
 * The coordinator and the family plan: "1 gezin, 1 plan, 1 regisseur" (seed 000 B2 §2.2-§3.2). A plan needs a
 * coordinator and the consents the law asks ({@link PlanConsents}); every change is a new version; its tasks and
 * evaluation dates are time limits. The plan is the
 * coordinating organisation's: its coordinator, or a colleague of the same organisation standing in, adopts, revises
 * and evaluates it ({@link #coordinatedBy}); coordination is handed over by that organisation, by Veilig Thuis, or by
 * the process director of an escalation.
 */
class Coordination {

    private final Supplier<UUID> caseId;
    private final CaseParties parties;
    private final Triage triage;
    private final CaseTimeLimits limits;
    private final ProcessDirection direction;
    private Coordinator coordinator;
    private int planVersion;
    private List<LocalDate> evaluationDates = List.of();
    private Map<UUID, LocalDate> taskDueDates = Map.of();
    private Map<UUID, PlanTask> tasks = Map.of();
    private final Set<LocalDate> evaluated = new HashSet<>();

    Coordination(Supplier<UUID> caseId, CaseParties parties, Triage triage, CaseTimeLimits limits,
                 ProcessDirection direction) {
        this.caseId = caseId;
        this.parties = parties;
        this.triage = triage;
        this.limits = limits;
        this.direction = direction;
    }

    /** @return the coordinator; absent before one is appointed */
    Coordinator coordinator() {
        return coordinator;
    }

    /**
     * @return whether {@code actor} acts for the coordinating organisation: the coordinator, or a colleague of the same
     *         organisation standing in (or the ledger itself); nobody does while the case has no coordinator
     */
    boolean coordinatedBy(LedgerUser actor) {
        return coordinator != null && actor.actsFor(coordinator.organisation());
    }

    /** A step of the coordinator's: refused to anyone else, and while the case has no coordinator. */
    void requireCoordinatedBy(LedgerUser actor, String what) {
        if (coordinator == null) {
            throw new CommandRefused(Refusal.NOT_THE_COORDINATOR, what + " is the coordinator's, and the case has no "
                    + "coordinator yet: appoint one first");
        }
        if (!coordinatedBy(actor)) {
            throw new CommandRefused(Refusal.NOT_THE_COORDINATOR, what + " is for the coordinating organisation ("
                    + coordinator.organisation() + "), not " + actor.organisation());
        }
    }

    boolean hasCoordinator() {
        return coordinator != null;
    }

    /** @return whether a plan was adopted */
    boolean hasPlan() {
        return planVersion > 0;
    }

    /** @return the task of the current plan version with this id, absent when the plan has none */
    Optional<PlanTask> task(UUID taskId) {
        return Optional.ofNullable(tasks.get(taskId));
    }

    @CommandHandler
    long handle(AppointCoordinator command) {
        if (coordinator != null) {
            throw new CommandRefused(Refusal.COORDINATOR_ALREADY_APPOINTED,
                    "the case has a coordinator; reassign coordination instead");
        }
        triage.requireCodeDetermined();
        requireOfTheFamily(command.coordinator());
        apply(new CoordinatorAppointed(caseId.get(), command.coordinator()));
        return CaseVersions.current();
    }

    @CommandHandler
    long handle(ReplaceCoordinator command, @MetaDataValue(AuditMetadata.REASON) String reason, LedgerUser actor) {
        if (coordinator == null) {
            throw new CommandRefused(Refusal.NO_COORDINATOR, "the case has no coordinator to replace");
        }
        // the coordinator hands over; Veilig Thuis and the process director assign coordination anew (B2 §5.1.5)
        if (!coordinatedBy(actor) && actor.organisationType() != OrganisationType.VEILIG_THUIS
                && !direction.directedBy(actor)) {
            throw new CommandRefused(Refusal.NOT_THE_COORDINATOR, "coordination is handed over by the coordinating "
                    + "organisation (" + coordinator.organisation() + "), by Veilig Thuis or by the process director, "
                    + "not by " + actor.organisation());
        }
        if (coordinator.equals(command.coordinator())) {
            throw new CommandRefused(Refusal.COORDINATOR_UNCHANGED, "that coordinator already coordinates the case");
        }
        CommandRefused.unlessReasonGiven(reason, "reassigning coordination");
        requireOfTheFamily(command.coordinator());
        apply(new CoordinatorReplaced(caseId.get(), coordinator, command.coordinator()));
        return CaseVersions.current();
    }

    @CommandHandler
    long handle(AdoptFamilyPlan command, LedgerUser actor) {
        if (coordinator == null) {
            throw new CommandRefused(Refusal.NO_COORDINATOR, "a family plan needs a coordinator first");
        }
        requireCoordinatedBy(actor, "adopting the family plan");
        if (planVersion > 0) {
            throw new CommandRefused(Refusal.PLAN_ALREADY_ADOPTED, "the plan was adopted; revise it instead");
        }
        PlanConsents.require(command.plan().consents(), parties, CaseDates.today(limits.now()));
        requireNewDatesAhead(command.plan());
        apply(new FamilyPlanAdopted(caseId.get(), 1, command.plan()));
        follow(command.plan());
        return CaseVersions.current();
    }

    @CommandHandler
    long handle(ReviseFamilyPlan command, @MetaDataValue(AuditMetadata.REASON) String reason, LedgerUser actor) {
        if (planVersion == 0) {
            throw new CommandRefused(Refusal.NO_PLAN, "there is no adopted plan to revise");
        }
        requireCoordinatedBy(actor, "revising the family plan");
        if (command.planVersion() != planVersion + 1) {
            throw new CommandRefused(Refusal.WRONG_PLAN_VERSION,
                    "the revision must be plan version " + (planVersion + 1) + ", not " + command.planVersion());
        }
        CommandRefused.unlessReasonGiven(reason, "revising the plan");
        PlanConsents.require(command.plan().consents(), parties, CaseDates.today(limits.now()));
        requireNewDatesAhead(command.plan());
        apply(new FamilyPlanRevised(caseId.get(), command.planVersion(), command.plan()));
        follow(command.plan());
        return CaseVersions.current();
    }

    @CommandHandler
    long handle(EvaluateFamilyPlan command, LedgerUser actor) {
        if (planVersion == 0) {
            throw new CommandRefused(Refusal.NO_PLAN, "there is no adopted plan to evaluate");
        }
        requireCoordinatedBy(actor, "evaluating the family plan");
        if (!evaluationDates.contains(command.evaluationDate())) {
            throw new CommandRefused(Refusal.NOT_AN_EVALUATION_DATE,
                    command.evaluationDate() + " is not an evaluation date of plan version " + planVersion);
        }
        if (evaluated.contains(command.evaluationDate())) {
            throw new CommandRefused(Refusal.EVALUATION_ALREADY_RECORDED,
                    "the evaluation of " + command.evaluationDate() + " was recorded");
        }
        apply(new FamilyPlanEvaluated(caseId.get(), planVersion, command.evaluationDate()));
        limits.meet(TimeLimit.PLAN_EVALUATION, command.evaluationDate().toString());
        return CaseVersions.current();
    }

    /**
     * An evaluation date or an open task's due date that a plan version sets (new, or moved) lies today or later: a
     * date already past would start a limit that is missed the moment it is set. Dates kept from the version before
     * may have passed.
     */
    private void requireNewDatesAhead(FamilyPlan plan) {
        LocalDate today = CaseDates.today(limits.now());
        for (LocalDate date : plan.evaluationDates()) {
            if (date.isBefore(today) && !evaluationDates.contains(date)) {
                throw new CommandRefused(Refusal.EVALUATION_DATE_IN_PAST,
                        "the evaluation date " + date + " has passed");
            }
        }
        for (PlanTask task : plan.tasks()) {
            if (isOpen(task) && task.dueDate().isBefore(today)
                    && !task.dueDate().equals(taskDueDates.get(task.taskId()))) {
                throw new CommandRefused(Refusal.DUE_DATE_IN_PAST, "the task \"" + task.description()
                        + "\" cannot be due on " + task.dueDate() + ", a day that has passed");
            }
        }
    }

    /**
     * The limits of a plan version: each task not done or stopped by the end of its due date, each evaluation date
     * not yet evaluated. A task done meets its limit; a task stopped or gone, or an evaluation date gone, withdraws
     * it; a due date moved moves it.
     */
    private void follow(FamilyPlan plan) {
        Map<String, PlanTask> tasks = new HashMap<>();
        plan.tasks().forEach(task -> tasks.put(task.taskId().toString(), task));
        List<TimeLimits.Clearing> clearings = new ArrayList<>();
        for (TimeLimits.Running running : limits.running()) {
            TimeLimits.Due due = running.due();
            if (due.limit() == TimeLimit.TASK) {
                PlanTask task = tasks.get(due.subject());
                if (task == null || task.status() == TaskStatus.STOPPED) {
                    clearings.add(new TimeLimits.Clearing(due, TimeLimitOutcome.WITHDRAWN));
                } else if (task.status() == TaskStatus.DONE) {
                    clearings.add(new TimeLimits.Clearing(due, limits.met(due)));
                }
            } else if (due.limit() == TimeLimit.PLAN_EVALUATION
                    && !plan.evaluationDates().contains(LocalDate.parse(due.subject()))) {
                clearings.add(new TimeLimits.Clearing(due, TimeLimitOutcome.WITHDRAWN));
            }
        }
        limits.clear(clearings);
        for (PlanTask task : plan.tasks()) {
            if (isOpen(task)) {
                limits.startUnlessDueAlready(TimeLimit.TASK, task.taskId().toString(), TimeLimits.endOf(task.dueDate()));
            }
        }
        for (LocalDate date : plan.evaluationDates()) {
            if (!evaluated.contains(date)) {
                limits.startUnlessDueAlready(TimeLimit.PLAN_EVALUATION, date.toString(), TimeLimits.endOf(date));
            }
        }
    }

    private static boolean isOpen(PlanTask task) {
        return task.status() == TaskStatus.PLANNED || task.status() == TaskStatus.STARTED;
    }

    /**
     * A parent who coordinates is a person of the case whose data is kept: the views name them from the case's
     * persons, and the name of an erased person is gone.
     */
    private void requireOfTheFamily(Coordinator next) {
        if (!next.byTheFamily()) {
            return;
        }
        if (!parties.isPerson(next.personId())) {
            throw new CommandRefused(Refusal.UNKNOWN_PERSON, "the family's coordinator is not a person of the case");
        }
        if (parties.isErased(next.personId())) {
            throw new CommandRefused(Refusal.PERSON_ERASED,
                    "the personal data of that person was erased: they cannot be named as the family's coordinator");
        }
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
    void on(CoordinationReturned event) {
        coordinator = event.coordinator();
    }

    @EventSourcingHandler
    void on(FamilyPlanAdopted event) {
        onPlan(event.planVersion(), event.plan());
    }

    @EventSourcingHandler
    void on(FamilyPlanRevised event) {
        onPlan(event.planVersion(), event.plan());
    }

    private void onPlan(int version, FamilyPlan plan) {
        planVersion = version;
        evaluationDates = List.copyOf(plan.evaluationDates());
        Map<UUID, LocalDate> dueDates = new HashMap<>();
        plan.tasks().forEach(task -> dueDates.put(task.taskId(), task.dueDate()));
        taskDueDates = dueDates;
        Map<UUID, PlanTask> current = new HashMap<>();
        plan.tasks().forEach(task -> current.put(task.taskId(), task));
        tasks = current;
    }

    @EventSourcingHandler
    void on(FamilyPlanEvaluated event) {
        evaluated.add(event.evaluationDate());
    }
}
