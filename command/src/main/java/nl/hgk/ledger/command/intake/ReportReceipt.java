package nl.hgk.ledger.command.intake;

import java.util.UUID;

/**
 * The answer to a received report.
 *
 * @param version        the case version after the report: give it as {@code expectedVersion} in the next command
 * @param repeatOfCaseId for a repeat report, the household's earlier case
 */
public record ReportReceipt(UUID caseId, UUID reportId, long version, IntakeOutcome outcome, UUID repeatOfCaseId) {
}
