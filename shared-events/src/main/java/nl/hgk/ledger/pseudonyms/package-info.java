/**
 * Pseudonyms of personal data: keyed hashes that can be looked up but not reversed without the deployment's secret,
 * shared by the command side (household keys) and the read side (the case list's blind index).
 */
package nl.hgk.ledger.pseudonyms;
