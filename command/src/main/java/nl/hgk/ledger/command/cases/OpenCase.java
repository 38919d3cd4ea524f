package nl.hgk.ledger.command.cases;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens a case with its first report, for a household without an open case.
 *
 * @param repeatOfCaseId the household's last closed case, which makes this a repeat report (hermelding); or absent
 */
public record OpenCase(@TargetAggregateIdentifier UUID caseId, Report report, UUID repeatOfCaseId) {
}
