package nl.hgk.ledger.query.history;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One event of a case as the inspector reads it: exactly what the event store holds about when, who and why, and
 * what it means in plain Dutch. Contains no personal data of the people in the case, so the list can be printed.
 *
 * @param sequenceNumber the event's place in the case: 0 for the first, the case version after it
 * @param eventId        the event's identifier in the event store, to find it there
 * @param timestamp      when it was recorded (UTC, as stored: millisecond precision)
 * @param user           who gave the command that caused it
 * @param organisation   the organisation they acted for
 * @param role           the role they acted in, as recorded ({@code CASE_WORKER}, {@code COORDINATOR}, ...)
 * @param reason         why, as the user typed it; absent when none was given
 * @param eventType      the kind of event, by its name in the published language ({@code CodeAssigned})
 * @param description    what happened, in Dutch
 * @param importedBy     the administrator who imported the step from a former registration; absent for a step taken
 *                       in the ledger (its moment, user and organisation are then those that registration gave)
 * @param importedAt     when it was imported; absent for a step taken in the ledger
 */
@Schema(description = "One event of the case: when, who, why and what, without personal data of the people involved")
public record HistoryEntry(long sequenceNumber,
                           String eventId,
                           Instant timestamp,
                           String user,
                           String organisation,
                           String role,
                           @Schema(description = "free text typed by the user; absent when none was given")
                           String reason,
                           @Schema(example = "CodeAssigned") String eventType,
                           @Schema(example = "Veiligheidscode ORANJE toegekend (was GROEN); procesregie bij Veilig Thuis")
                           String description,
                           @Schema(description = "who imported the step from a former registration; absent for a step "
                                   + "taken in the ledger") String importedBy,
                           @Schema(description = "when the step was imported; absent for a step taken in the ledger")
                           Instant importedAt) {
}
