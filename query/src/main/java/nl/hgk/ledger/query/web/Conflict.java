package nl.hgk.ledger.query.web;

/** The request conflicts with what is going on, such as rebuilding a view that is already rebuilding. 409. */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}
