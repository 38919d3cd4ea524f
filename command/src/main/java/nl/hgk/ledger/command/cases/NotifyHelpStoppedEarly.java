package nl.hgk.ledger.command.cases;

import java.time.LocalDate;
import java.util.UUID;

import nl.hgk.ledger.events.delivery.EarlyStopCause;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Tells the coordinator the help for a task was broken off early, and why.
 *
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record NotifyHelpStoppedEarly(@TargetAggregateIdentifier UUID caseId, UUID taskId, LocalDate stoppedOn,
        EarlyStopCause cause, @TargetAggregateVersion Long expectedVersion) implements NotifyCoordinator {
}
