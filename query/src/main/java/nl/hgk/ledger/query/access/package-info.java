/**
 * Who may read which case, and the record of every read. The query side checks a reader's scope against the case it
 * reads (its region, from the municipality, and the organisations involved in it), and records every read of a
 * family plan or a case history in the append-only access log before it answers. Inspectors and privacy officers
 * read the log.
 */
package nl.hgk.ledger.query.access;
