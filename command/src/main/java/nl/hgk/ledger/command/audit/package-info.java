/**
 * Who, when, why: every command carries the authenticated user, their organisation and role, their region (which the
 * scope check reads where the command is handled), and a reason where the domain asks one, as metadata; Axon copies
 * who and why onto every event the command causes.
 */
package nl.hgk.ledger.command.audit;
