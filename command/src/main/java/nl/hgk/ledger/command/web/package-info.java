/**
 * What every write request of the HTTP API shares: one transaction per request, retried when two requests raced
 * for the same case or household; answered once per idempotency key; strict JSON; and errors as RFC 9457 problem
 * details, never with a stack trace.
 */
package nl.hgk.ledger.command.web;
