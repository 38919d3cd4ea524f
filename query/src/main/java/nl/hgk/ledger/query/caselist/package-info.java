/**
 * The case list and search (casuslijst): the cases a case worker or coordinator may read, the most urgent first, each
 * with what it takes to recognise it without opening it (status, code, municipality, coordinator, the next time limit,
 * the names of its people), filtered by status, code and organisation, and found by a person's BSN, address, or name
 * and birth date.
 * <p>
 * {@link nl.hgk.ledger.query.caselist.CaseListProjection} keeps the list's own tables, among them a <em>blind
 * index</em>: keyed hashes of the normalised search keys of every person ({@link nl.hgk.ledger.query.caselist.BlindIndex},
 * {@link nl.hgk.ledger.query.caselist.SearchKey}), never the values, and none of an erased person. A search hashes what
 * was asked the same way and compares hashes. The names on a page are decrypted from the event store when it is read
 * ({@link nl.hgk.ledger.query.caselist.CaseLabels}), so the list's tables hold no personal data in clear. Which cases a
 * reader sees is the access policy's ({@link nl.hgk.ledger.access.AccessPolicy#reach}); a search is a read of
 * personal data and is written to the access log, one row per case it answers. Over HTTP: {@code GET /api/cases}.
 */
package nl.hgk.ledger.query.caselist;
