package nl.hgk.ledger.command.cases;

import nl.hgk.ledger.access.CaseStep;

import java.util.UUID;
import nl.hgk.ledger.events.closure.ClosureReason;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Closes the case with a reason.
 *
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record CloseCase(@TargetAggregateIdentifier UUID caseId, ClosureReason reason,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {

    @Override
    public CaseStep caseStep() {
        return CaseStep.CLOSE_CASE;
    }
}
