package nl.hgk.ledger.command.cases;

import nl.hgk.ledger.access.CaseStep;

import java.util.UUID;
import java.time.LocalDate;
import nl.hgk.ledger.events.huisverbod.HuisverbodEndReason;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Ends the running huisverbod.
 *
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record EndHuisverbod(@TargetAggregateIdentifier UUID caseId, LocalDate endedOn, HuisverbodEndReason reason,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {

    @Override
    public CaseStep caseStep() {
        return CaseStep.END_HUISVERBOD;
    }
}
