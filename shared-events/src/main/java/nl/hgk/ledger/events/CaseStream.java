package nl.hgk.ledger.events;

/**
 * The events of one case form one stream in the event store, named by this aggregate type and the case id. The
 * command side records under it and the query side reads by it: one name, said once.
 */
public final class CaseStream {

    /** the aggregate type of a case's events, as the event store records it */
    public static final String AGGREGATE_TYPE = "Case";

    private CaseStream() {
    }
}
