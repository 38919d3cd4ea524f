/**
 * One family, one plan, one coordinator (seed 000 B2 §2.2-§3.2): the coordinator who guards the plan, and every
 * version of the family plan.
 */
package nl.hgk.ledger.events.coordination;
