/**
 * Who, when, why: every command carries the authenticated user, their organisation and role, and a reason where
 * the domain asks one, as metadata; Axon copies that metadata onto every event the command causes.
 */
package nl.hgk.ledger.command.audit;
