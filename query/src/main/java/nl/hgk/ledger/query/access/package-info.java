/**
 * Every read of a case, and the record of it. A case is read one way ({@link nl.hgk.ledger.query.access.CaseReads}):
 * the access policy is asked whether the reader's scope holds the case found (its region, from the municipality, and
 * the organisations involved in it), and the read is written to the append-only access log before it is answered.
 * Inspectors and privacy officers read the log.
 */
package nl.hgk.ledger.query.access;
