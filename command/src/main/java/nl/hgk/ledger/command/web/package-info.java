/**
 * What every write request of the command API shares: one transaction per request, retried when two requests raced
 * for the same case or household; answered once per idempotency key; and the command side's own errors (refusals,
 * stale versions) as RFC 9457 problem details.
 */
package nl.hgk.ledger.command.web;
