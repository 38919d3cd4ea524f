/**
 * Time in the ledger: the one {@link nl.hgk.ledger.calendar.LedgerClock} that event timestamps, time limits and the
 * deadline scheduler all read; the Dutch working days; and Axon's deadline manager on db-scheduler, a persistent,
 * cluster-safe scheduler on the ledger's own PostgreSQL (table {@code scheduled_tasks}), so that a deadline survives a
 * restart and fires once even with several nodes.
 */
package nl.hgk.ledger.deploy.deadlines;
