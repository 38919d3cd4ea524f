package nl.hgk.ledger.command.cases;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Tells the coordinator the help for a task started.
 *
 * @param professional    who gives the help (user name); absent for the one giving the notice
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record NotifyHelpStarted(@TargetAggregateIdentifier UUID caseId, UUID taskId, LocalDate startedOn,
        String professional, @TargetAggregateVersion Long expectedVersion) implements NotifyCoordinator {
}
