package nl.hgk.ledger.command.cases;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.escalation.AdministrativeDecisionConfirmed;
import nl.hgk.ledger.events.escalation.AdministrativeDecisionTaken;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.reference.MunicipalityCode;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The decisions of escalation step 5 (seed 000 B2 §5.2.4): the official or alderman of the client's municipality
 * decides orally on a definitive approach, and the municipality confirms the information and the decision in writing
 * within 24 hours. Both are the steps of the municipality where the household lives, and of no other.
 */
class AdministrativeDecisions {

    private final Supplier<UUID> caseId;
    private final CaseTimeLimits limits;
    private final Supplier<EscalationStep> step;
    private final Supplier<MunicipalityCode> municipality;
    private final Set<UUID> decisions = new HashSet<>();
    private final Set<UUID> confirmedDecisions = new HashSet<>();

    /**
     * @param step         the escalation step the case is at, absent when none is open
     * @param municipality the municipality of the case's household
     */
    AdministrativeDecisions(Supplier<UUID> caseId, CaseTimeLimits limits, Supplier<EscalationStep> step,
                            Supplier<MunicipalityCode> municipality) {
        this.caseId = caseId;
        this.limits = limits;
        this.step = step;
        this.municipality = municipality;
    }

    @CommandHandler
    long handle(RecordAdministrativeDecision command, LedgerUser actor) {
        if (step.get() != EscalationStep.ADMINISTRATIVE) {
            throw new CommandRefused(Refusal.NOT_AT_ADMINISTRATIVE_STEP,
                    "an administrative decision is taken when the case is escalated to step 5");
        }
        requireTheClientsMunicipality(actor, "an administrative decision");
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
    long handle(ConfirmAdministrativeDecision command, LedgerUser actor) {
        if (!decisions.contains(command.decisionId())) {
            throw new CommandRefused(Refusal.UNKNOWN_DECISION, "the decision is not part of this case");
        }
        requireTheClientsMunicipality(actor, "the written confirmation of a decision");
        if (confirmedDecisions.contains(command.decisionId())) {
            throw new CommandRefused(Refusal.DECISION_ALREADY_CONFIRMED, "the decision was confirmed in writing");
        }
        apply(new AdministrativeDecisionConfirmed(caseId.get(), command.decisionId()));
        limits.meet(TimeLimit.WRITTEN_CONFIRMATION, command.decisionId().toString());
        return CaseVersions.current();
    }

    private void requireTheClientsMunicipality(LedgerUser actor, String what) {
        MunicipalityCode clients = municipality.get();
        if (clients == null || !actor.actsForMunicipality(clients.value())) {
            throw new CommandRefused(Refusal.NOT_THE_CLIENTS_MUNICIPALITY, what + " is the client's municipality's ("
                    + clients + "), not " + (actor.municipality() == null ? actor.organisation()
                    : "that of " + actor.municipality()));
        }
    }

    @EventSourcingHandler
    void on(AdministrativeDecisionTaken event) {
        decisions.add(event.decisionId());
    }

    @EventSourcingHandler
    void on(AdministrativeDecisionConfirmed event) {
        confirmedDecisions.add(event.decisionId());
    }
}
