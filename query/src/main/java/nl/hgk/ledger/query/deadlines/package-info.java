/**
 * The deadline and escalation board (termijnenbord): every time limit still running, due in the next working days or
 * overdue, per region and organisation, the most urgent first. Built from the limits the command side records
 * ({@code TimeLimitSet}, {@code DeadlineMissed}, {@code TimeLimitCleared}), so it never computes a due moment itself.
 */
package nl.hgk.ledger.query.deadlines;
