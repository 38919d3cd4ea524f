/**
 * The query side: projections of the event stream for the people who read the ledger (the family plan view, the
 * regional monitoring figures, the inspector's case history), each in its own processing group with its own
 * tables, and their query API. Depends on {@code shared-events} and never on the command side.
 */
package nl.hgk.ledger.query;
