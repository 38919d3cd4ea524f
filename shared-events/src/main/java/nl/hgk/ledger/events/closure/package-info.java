/** The end of a case: closure with a reason (seed 000 B2 §3.2). */
package nl.hgk.ledger.events.closure;
