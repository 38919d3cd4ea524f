package nl.hgk.ledger.command.cases;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import nl.hgk.ledger.events.audit.AuditMetadata;
import nl.hgk.ledger.events.coordination.ProcessDirectorAppointed;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.escalation.AdministrativeDecisionConfirmed;
import nl.hgk.ledger.events.escalation.AdministrativeDecisionTaken;
import nl.hgk.ledger.events.escalation.CareMeetingCalled;
import nl.hgk.ledger.events.escalation.CareMeetingHeld;
import nl.hgk.ledger.events.escalation.CaseConferenceHeld;
import nl.hgk.ledger.events.escalation.EscalationRaised;
import nl.hgk.ledger.events.escalation.EscalationResolved;
import nl.hgk.ledger.events.escalation.EscalationStep;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

/**
 * The escalation model (opschalingsmodel, seed 000 B2 §4-5) for stagnating help: steps go up one at a time (a skip
 * needs urgency); step 2 is the coordinator's conference with the parties; at step 4 the Meldpunt appoints a process
 * director within 2 working days, who may call a care meeting; an administrative decision is confirmed in writing
 * within 24 hours. A case is not closed while an escalation is open.
 */
class Escalation {

    private final Supplier<UUID> caseId;
    private final CaseTimeLimits limits;
    private EscalationStep step;
    /** the day the case reached its step: its conference is held from then on */
    private LocalDate stepReachedOn;
    private boolean processDirectorAppointed;
    private boolean careMeetingCalled;
    private LocalDate careMeetingCalledOn;
    private final Set<UUID> decisions = new HashSet<>();
    private final Set<UUID> confirmedDecisions = new HashSet<>();

    Escalation(Supplier<UUID> caseId, CaseTimeLimits limits) {
        this.caseId = caseId;
        this.limits = limits;
    }

    boolean isOpen() {
        return step != null;
    }

    EscalationStep step() {
        return step;
    }

    @CommandHandler
    long handle(RaiseEscalation command, @MetaDataValue(AuditMetadata.REASON) String reason) {
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
        // leaving a step withdraws its limit (an urgent conference of step 2 was recorded by earlier versions)
        if (step != EscalationStep.CASE_CONFERENCE) {
            limits.withdraw(TimeLimit.CASE_CONFERENCE);
        }
        if (step != EscalationStep.PROCESS_DIRECTOR) {
            limits.withdraw(TimeLimit.PROCESS_DIRECTOR);
        } else {
            limits.start(TimeLimit.PROCESS_DIRECTOR, null,
                    TimeLimits.processDirectorDue(limits.now(), limits.workingDays()));
        }
        return CaseVersions.current();
    }

    /** As soon as possible, with no fixed term (B2 §5.1.2). */
    @CommandHandler
    long handle(HoldCaseConference command) {
        if (step != EscalationStep.CASE_CONFERENCE) {
            throw new CommandRefused(Refusal.NOT_AT_CASE_CONFERENCE_STEP,
                    "a case conference is held when the case is escalated to step 2");
        }
        CaseDates.requireNotInFuture(command.heldOn(), limits.now());
        requireHeldAfter(command.heldOn(), stepReachedOn, "the case reached step 2");
        apply(new CaseConferenceHeld(caseId.get(), command.heldOn()));
        limits.meet(TimeLimit.CASE_CONFERENCE, null);
        return CaseVersions.current();
    }

