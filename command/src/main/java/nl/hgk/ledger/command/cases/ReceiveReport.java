package nl.hgk.ledger.command.cases;

import nl.hgk.ledger.access.CaseStep;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Receives an advice request or report into a case: it opens the case when there is none with this id yet, and joins
 * it otherwise ({@code ReportIntake} chooses the case: the household's open one, or a new id).
 *
 * @param repeatOfCaseId when it opens a case for a household whose earlier case was closed (hermelding): that case
 */
public record ReceiveReport(@TargetAggregateIdentifier UUID caseId, Report report, UUID repeatOfCaseId) implements CaseCommand {

    @Override
    public CaseStep caseStep() {
        return CaseStep.REPORT;
    }
}
