package nl.hgk.ledger.command.cases;

import nl.hgk.ledger.access.CaseStep;

import java.util.UUID;
import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Extends the running huisverbod to a new end date.
 *
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record ExtendHuisverbod(@TargetAggregateIdentifier UUID caseId, LocalDate endsOn,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {

    @Override
    public CaseStep caseStep() {
        return CaseStep.EXTEND_HUISVERBOD;
    }
}
