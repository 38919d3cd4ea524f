package nl.hgk.ledger.command.cases;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.events.coordination.ProcessDirector;
import nl.hgk.ledger.events.coordination.ProcessDirectorAppointed;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.escalation.CareMeetingCalled;
import nl.hgk.ledger.events.escalation.CareMeetingHeld;
import nl.hgk.ledger.events.escalation.CareOrderConcluded;
import nl.hgk.ledger.events.escalation.CareOrdered;
import nl.hgk.ledger.events.escalation.CoordinationReturned;
import nl.hgk.ledger.events.escalation.EscalationResolved;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.events.escalation.PartyManagersConsulted;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The process director (procesregisseur) of escalation step 4 and what only they do (seed 000 B2 §5.2): the Meldpunt
 * appoints one within 2 working days; the process director's organisation calls and holds the care meeting (within 2
 * working days when urgent) and orders a party to deliver care (doorzettingsmacht), monitored until a date it sets.
 * The process director's other decisions change the escalation's step and are {@link Escalation}'s; they ask here who
 * directs ({@link #requireDirectedBy}).
 * <p>
 * The takeover is temporary: it ends with the escalation (resolved, coordination returned) and when the process
 * director hands the case back to the managers of the parties (step 3's level). A care order outlives it: the
 * organisation that gave it concludes it, and its limit stays on the board until then.
 */
class ProcessDirection {

    private final Supplier<UUID> caseId;
    private final CaseTimeLimits limits;
    private final Supplier<EscalationStep> step;
    private ProcessDirector processDirector;
    private boolean careMeetingCalled;
    private LocalDate careMeetingCalledOn;
    /** every care order of the case by its id, with the organisation of the process director who gave it */
    private final Map<UUID, CareOrder> careOrders = new HashMap<>();

    private record CareOrder(String orderedBy, boolean concluded) {
    }

    /** @param step the escalation step the case is at, absent when none is open */
    ProcessDirection(Supplier<UUID> caseId, CaseTimeLimits limits, Supplier<EscalationStep> step) {
        this.caseId = caseId;
        this.limits = limits;
        this.step = step;
    }

    boolean isAppointed() {
        return processDirector != null;
    }

    /** @return whether {@code actor} acts for the organisation of the appointed process director (or is the ledger) */
    boolean directedBy(LedgerUser actor) {
        return processDirector != null && actor.actsFor(processDirector.organisation());
    }

    /**
     * A step of the process director's: refused before one is appointed (the Meldpunt appoints one first), and to
     * anyone who does not act for the process director's organisation.
     */
    void requireDirectedBy(LedgerUser actor, String what) {
        if (processDirector == null) {
            throw new CommandRefused(Refusal.NO_PROCESS_DIRECTOR, what + " is the process director's; the Meldpunt "
                    + "must appoint one first");
        }
        if (!directedBy(actor)) {
            throw new CommandRefused(Refusal.NOT_THE_PROCESS_DIRECTOR, what + " is for the process director's "
                    + "organisation (" + processDirector.organisation() + "), not " + actor.organisation());
        }
    }

    @CommandHandler
    long handle(AppointProcessDirector command) {
        if (!atStepFourOrFive()) {
            throw new CommandRefused(Refusal.NOT_AT_PROCESS_DIRECTOR_STEP,
                    "a process director is appointed when the case is escalated to step 4");
        }
        if (processDirector != null) {
            throw new CommandRefused(Refusal.PROCESS_DIRECTOR_ALREADY_APPOINTED,
                    "this escalation has its process director");
        }
        apply(new ProcessDirectorAppointed(caseId.get(), command.processDirector()));
        limits.meet(TimeLimit.PROCESS_DIRECTOR, null);
        return CaseVersions.current();
    }

    /**
     * The process director decides whether a care meeting is needed and calls it: within 2 working days when urgent,
     * otherwise within a term the process director sets (B2 §5.2.3).
     */
    @CommandHandler
    long handle(CallCareMeeting command, LedgerUser actor) {
        if (!atStepFourOrFive() || processDirector == null) {
            throw new CommandRefused(Refusal.NO_PROCESS_DIRECTOR,
                    "a care meeting is called by the process director of escalation step 4");
        }
        requireDirectedBy(actor, "calling a care meeting");
        if (careMeetingCalled) {
            throw new CommandRefused(Refusal.CARE_MEETING_ALREADY_CALLED, "a care meeting was called and not yet held");
        }
        Instant due;
        if (command.urgent()) {
            if (command.meetBy() != null) {
                throw new CommandRefused(Refusal.URGENT_MEETING_HAS_NO_DATE,
                        "an urgent care meeting is held within 2 working days; it takes no date");
            }
            due = TimeLimits.careMeetingDue(limits.now(), limits.workingDays());
        } else {
            if (command.meetBy() == null) {
                throw new CommandRefused(Refusal.MEETING_DATE_REQUIRED,
                        "a care meeting that is not urgent needs the date the process director sets for it");
            }
            CaseDates.requireNotPast(command.meetBy(), limits.now(), "the care meeting");
            due = TimeLimits.endOf(command.meetBy());
        }
        apply(new CareMeetingCalled(caseId.get(), command.urgent(), command.meetBy()));
        limits.start(TimeLimit.CARE_MEETING, null, due);
        return CaseVersions.current();
    }

    @CommandHandler
    long handle(HoldCareMeeting command, LedgerUser actor) {
        if (!careMeetingCalled) {
            throw new CommandRefused(Refusal.NO_CARE_MEETING_CALLED, "no care meeting was called");
        }
        requireDirectedBy(actor, "holding the care meeting");
        CaseDates.requireNotInFuture(command.heldOn(), limits.now());
        CaseDates.requireHeldAfter(command.heldOn(), careMeetingCalledOn, "it was called");
        apply(new CareMeetingHeld(caseId.get(), command.heldOn()));
        limits.meet(TimeLimit.CARE_MEETING, null);
        return CaseVersions.current();
    }

    /** Doorzettingsmacht (B2 §5.2.2): at step 4, by the process director; the party is monitored to the end of a day. */
    @CommandHandler
    long handle(OrderCare command, LedgerUser actor) {
        if (step.get() != EscalationStep.PROCESS_DIRECTOR) {
            throw new CommandRefused(Refusal.NOT_AT_PROCESS_DIRECTOR_STEP,
                    "a party is ordered to deliver care by the process director at escalation step 4");
        }
        requireDirectedBy(actor, "ordering care");
        if (careOrders.containsKey(command.orderId())) {
            throw new CommandRefused(Refusal.CARE_ORDER_ALREADY_RECORDED, "this care order was recorded");
        }
        CaseDates.requireNotPast(command.monitoredUntil(), limits.now(), "the monitoring of the care order");
        apply(new CareOrdered(caseId.get(), command.orderId(), command.party(), command.care(),
                command.monitoredUntil()));
        limits.start(TimeLimit.CARE_ORDER, command.orderId().toString(), TimeLimits.endOf(command.monitoredUntil()));
        return CaseVersions.current();
    }

    /** By the organisation that gave the order, also once step 4 is over: the monitoring was agreed for a period. */
    @CommandHandler
    long handle(ConcludeCareOrder command, LedgerUser actor) {
        CareOrder order = careOrders.get(command.orderId());
        if (order == null) {
            throw new CommandRefused(Refusal.UNKNOWN_CARE_ORDER, "the care order is not part of this case");
        }
        if (!actor.actsFor(order.orderedBy())) {
            throw new CommandRefused(Refusal.NOT_THE_PROCESS_DIRECTOR, "a care order is concluded by the process "
                    + "director's organisation that gave it (" + order.orderedBy() + "), not " + actor.organisation());
        }
        if (order.concluded()) {
            throw new CommandRefused(Refusal.CARE_ORDER_ALREADY_CONCLUDED, "the care order was concluded");
        }
        apply(new CareOrderConcluded(caseId.get(), command.orderId(), command.complied()));
        limits.meet(TimeLimit.CARE_ORDER, command.orderId().toString());
        return CaseVersions.current();
    }

    private boolean atStepFourOrFive() {
        EscalationStep current = step.get();
        return current != null && current.level() >= EscalationStep.PROCESS_DIRECTOR.level();
    }

    @EventSourcingHandler
    void on(ProcessDirectorAppointed event) {
        processDirector = event.processDirector();
    }

    @EventSourcingHandler
    void on(CareMeetingCalled event, @Timestamp Instant at) {
        careMeetingCalled = true;
        careMeetingCalledOn = CaseDates.today(at);
    }

    @EventSourcingHandler
    void on(CareMeetingHeld event) {
        careMeetingCalled = false;
    }

    @EventSourcingHandler
    void on(CareOrdered event) {
        // a care order is given by the process director only: theirs is the organisation that concludes it
        careOrders.put(event.orderId(), new CareOrder(processDirector == null ? null
                : processDirector.organisation(), false));
    }

    @EventSourcingHandler
    void on(CareOrderConcluded event) {
        careOrders.computeIfPresent(event.orderId(), (id, order) -> new CareOrder(order.orderedBy(), true));
    }

    @EventSourcingHandler
    void on(EscalationResolved event) {
        takeoverEnded();
    }

    @EventSourcingHandler
    void on(CoordinationReturned event) {
        takeoverEnded();
    }

    @EventSourcingHandler
    void on(PartyManagersConsulted event) {
        takeoverEnded();
    }

    private void takeoverEnded() {
        processDirector = null;
        careMeetingCalled = false;
    }
}
