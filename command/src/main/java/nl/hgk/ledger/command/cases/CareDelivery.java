package nl.hgk.ledger.command.cases;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.coordination.PlanTask;
import nl.hgk.ledger.events.delivery.ClientTransferred;
import nl.hgk.ledger.events.delivery.HelpEnded;
import nl.hgk.ledger.events.delivery.HelpStarted;
import nl.hgk.ledger.events.delivery.HelpStoppedEarly;
import nl.hgk.ledger.events.delivery.NoShowsReported;
import nl.hgk.ledger.events.delivery.OtherPartyProposed;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The help that carries out the tasks of the family plan, as the organisations that own them tell the coordinator
 * (seed 000 B2 §2.3): its start, its end with its effect, an early stop with its cause, repeated no-shows with their
 * possible causes, a transfer to another professional of the organisation, a proposal to involve another party.
 * <p>
 * Who gives a notice: the organisation that owns the task in the current plan version ({@link #ownedBy}), or a
 * colleague of it; the plan is the coordinator's and says who owns what. The seed's order of the help: a notice
 * about its end ({@link HelpEnded}) or early stop ({@link HelpStoppedEarly}, "tussentijds afbreken") follows its
 * start, and so does a transfer ("doorgeleiden" of a client already helped); repeated no-shows may come before the
 * help could start (the client misses the first appointments: "op momenten dat hem hulp zou worden geboden"), and so
 * may a proposal of another party. After the end or an early stop nothing more is told of that help.
 * <p>
 * A notice does not change the plan: the task's status stays the coordinator's, who revises the plan in the light of
 * the notices (and so meets, or withdraws, the task's time limit). The family plan view shows both. When a revision
 * gives the task to another organisation, its help starts anew with the new owner.
 */
class CareDelivery {

    /** "stelselmatig niet verschijnen": one missed appointment is not yet a pattern to report */
    static final int REPEATED = 2;

    private final Supplier<UUID> caseId;
    private final Coordination coordination;
    private final CaseTimeLimits limits;
    private final Map<UUID, Delivery> deliveries = new HashMap<>();

    /**
     * The help for one task by one owner: its start (absent until told), who gives it, and whether it is over.
     */
    private record Delivery(String owner, LocalDate startedOn, String professional, boolean over) {

        boolean started() {
            return startedOn != null;
        }
    }

    CareDelivery(Supplier<UUID> caseId, Coordination coordination, CaseTimeLimits limits) {
        this.caseId = caseId;
        this.coordination = coordination;
        this.limits = limits;
    }

    @CommandHandler
    long handle(NotifyHelpStarted command, LedgerUser actor) {
        PlanTask task = ownedBy(command, actor);
        Delivery delivery = goingOn(task);
        if (delivery.started()) {
            throw new CommandRefused(Refusal.HELP_ALREADY_STARTED,
                    "the help for this task started on " + delivery.startedOn());
        }
        CaseDates.requireNotInFuture(command.startedOn(), limits.now());
        String professional = command.professional() == null || command.professional().isBlank() ? actor.name()
                : command.professional().strip();
        apply(new HelpStarted(caseId.get(), task.taskId(), command.startedOn(), professional,
                coordination.coordinator()));
        return CaseVersions.current();
    }

    @CommandHandler
    long handle(NotifyHelpEnded command, LedgerUser actor) {
        PlanTask task = ownedBy(command, actor);
        requireEndAfterStart(goingOn(task), command.endedOn());
        apply(new HelpEnded(caseId.get(), task.taskId(), command.endedOn(), command.effect(),
                coordination.coordinator()));
        return CaseVersions.current();
    }

    @CommandHandler
    long handle(NotifyHelpStoppedEarly command, LedgerUser actor) {
        PlanTask task = ownedBy(command, actor);
        requireEndAfterStart(goingOn(task), command.stoppedOn());
        apply(new HelpStoppedEarly(caseId.get(), task.taskId(), command.stoppedOn(), command.cause(),
                coordination.coordinator()));
        return CaseVersions.current();
    }

    @CommandHandler
    long handle(NotifyNoShows command, LedgerUser actor) {
        PlanTask task = ownedBy(command, actor);
        goingOn(task);
        if (command.missedAppointments() < REPEATED) {
            throw new CommandRefused(Refusal.NO_SHOWS_NOT_REPEATED, "repeated no-shows are " + REPEATED
                    + " or more missed appointments, not " + command.missedAppointments());
        }
        if (command.causes() == null || command.causes().isEmpty()) {
            throw new CommandRefused(Refusal.NO_SHOW_CAUSE_REQUIRED,
                    "no-shows are told with their possible causes (UNKNOWN when none is known)");
        }
        apply(new NoShowsReported(caseId.get(), task.taskId(), command.missedAppointments(),
                Set.copyOf(command.causes()), coordination.coordinator()));
        return CaseVersions.current();
    }

    @CommandHandler
    long handle(NotifyClientTransferred command, LedgerUser actor) {
        PlanTask task = ownedBy(command, actor);
        Delivery delivery = goingOn(task);
        requireStarted(delivery);
        String next = command.professional().strip();
        if (next.equals(delivery.professional())) {
            throw new CommandRefused(Refusal.PROFESSIONAL_UNCHANGED, next + " already gives the help for this task");
        }
        apply(new ClientTransferred(caseId.get(), task.taskId(), delivery.professional(), next,
                coordination.coordinator()));
        return CaseVersions.current();
    }

    @CommandHandler
    long handle(ProposeOtherParty command, LedgerUser actor) {
        PlanTask task = ownedBy(command, actor);
        goingOn(task);
        String other = command.organisation().strip();
        if (other.equals(task.ownerOrganisation())) {
            throw new CommandRefused(Refusal.PROPOSAL_NAMES_THE_TASK_OWNER,
                    "a proposal names another party than " + task.ownerOrganisation() + ", which owns the task");
        }
        apply(new OtherPartyProposed(caseId.get(), task.taskId(), other, command.formOfHelp(),
                coordination.coordinator()));
        return CaseVersions.current();
    }

    /**
     * The one rule of who gives a notice: the organisation that owns the task in the current plan version (any of its
     * professionals: a colleague stands in), or the ledger itself.
     *
     * @return the task the notice is about
     */
    private PlanTask ownedBy(NotifyCoordinator notice, LedgerUser actor) {
        if (!coordination.hasPlan()) {
            throw new CommandRefused(Refusal.NO_PLAN, "a notice is about a task of the family plan; there is no plan");
        }
        PlanTask task = coordination.task(notice.taskId()).orElseThrow(() -> new CommandRefused(Refusal.UNKNOWN_TASK,
                "the current family plan has no task " + notice.taskId()));
        if (actor.role() != ActorRole.SYSTEM && !task.ownerOrganisation().equals(actor.organisation())) {
            throw new CommandRefused(Refusal.NOT_THE_TASK_OWNER, "the task is carried out by "
                    + task.ownerOrganisation() + "; a notice about it is theirs to give, not " + actor.organisation()
                    + "'s");
        }
        return task;
    }

    /** @return the task's help by its current owner, which has not ended */
    private Delivery goingOn(PlanTask task) {
        Delivery delivery = deliveries.get(task.taskId());
        if (delivery == null || !delivery.owner().equals(task.ownerOrganisation())) {
            return new Delivery(task.ownerOrganisation(), null, null, false);
        }
        if (delivery.over()) {
            throw new CommandRefused(Refusal.HELP_ALREADY_ENDED,
                    "the help for this task has ended; nothing more is told of it");
        }
        return delivery;
    }

    private static void requireStarted(Delivery delivery) {
        if (!delivery.started()) {
            throw new CommandRefused(Refusal.HELP_NOT_STARTED, "the start of the help for this task was not told");
        }
    }

    private void requireEndAfterStart(Delivery delivery, LocalDate end) {
        requireStarted(delivery);
        CaseDates.requireNotInFuture(end, limits.now());
        if (end.isBefore(delivery.startedOn())) {
            throw new CommandRefused(Refusal.HELP_ENDED_BEFORE_START,
                    "the help started on " + delivery.startedOn() + "; it cannot end on " + end);
        }
    }

    /** the organisation that owns the task now: the notice was checked against it when it was given */
    private String ownerOf(UUID taskId) {
        return coordination.task(taskId).map(PlanTask::ownerOrganisation).orElse("");
    }

    @EventSourcingHandler
    void on(HelpStarted event) {
        deliveries.put(event.taskId(), new Delivery(ownerOf(event.taskId()), event.startedOn(), event.professional(),
                false));
    }

    @EventSourcingHandler
    void on(ClientTransferred event) {
        deliveries.computeIfPresent(event.taskId(), (task, delivery) ->
                new Delivery(delivery.owner(), delivery.startedOn(), event.nextProfessional(), false));
    }

    @EventSourcingHandler
    void on(HelpEnded event) {
        over(event.taskId());
    }

    @EventSourcingHandler
    void on(HelpStoppedEarly event) {
        over(event.taskId());
    }

    private void over(UUID taskId) {
        deliveries.computeIfPresent(taskId, (task, delivery) ->
                new Delivery(delivery.owner(), delivery.startedOn(), delivery.professional(), true));
    }
}
