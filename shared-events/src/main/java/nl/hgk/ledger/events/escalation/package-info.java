/** The escalation model (opschalingsmodel, seed 000 B2 §4-5): five steps for every stagnation. */
package nl.hgk.ledger.events.escalation;
