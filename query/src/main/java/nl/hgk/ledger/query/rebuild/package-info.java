/**
 * Rebuilding views: any projection of the query side (a streaming event processor) can be replayed from the first
 * event while the application runs. Its progress (events done of the total, rate, expected finish) is visible through
 * the API and the log, and every answer served from a view that is rebuilding says so in the
 * {@value nl.hgk.ledger.query.rebuild.ReadsView#STATUS_HEADER} header.
 */
package nl.hgk.ledger.query.rebuild;
