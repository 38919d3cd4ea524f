/**
 * The command side: the decisions of the ledger. Commands come in through the HTTP API ({@code api}), reports are
 * routed to the right case ({@code intake}), and the {@code Case} aggregate decides every rule ({@code cases}).
 * Depends on {@code shared-events} and never on the query side.
 */
package nl.hgk.ledger.command;
