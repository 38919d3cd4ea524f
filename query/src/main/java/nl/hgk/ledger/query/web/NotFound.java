package nl.hgk.ledger.query.web;

/** What a query asked for does not exist (or is not in the view yet). Answered as 404. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
