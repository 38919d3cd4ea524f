/**
 * Bulk import of historical cases, for a region migrating its registration: each case's steps, at their moments and
 * by their actors, go through the case's own command handlers (capacity, scope, rules, consent, time limits) in one
 * database transaction per case, without one HTTP request per step. A refused step refuses that case alone.
 */
package nl.hgk.ledger.command.imports;
