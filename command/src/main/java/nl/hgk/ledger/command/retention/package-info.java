/**
 * Retention: when the retention period of a closed case ends, its personal data is erased by the ledger itself
 * ({@link nl.hgk.ledger.command.retention.RetentionJob}, run by the scheduler in {@code deploy}), one
 * {@code PersonErased} per data subject on the case's record. {@link nl.hgk.ledger.command.retention.CaseRetention}
 * keeps what the rule needs per case.
 */
package nl.hgk.ledger.command.retention;
