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
}
