/**
 * The escalation model (opschalingsmodel, seed 000 B2 §4-5) for every stagnation: steps 1 to 4 raised by the
 * coordinator, a report of inadequate coordination, and the process director's powers at step 4: care orders
 * (doorzettingsmacht), the care meeting, consulting the parties' managers, escalating to the Meldpunt's manager (step 5)
 * and returning coordination.
 */
package nl.hgk.ledger.events.escalation;
