package nl.hgk.ledger.command.cases;

import java.util.UUID;

import nl.hgk.ledger.access.CaseStep;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The process director concludes the monitoring of a care order: whether the party complied.
 *
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record ConcludeCareOrder(@TargetAggregateIdentifier UUID caseId, UUID orderId, boolean complied,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {

    @Override
    public CaseStep caseStep() {
        return CaseStep.CONCLUDE_CARE_ORDER;
    }
}
