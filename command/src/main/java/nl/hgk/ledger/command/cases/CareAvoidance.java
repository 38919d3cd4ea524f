package nl.hgk.ledger.command.cases;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.UUID;
import java.util.function.Supplier;

import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.events.careavoidance.ActionPlanDrawnUp;
import nl.hgk.ledger.events.careavoidance.CareAvoidanceRecorded;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * Care avoidance (zorgmijding): a client who avoids the care they need while the parties cannot realise it. The
 * coordinating organisation records it, with the worrying situation, its risks and the client's view (seed 000 B2
 * §2.1.4), which (re)reports it to the Meldpunt Zorg en Overlast, also while the case is open; the Meldpunt draws up
 * an action plan (B2 §5.1.6), which closes what it was asked. Where domestic violence or child abuse is involved,
 * Veilig Thuis is asked for advice first (B2 §2.1.4): a professional's step before this one, not a rule of it.
 */
class CareAvoidance {

    private final Supplier<UUID> caseId;
    private final CaseParties parties;
    private final Coordination coordination;
    /** a care avoidance was recorded that no action plan of the Meldpunt answered yet */
    private boolean actionPlanAwaited;

    CareAvoidance(Supplier<UUID> caseId, CaseParties parties, Coordination coordination) {
        this.caseId = caseId;
        this.parties = parties;
        this.coordination = coordination;
    }

    @CommandHandler
    long handle(RecordCareAvoidance command, LedgerUser actor) {
        if (!coordination.hasCoordinator()) {
            throw new CommandRefused(Refusal.NO_COORDINATOR, "care avoidance is recorded by the coordinator: the case "
                    + "has none yet");
        }
        if (!coordination.coordinatedBy(actor)) {
            throw new CommandRefused(Refusal.NOT_THE_COORDINATOR, "care avoidance is recorded by the coordinating "
                    + "organisation, not by " + actor.organisation());
        }
        if (!parties.isPerson(command.personId())) {
            throw new CommandRefused(Refusal.UNKNOWN_PERSON, "the client who avoids care is not a person of the case");
        }
        // the texts would be new personal data of a subject whose key is gone: they could not be erased
        if (parties.isErased(command.personId())) {
            throw new CommandRefused(Refusal.PERSON_ERASED, "the personal data of that person was erased");
        }
        apply(new CareAvoidanceRecorded(caseId.get(), command.personId(), command.worryingSituation(),
                command.risks(), command.clientView()));
        return CaseVersions.current();
    }

    @CommandHandler
    long handle(DrawUpActionPlan command) {
        if (!actionPlanAwaited) {
            throw new CommandRefused(Refusal.NO_CARE_AVOIDANCE_RECORDED,
                    "no care avoidance was recorded that awaits an action plan");
        }
        apply(new ActionPlanDrawnUp(caseId.get(), command.approach()));
        return CaseVersions.current();
    }

    @EventSourcingHandler
    void on(CareAvoidanceRecorded event) {
        actionPlanAwaited = true;
    }

    @EventSourcingHandler
    void on(ActionPlanDrawnUp event) {
        actionPlanAwaited = false;
    }
}
