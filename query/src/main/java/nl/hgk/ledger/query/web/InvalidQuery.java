package nl.hgk.ledger.query.web;

/** A query parameter that is not valid. Answered as 400 naming the parameter. */
public class InvalidQuery extends RuntimeException {

    private final String parameter;

    public InvalidQuery(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
