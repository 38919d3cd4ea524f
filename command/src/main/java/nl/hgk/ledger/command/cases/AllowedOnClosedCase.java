package nl.hgk.ledger.command.cases;

/**
 * A command a closed case still takes: feedback to a reporter is owed in every case, also after closure (seed 000
 * §3.4); the right to erasure outlives the case, and retention ends only after it. Every other command is refused on
 * a closed case ({@link Case}'s guard).
 */
interface AllowedOnClosedCase {
}
