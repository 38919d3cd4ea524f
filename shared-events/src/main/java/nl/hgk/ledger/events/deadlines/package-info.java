/**
 * The time limits of a case (domain guide §2) and what happens when one passes: a limit that silently passes is a
 * family left unprotected, so a missed limit is itself a fact on the record.
 */
package nl.hgk.ledger.events.deadlines;
