package nl.hgk.ledger.events.audit;

/**
 * A power someone holds personally, beyond what their organisation type allows: it comes from their identity and is
 * recorded with the events they cause.
 */
public enum Qualification {
    /**
     * hulpofficier van justitie: a police officer who may impose a huisverbod on the mayor's behalf (Wet tijdelijk
     * huisverbod, art. 3), but not extend it
     */
    AUXILIARY_PROSECUTOR
}
