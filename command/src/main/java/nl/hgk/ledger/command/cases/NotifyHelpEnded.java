package nl.hgk.ledger.command.cases;

import java.time.LocalDate;
import java.util.UUID;

import nl.hgk.ledger.events.delivery.HelpEffect;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Tells the coordinator the help for a task was completed, and its effect.
 *
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record NotifyHelpEnded(@TargetAggregateIdentifier UUID caseId, UUID taskId, LocalDate endedOn,
        HelpEffect effect, @TargetAggregateVersion Long expectedVersion) implements NotifyCoordinator {
}
