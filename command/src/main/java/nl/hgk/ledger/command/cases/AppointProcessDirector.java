package nl.hgk.ledger.command.cases;

import nl.hgk.ledger.access.CaseStep;

import java.util.UUID;

import nl.hgk.ledger.events.coordination.ProcessDirector;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Appoints the process director of a case escalated to step 4.
 *
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record AppointProcessDirector(@TargetAggregateIdentifier UUID caseId, ProcessDirector processDirector,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {

    @Override
    public CaseStep caseStep() {
        return CaseStep.APPOINT_PROCESS_DIRECTOR;
    }
}
