/**
 * The published language of the ledger: the events a case is made of, and the value types they carry.
 * Both the command side and the query side depend on these types and on nothing else of each other.
 * Every event is an immutable record with a {@code @Revision}; once released, an event's meaning never
 * changes: a new shape gets a new revision and an upcaster.
 */
package nl.hgk.ledger.events;
