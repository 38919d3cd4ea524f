package nl.hgk.ledger.command.cases;

import java.util.Set;
import java.util.UUID;

import nl.hgk.ledger.events.delivery.NoShowCause;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Tells the coordinator the client repeatedly missed the help of a task, and the possible causes.
 *
 * @param missedAppointments how many appointments were missed since the last such notice
 * @param expectedVersion    the case version the user saw; a stale one is refused, absent skips the check
 */
public record NotifyNoShows(@TargetAggregateIdentifier UUID caseId, UUID taskId, int missedAppointments,
        Set<NoShowCause> causes, @TargetAggregateVersion Long expectedVersion) implements NotifyCoordinator {
}
