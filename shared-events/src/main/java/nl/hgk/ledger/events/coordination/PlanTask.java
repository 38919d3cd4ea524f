package nl.hgk.ledger.events.coordination;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A task of the family plan: who does what by when.
 *
 * @param ownerOrganisation the organisation that delivers it
 */
public record PlanTask(UUID taskId, String description, String ownerOrganisation, LocalDate dueDate,
                       TaskStatus status) {
}
