package nl.hgk.ledger.command.cases;

import nl.hgk.ledger.access.CaseStep;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Erases the personal data of one data subject of the case (the right to erasure, AVG art. 17): their key is
 * destroyed. The reason is required, in the metadata like every reason. No expected version: an erasure does not
 * build on what the user saw of the case, and must not fail because someone else changed it meanwhile.
 *
 * @param personId a person's id, or a report's id for the contact details of its reporter
 */
public record ErasePerson(@TargetAggregateIdentifier UUID caseId, UUID personId) implements CaseCommand, AllowedOnClosedCase {

    @Override
    public CaseStep caseStep() {
        return CaseStep.ERASE_PERSON;
    }
}
