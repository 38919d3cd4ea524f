package nl.hgk.ledger.command.cases;

import java.util.UUID;

import nl.hgk.ledger.events.delivery.FormOfHelp;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Proposes to the coordinator that another party give help or guidance, in the light of a task.
 *
 * @param organisation    the organisation proposed
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record ProposeOtherParty(@TargetAggregateIdentifier UUID caseId, UUID taskId, String organisation,
        FormOfHelp formOfHelp, @TargetAggregateVersion Long expectedVersion) implements NotifyCoordinator {
}
