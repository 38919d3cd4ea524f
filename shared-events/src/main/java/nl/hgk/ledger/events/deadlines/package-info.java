/**
 * The time limits of a case (the Handelingsprotocol of Veilig Thuis, seed 000 B2 §5, the Wet tijdelijk huisverbod)
 * and what happens when one passes: a limit that silently passes is a family left unprotected, so a missed limit is
 * itself a fact on the record.
 */
package nl.hgk.ledger.events.deadlines;
