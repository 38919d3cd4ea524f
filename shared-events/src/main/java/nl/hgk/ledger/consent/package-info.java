/**
 * Who must consent to a family plan ({@link nl.hgk.ledger.consent.ConsentRequirement}). Free of Spring and of both
 * sides, so that the command side, which refuses a plan without the consents it needs, and the query side, which shows
 * what an older plan lacks, decide by the same rule.
 */
package nl.hgk.ledger.consent;
