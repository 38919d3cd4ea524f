package nl.hgk.ledger.events.coordination;

/** Where a task of the plan stands. */
public enum TaskStatus {
    PLANNED,
    STARTED,
    DONE,
    STOPPED
}