    @CommandHandler
    long handle(AppointProcessDirector command) {
        if (step == null || step.level() < EscalationStep.PROCESS_DIRECTOR.level()) {
            throw new CommandRefused(Refusal.NOT_AT_PROCESS_DIRECTOR_STEP,
                    "a process director is appointed when the case is escalated to step 4");
        }
        if (processDirectorAppointed) {
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
    long handle(CallCareMeeting command) {
        if (step == null || step.level() < EscalationStep.PROCESS_DIRECTOR.level() || !processDirectorAppointed) {
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
            due = TimeLimits.careMeetingDue(limits.now(), limits.workingDays());
        } else {
            if (command.meetBy() == null) {
                throw new CommandRefused(Refusal.MEETING_DATE_REQUIRED,
                        "a care meeting that is not urgent needs the date the process director sets for it");
            }
            if (command.meetBy().isBefore(CaseDates.today(limits.now()))) {
                throw new CommandRefused(Refusal.DATE_IN_PAST, "the care meeting cannot be due on "
                        + command.meetBy() + ", a day that has passed");
            }
            due = TimeLimits.endOf(command.meetBy());
        }
        apply(new CareMeetingCalled(caseId.get(), command.urgent(), command.meetBy()));
        limits.start(TimeLimit.CARE_MEETING, null, due);
        return CaseVersions.current();
    }

    @CommandHandler
    long handle(HoldCareMeeting command) {
        if (!careMeetingCalled) {
            throw new CommandRefused(Refusal.NO_CARE_MEETING_CALLED, "no care meeting was called");
        }
        CaseDates.requireNotInFuture(command.heldOn(), limits.now());
        requireHeldAfter(command.heldOn(), careMeetingCalledOn, "it was called");
        apply(new CareMeetingHeld(caseId.get(), command.heldOn()));
        limits.meet(TimeLimit.CARE_MEETING, null);
        return CaseVersions.current();
    }

    @CommandHandler
    long handle(RecordAdministrativeDecision command) {
        if (step != EscalationStep.ADMINISTRATIVE) {
            throw new CommandRefused(Refusal.NOT_AT_ADMINISTRATIVE_STEP,
                    "an administrative decision is taken when the case is escalated to step 5");
        }
        if (command.decidedAt().isAfter(limits.now())) {
            throw new CommandRefused(Refusal.DATE_IN_FUTURE, "the decision cannot be taken later than now");
        }
        if (decisions.contains(command.decisionId())) {
            throw new CommandRefused(Refusal.DECISION_ALREADY_RECORDED, "this decision was recorded");
        }
        apply(new AdministrativeDecisionTaken(caseId.get(), command.decisionId(), command.decidedAt(),
                command.decision()));
        limits.start(TimeLimit.WRITTEN_CONFIRMATION, command.decisionId().toString(),
                TimeLimits.writtenConfirmationDue(command.decidedAt()));
        return CaseVersions.current();
    }

    /** Allowed after the escalation was resolved: the written confirmation is owed for every oral decision. */
    @CommandHandler
    long handle(ConfirmAdministrativeDecision command) {
        if (!decisions.contains(command.decisionId())) {
            throw new CommandRefused(Refusal.UNKNOWN_DECISION, "the decision is not part of this case");
        }
        if (confirmedDecisions.contains(command.decisionId())) {
            throw new CommandRefused(Refusal.DECISION_ALREADY_CONFIRMED, "the decision was confirmed in writing");
        }
        apply(new AdministrativeDecisionConfirmed(caseId.get(), command.decisionId()));
        limits.meet(TimeLimit.WRITTEN_CONFIRMATION, command.decisionId().toString());
        return CaseVersions.current();
    }

    @CommandHandler
    long handle(ResolveEscalation command) {
        if (step == null) {
            throw new CommandRefused(Refusal.NO_ESCALATION_OPEN, "the case has no open escalation");
        }
        apply(new EscalationResolved(caseId.get(), step));
        limits.withdraw(TimeLimit.CASE_CONFERENCE);
        limits.withdraw(TimeLimit.PROCESS_DIRECTOR);
        limits.withdraw(TimeLimit.CARE_MEETING);
        return CaseVersions.current();
    }

    /** A meeting is held on or after the day it was called for: a date before would meet its limit untruly. */
    private static void requireHeldAfter(LocalDate heldOn, LocalDate calledOn, String since) {
        if (calledOn != null && heldOn.isBefore(calledOn)) {
            throw new CommandRefused(Refusal.HELD_BEFORE_CALLED,
                    "a meeting held on " + heldOn + " is earlier than the day " + since + ", " + calledOn);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    @EventSourcingHandler
    void on(EscalationRaised event, @Timestamp Instant at) {
        step = event.step();
        stepReachedOn = CaseDates.today(at);
    }

    @EventSourcingHandler
    void on(ProcessDirectorAppointed event) {
        processDirectorAppointed = true;
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
    void on(AdministrativeDecisionTaken event) {
        decisions.add(event.decisionId());
    }

    @EventSourcingHandler
    void on(AdministrativeDecisionConfirmed event) {
        confirmedDecisions.add(event.decisionId());
    }

    @EventSourcingHandler
    void on(EscalationResolved event) {
        step = null;
        processDirectorAppointed = false;
        careMeetingCalled = false;
    }
}
