package nl.hgk.ledger.command.cases;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.events.audit.AuditMetadata;
import nl.hgk.ledger.events.coordination.Coordinator;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.escalation.CaseConferenceHeld;
import nl.hgk.ledger.events.escalation.CoordinationReturned;
import nl.hgk.ledger.events.escalation.EscalatedToMeldpuntManager;
import nl.hgk.ledger.events.escalation.EscalationRaised;
import nl.hgk.ledger.events.escalation.EscalationResolved;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.events.escalation.InadequateCoordinationReported;
import nl.hgk.ledger.events.escalation.PartyManagersConsulted;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

/**
 * The escalation model (opschalingsmodel, seed 000 B2 §4-5) for stagnating help, and who moves it. The coordinating
 * organisation raises steps 1 to 4, one at a time (a skip needs urgency), holds the case conference of step 2 and
 * resolves steps 1 to 3. A professional of another involved party may report inadequate coordination instead, which
 * brings the case to step 4 too (B2 §5.1.5). At step 4 the Meldpunt appoints a process director within 2 working days
 * ({@link ProcessDirection}), whose decisions move the case on: consult the parties' managers (back to step 3's level),
 * escalate to the Meldpunt's manager (step 5, B2 §5.2.4), return coordination to a party (the end, B2 §5.2.5), or
 * resolve steps 4 and 5. Step 5 is never raised by itself. A case is not closed while an escalation is open.
 */
class Escalation {

    private final Supplier<UUID> caseId;
    private final CaseTimeLimits limits;
    private final Coordination coordination;
    private final ProcessDirection direction;
    private final CaseOrganisations organisations;
    private EscalationStep step;
    /** the day the case reached its step: its conference is held from then on */
    private LocalDate stepReachedOn;

    Escalation(Supplier<UUID> caseId, CaseTimeLimits limits, Coordination coordination, ProcessDirection direction,
               CaseOrganisations organisations) {
        this.caseId = caseId;
        this.limits = limits;
        this.coordination = coordination;
        this.direction = direction;
        this.organisations = organisations;
    }

    boolean isOpen() {
        return step != null;
    }

    /** @return the step the case is at; absent when no escalation is open */
    EscalationStep step() {
        return step;
    }

    @CommandHandler
    long handle(RaiseEscalation command, @MetaDataValue(AuditMetadata.REASON) String reason, LedgerUser actor) {
        coordination.requireCoordinatedBy(actor, "raising an escalation");
        if (command.step() == EscalationStep.ADMINISTRATIVE) {
            throw new CommandRefused(Refusal.ADMINISTRATIVE_STEP_NOT_RAISED, "step 5 is not raised: at step 4 the "
                    + "process director may escalate to the manager of the Meldpunt, who consults the municipality");
        }
        int current = step == null ? 0 : step.level();
        int wanted = command.step().level();
        if (wanted <= current) {
            throw new CommandRefused(Refusal.STEP_NOT_HIGHER,
                    "the case is at escalation step " + current + "; an escalation goes up, to step " + (current + 1));
        }
        boolean skips = wanted > current + 1;
        if (skips && isBlank(command.urgencyReason())) {
            throw new CommandRefused(Refusal.STEP_SKIPPED_WITHOUT_URGENCY,
                    "step " + (current + 1) + " comes next; skipping to step " + wanted + " needs an urgency reason");
        }
        CommandRefused.unlessReasonGiven(reason, "an escalation");
        apply(new EscalationRaised(caseId.get(), command.step(), step, skips ? command.urgencyReason() : null));
        stepReached();
        return CaseVersions.current();
    }

    /**
     * Seed 000 B2 §5.1.5: by a professional of a party involved in the case, not the coordinating one, after raising it
     * with the coordinator. The Meldpunt then appoints a process director, who assigns coordination anew.
     */
    @CommandHandler
    long handle(ReportInadequateCoordination command, LedgerUser actor) {
        Coordinator coordinator = coordination.coordinator();
        if (coordinator == null) {
            throw new CommandRefused(Refusal.NO_COORDINATOR, "the case has no coordinator whose coordination falls short");
        }
        if (coordinator.organisation().equals(actor.organisation())) {
            throw new CommandRefused(Refusal.OWN_COORDINATION, "the coordinating organisation ("
                    + coordinator.organisation() + ") does not report its own coordination as inadequate");
        }
        if (!organisations.isInvolved(actor.organisation())) {
            throw new CommandRefused(Refusal.NOT_INVOLVED, "inadequate coordination is reported by a party involved "
                    + "in the case; " + actor.organisation() + " is not");
        }
        CaseDates.requireNotInFuture(command.raisedWithCoordinatorOn(), limits.now());
        if (step != null && step.level() >= EscalationStep.PROCESS_DIRECTOR.level()) {
            throw new CommandRefused(Refusal.PROCESS_DIRECTION_UNDER_WAY, "the case is at escalation step "
                    + step.level() + ": its process director assigns coordination anew");
        }
        apply(new InadequateCoordinationReported(caseId.get(), command.raisedWithCoordinatorOn(), command.concern(),
                step));
        stepReached();
        return CaseVersions.current();
    }

