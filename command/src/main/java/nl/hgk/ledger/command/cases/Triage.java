package nl.hgk.ledger.command.cases;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.UUID;
import java.util.function.Supplier;

import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.intake.ContactType;
import nl.hgk.ledger.events.intake.ReportReceived;
import nl.hgk.ledger.events.triage.CodeAssigned;
import nl.hgk.ledger.events.triage.InvestigationConcluded;
import nl.hgk.ledger.events.triage.InvestigationStarted;
import nl.hgk.ledger.events.triage.SafetyCode;
import nl.hgk.ledger.events.triage.TriageDecided;
import nl.hgk.ledger.events.triage.TriageOutcome;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * Veilig Thuis's part of a case: the safety code, the triage of its reports (within 5 working days of the first report
 * waiting for it), and the investigation triage may decide on (the norm: 10 weeks). Seed 000 §3.3.
 * <p>
 * The code of triage is a first assessment: when an investigation concludes, the code is determined on its findings
 * ("op basis van al deze informatie wordt de code bepaald"), by the conclusion itself or by a code assigned after it.
 * Until then the code is to be determined, and no coordinator is appointed ({@link #requireCodeDetermined}).
 */
class Triage {

    private final Supplier<UUID> caseId;
    private final CaseTimeLimits limits;
    private boolean reportReceived;
    private int reportsAwaitingTriage;
    private SafetyCode code;
    private boolean investigationDecided;
    private boolean investigationRunning;
    /** an investigation concluded without the code its findings determine, and no code was assigned since */
    private boolean codeToBeDetermined;

    Triage(Supplier<UUID> caseId, CaseTimeLimits limits) {
        this.caseId = caseId;
        this.limits = limits;
    }

    /** @return whether a contact of this type starts the triage limit: the first report waiting for triage does */
    boolean startsTheTriageLimit(ContactType contactType) {
        return contactType == ContactType.REPORT && reportsAwaitingTriage == 0;
    }

    /** Triage within 5 working days of the report (Handelingsprotocol Veilig Thuis). */
    void startTheTriageLimit() {
        limits.start(TimeLimit.TRIAGE, null, TimeLimits.triageDue(limits.now(), limits.workingDays()));
    }

    @CommandHandler
    long handle(AssignCode command) {
        if (!reportReceived) {
            throw new CommandRefused(Refusal.NO_REPORT, "a safety code needs a received report, not only advice requests");
        }
        // after an investigation, confirming the code of triage on the findings is determining it
        if (command.code() == code && !codeToBeDetermined) {
            throw new CommandRefused(Refusal.CODE_UNCHANGED, "the case already has code " + code);
        }
        assign(command.code());
        return CaseVersions.current();
    }

    private void assign(SafetyCode assigned) {
        apply(new CodeAssigned(caseId.get(), assigned, code, assigned.processDirection()));
    }

    /**
     * A coordinator is linked on the code the investigation's findings determined, not on the first assessment of
     * triage: the code says which care the family needs, and who holds process direction.
     */
    void requireCodeDetermined() {
        if (codeToBeDetermined) {
            throw new CommandRefused(Refusal.CODE_TO_BE_DETERMINED, "the investigation concluded without a code: "
                    + "Veilig Thuis determines the code on its findings before a coordinator is appointed");
        }
    }

    @CommandHandler
    long handle(DecideTriage command) {
        if (code == null) {
            throw new CommandRefused(Refusal.NO_CODE, "triage is decided after a safety code is assigned");
        }
        if (reportsAwaitingTriage == 0) {
            throw new CommandRefused(Refusal.NOTHING_TO_TRIAGE, "every report of the case has been triaged");
        }
        apply(new TriageDecided(caseId.get(), command.outcome()));
        limits.meet(TimeLimit.TRIAGE, null);
        return CaseVersions.current();
    }

    @CommandHandler
    long handle(StartInvestigation command) {
        if (investigationRunning) {
            throw new CommandRefused(Refusal.INVESTIGATION_RUNNING, "an investigation is already running");
        }
        if (!investigationDecided) {
            throw new CommandRefused(Refusal.NO_INVESTIGATION_DECIDED,
                    "an investigation starts only after triage decided Veilig Thuis investigates");
        }
        apply(new InvestigationStarted(caseId.get()));
        limits.start(TimeLimit.INVESTIGATION, null, TimeLimits.investigationDue(limits.now()));
        return CaseVersions.current();
    }

    @CommandHandler
    long handle(ConcludeInvestigation command) {
        if (!investigationRunning) {
            throw new CommandRefused(Refusal.NO_INVESTIGATION_RUNNING, "no investigation is running");
        }
        // one fact each, in one command: every reader of the code follows CodeAssigned, wherever the code came from
        apply(new InvestigationConcluded(caseId.get(), command.conclusion()));
        if (command.code() != null) {
            assign(command.code());
        }
        limits.meet(TimeLimit.INVESTIGATION, null);
        return CaseVersions.current();
    }

    @EventSourcingHandler
    void on(ReportReceived event) {
        if (event.contactType() == ContactType.REPORT) {
            reportReceived = true;
            reportsAwaitingTriage++;
        }
    }

    @EventSourcingHandler
    void on(CodeAssigned event) {
        code = event.code();
        codeToBeDetermined = false;
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
        // a conclusion recorded before conclusions carried a code leaves it to be determined too: only the
        // appointment of a coordinator after it waits for the code, nothing recorded changes
        codeToBeDetermined = true;
    }
}
