package nl.hgk.ledger.command.cases;

/**
 * A command broke a rule of the case. The {@link Refusal} says which, so clients can react to it; the message says it
 * in words.
 */
public class CommandRefused extends RuntimeException {

    private final Refusal refusal;

    public CommandRefused(Refusal refusal, String message) {
        super(message);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }

    /** Some steps are recorded only with why they were taken: reassigning coordination, an escalation, an erasure. */
    static void unlessReasonGiven(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw new CommandRefused(Refusal.REASON_REQUIRED, what + " needs a reason");
        }
    }
}
