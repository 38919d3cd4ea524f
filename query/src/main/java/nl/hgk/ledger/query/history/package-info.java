/**
 * The case history for inspectors: every event of one case in the order it was recorded, with when, who
 * (user, organisation, role) and why, described in plain Dutch; and the state of the case as it stood at any
 * moment ({@code asOf}). Exported as JSON and as a printable HTML document.
 * <p>
 * There is deliberately no projection table: the history is read from the event store itself, each time, and the
 * state is the shared {@link nl.hgk.ledger.query.casestate.CaseState} fold replayed up to the moment asked for. So the
 * history is never behind the record and can never differ from it; and the state "as it stood" is the same fold
 * that serves the current views, stopped earlier.
 * <p>
 * The plain-words descriptions name people only by their role in the case ("de pleger"), never by name, BSN,
 * address or a note about them, so that the list of events is safe to print. Personal data appears only in the
 * state, in a separately labelled part.
 */
package nl.hgk.ledger.query.history;