    /** As soon as possible, with no fixed term (B2 §5.1.2). */
    @CommandHandler
    long handle(HoldCaseConference command, LedgerUser actor) {
        if (step != EscalationStep.CASE_CONFERENCE) {
            throw new CommandRefused(Refusal.NOT_AT_CASE_CONFERENCE_STEP,
                    "a case conference is held when the case is escalated to step 2");
        }
        coordination.requireCoordinatedBy(actor, "holding the case conference");
        CaseDates.requireNotInFuture(command.heldOn(), limits.now());
        CaseDates.requireHeldAfter(command.heldOn(), stepReachedOn, "the case reached step 2");
        apply(new CaseConferenceHeld(caseId.get(), command.heldOn()));
        limits.meet(TimeLimit.CASE_CONFERENCE, null);
        return CaseVersions.current();
    }

    /**
     * In a severe situation, or when a care meeting will not help (B2 §5.2.4): the managers of the parties realise the
     * care, at step 3's level; the process director's takeover ends ({@link PartyManagersConsulted}).
     */
    @CommandHandler
    long handle(ConsultPartyManagers command, @MetaDataValue(AuditMetadata.REASON) String reason, LedgerUser actor) {
        requireAtStepFour("the managers of the parties are consulted");
        direction.requireDirectedBy(actor, "consulting the managers of the parties");
        CommandRefused.unlessReasonGiven(reason, "consulting the managers of the parties");
        apply(new PartyManagersConsulted(caseId.get()));
        limits.withdraw(TimeLimit.CARE_MEETING);
        return CaseVersions.current();
    }

    /** Step 5 as the seed writes it (B2 §5.2.4): the municipality decides and confirms within 24 hours. */
    @CommandHandler
    long handle(EscalateToMeldpuntManager command, LedgerUser actor) {
        requireAtStepFour("the process director escalates to the manager of the Meldpunt");
        direction.requireDirectedBy(actor, "escalating to the manager of the Meldpunt");
        apply(new EscalatedToMeldpuntManager(caseId.get(), command.bottleneck(), command.advice()));
        return CaseVersions.current();
    }

    /** Seed 000 B2 §5.2.5: the process director decides when coordination returns to one of the parties. */
    @CommandHandler
    long handle(ReturnCoordination command, LedgerUser actor) {
        if (!atProcessDirection()) {
            throw new CommandRefused(Refusal.NOT_AT_PROCESS_DIRECTOR_STEP,
                    "coordination returns from the process director of escalation step 4");
        }
        direction.requireDirectedBy(actor, "returning coordination");
        apply(new CoordinationReturned(caseId.get(), command.coordinator(), coordination.coordinator()));
        escalationEnded();
        return CaseVersions.current();
    }

    @CommandHandler
    long handle(ResolveEscalation command, LedgerUser actor) {
        if (step == null) {
            throw new CommandRefused(Refusal.NO_ESCALATION_OPEN, "the case has no open escalation");
        }
        if (atProcessDirection()) {
            direction.requireDirectedBy(actor, "resolving escalation step " + step.level());
        } else {
            coordination.requireCoordinatedBy(actor, "resolving escalation step " + step.level());
        }
        apply(new EscalationResolved(caseId.get(), step));
        escalationEnded();
        return CaseVersions.current();
    }

    /**
     * Reaching a step withdraws the limit of the step left (an urgent conference of step 2 was recorded by earlier
     * versions); reaching step 4 starts the Meldpunt's 2 working days to appoint a process director.
     */
    private void stepReached() {
        if (step != EscalationStep.CASE_CONFERENCE) {
            limits.withdraw(TimeLimit.CASE_CONFERENCE);
        }
        if (step != EscalationStep.PROCESS_DIRECTOR) {
            limits.withdraw(TimeLimit.PROCESS_DIRECTOR);
        } else {
            limits.start(TimeLimit.PROCESS_DIRECTOR, null,
                    TimeLimits.processDirectorDue(limits.now(), limits.workingDays()));
        }
    }

    /** The escalation is over: its limits no longer apply. A care order's monitoring goes on until concluded. */
    private void escalationEnded() {
        limits.withdraw(TimeLimit.CASE_CONFERENCE);
        limits.withdraw(TimeLimit.PROCESS_DIRECTOR);
        limits.withdraw(TimeLimit.CARE_MEETING);
    }

    private boolean atProcessDirection() {
        return step != null && step.level() >= EscalationStep.PROCESS_DIRECTOR.level();
    }

    /** The process director's options of B2 §5.2.4 are taken at step 4 itself, not after step 5 was reached. */
    private void requireAtStepFour(String what) {
        if (step != EscalationStep.PROCESS_DIRECTOR) {
            throw new CommandRefused(Refusal.NOT_AT_PROCESS_DIRECTOR_STEP, what + " at escalation step 4; the case is "
                    + (step == null ? "not escalated" : "at step " + step.level()));
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    @EventSourcingHandler
    void on(EscalationRaised event, @Timestamp Instant at) {
        reached(event.step(), at);
    }

    @EventSourcingHandler
    void on(InadequateCoordinationReported event, @Timestamp Instant at) {
        reached(EscalationStep.PROCESS_DIRECTOR, at);
    }

    @EventSourcingHandler
    void on(PartyManagersConsulted event, @Timestamp Instant at) {
        reached(EscalationStep.MANAGEMENT, at);
    }

    @EventSourcingHandler
    void on(EscalatedToMeldpuntManager event, @Timestamp Instant at) {
        reached(EscalationStep.ADMINISTRATIVE, at);
    }

    private void reached(EscalationStep reached, Instant at) {
        step = reached;
        stepReachedOn = CaseDates.today(at);
    }

    @EventSourcingHandler
    void on(EscalationResolved event) {
        step = null;
    }

    @EventSourcingHandler
    void on(CoordinationReturned event) {
        step = null;
    }
}
