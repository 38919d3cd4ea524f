package nl.hgk.ledger.command.cases;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Tells the coordinator the client was passed on to another professional of the organisation that owns the task.
 *
 * @param professional    the user name of the professional who gives the help from now on
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record NotifyClientTransferred(@TargetAggregateIdentifier UUID caseId, UUID taskId, String professional,
        @TargetAggregateVersion Long expectedVersion) implements NotifyCoordinator {
}
