package nl.hgk.ledger.command.cases;

import nl.hgk.ledger.access.CaseStep;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Erases the personal data of every data subject of a closed case not yet erased: what the retention rule asks when
 * the retention period of the file ends. Given by the ledger itself, with the rule as the reason. Erasing a case
 * whose subjects are all erased records nothing, so a retried run does no harm.
 */
public record EraseCaseData(@TargetAggregateIdentifier UUID caseId) implements CaseCommand, AllowedOnClosedCase {

    @Override
    public CaseStep caseStep() {
        return CaseStep.ERASE_CASE_DATA;
    }
}
