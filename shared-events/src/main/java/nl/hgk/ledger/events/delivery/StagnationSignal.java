package nl.hgk.ledger.events.delivery;

import nl.hgk.ledger.events.closure.CaseClosed;
import nl.hgk.ledger.events.coordination.FamilyPlanRevised;
import nl.hgk.ledger.events.escalation.EscalationRaised;

/**
 * When a notice is a stagnation signal for the coordinator, and when the coordinator has acted on it: one rule for
 * every view that shows open signals (the family plan, the deadline board, the case list), so that they agree.
 * <p>
 * Help broken off early and repeated no-shows mean the plan is not being carried out: the coordinator signals such
 * stagnation and tries to remove it with the client and the parties, and escalates when that fails (B2 §3.2, §5.1).
 * A signal stays open until the coordinator's next step on the plan or the escalation: a revision of the plan (the
 * plan was changed in the light of it) or an escalation raised (the stagnation went up the escalation model), or the
 * case's closure. Either step acts on every signal open at that moment; a signal raised after it stays open.
 */
public final class StagnationSignal {

    private StagnationSignal() {
    }

    /** @return whether the event raises a stagnation signal for the coordinator */
    public static boolean raisedBy(Object payload) {
        return payload instanceof HelpStoppedEarly || payload instanceof NoShowsReported;
    }

    /** @return whether the event acts on every stagnation signal open before it, which are then closed */
    public static boolean actedOnBy(Object payload) {
        return payload instanceof FamilyPlanRevised || payload instanceof EscalationRaised
                || payload instanceof CaseClosed;
    }
}
