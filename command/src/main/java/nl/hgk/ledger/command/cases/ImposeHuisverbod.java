package nl.hgk.ledger.command.cases;

import nl.hgk.ledger.access.CaseStep;

import java.util.UUID;
import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records the huisverbod the mayor imposed on a person of the case, or a police hulpofficier van justitie on the
 * mayor's behalf.
 *
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record ImposeHuisverbod(@TargetAggregateIdentifier UUID caseId, UUID personId, LocalDate imposedOn,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {

    @Override
    public CaseStep caseStep() {
        return CaseStep.IMPOSE_HUISVERBOD;
    }
}
