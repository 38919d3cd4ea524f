package nl.hgk.ledger.command.cases;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds a report to the household's open case. Carries no expected version: a report is never refused because the
 * case changed meanwhile.
 */
public record BundleReport(@TargetAggregateIdentifier UUID caseId, Report report) {
}
