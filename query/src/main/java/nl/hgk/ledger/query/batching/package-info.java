/**
 * Writing a view in batches: a projection's processor hands it events in batches of one transaction each, and the
 * statements the batch makes are sent together before it commits instead of one round trip per statement.
 */
package nl.hgk.ledger.query.batching;
