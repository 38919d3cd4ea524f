package nl.hgk.ledger.command.cases;

import nl.hgk.ledger.access.CaseStep;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records that the care meeting the process director called was held.
 *
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record HoldCareMeeting(@TargetAggregateIdentifier UUID caseId, LocalDate heldOn,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {

    @Override
    public CaseStep caseStep() {
        return CaseStep.HOLD_CARE_MEETING;
    }
}
