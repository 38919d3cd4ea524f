/**
 * Who may reach which case: the ledger's one access policy ({@link nl.hgk.ledger.access.AccessPolicy}), and what it
 * decides on, the user ({@link nl.hgk.ledger.access.LedgerUser}) and the case's scope
 * ({@link nl.hgk.ledger.access.CaseScope}). Free of Spring and of both sides, so that the command side (where every
 * command is handled), the query side (where a case is read) and the launcher (where people sign in) decide by the
 * same rules, and a rule can be read, changed and tested in one place.
 */
package nl.hgk.ledger.access;
