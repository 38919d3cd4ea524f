package nl.hgk.ledger.command.cases;

import nl.hgk.ledger.access.CaseStep;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The process director calls a care meeting (zorgoverleg) at escalation step 4 (seed 000 B2 §5.2.3).
 *
 * @param urgent          held within 2 working days
 * @param meetBy          when not urgent: the date the process director sets for it
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record CallCareMeeting(@TargetAggregateIdentifier UUID caseId, boolean urgent, LocalDate meetBy,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {

    @Override
    public CaseStep caseStep() {
        return CaseStep.CALL_CARE_MEETING;
    }
}
