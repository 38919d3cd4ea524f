/**
 * The notices a party that carries out part of the family plan gives the coordinator (seed 000 B2 §2.3): the start of
 * its help, its end and effect, an early stop and its cause, repeated no-shows and their possible causes, a transfer
 * to another professional inside the organisation, and a proposal to involve another party. Each is about one task of
 * the plan and names the coordinator it was given to. The causes and effects are coded values: free text about a
 * family would be personal data, and the figures count them.
 */
package nl.hgk.ledger.events.delivery;
