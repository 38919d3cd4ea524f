package nl.hgk.ledger.query.deadlines;

import nl.hgk.ledger.events.deadlines.AccountableParty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.delivery.NoticeKind;
import nl.hgk.ledger.events.triage.SafetyCode;

/**
 * The deadline board (termijnenbord): running time limits, the most urgent first: overdue ones first (the longest
 * overdue first), then the soonest due; on the same due moment a RED case before an ORANGE, an ORANGE before a GREEN.
 * Beside them, the stagnation signals the reader's organisation, as coordinator, has yet to act on.
 */
@Schema(description = "The deadline board (termijnenbord): running time limits, the most urgent first")
public record DeadlineBoard(
        @Schema(description = "the moment the board was made; a limit whose due moment it is past is overdue")
        Instant now,
        @Schema(description = "the end of the last working day the board looks ahead to; a limit due at this very "
                + "moment is on the board") Instant until,
        String region,
        String organisation,
        int withinWorkingDays,
        @Schema(description = "how many limits match; items holds at most maxItems of them") int total,
        List<Item> items,
        @Schema(description = "the stagnation signals still open of the cases the reader's organisation coordinates "
                + "(help stopped early, repeated no-shows), until the coordinator revises the plan or escalates; the "
                + "oldest first, at most maxItems")
        List<Signal> signals) {

    /**
     * One running limit of a case.
     *
     * @param subject         what the limit is about when a case has several of its kind (a task id, an evaluation
     *                        date, a decision id)
     * @param missed          the ledger recorded the limit as missed (DeadlineMissed); it stays until met
     * @param escalationLevel the step of the open escalation, absent when none is open
     */
    public record Item(UUID caseId, TimeLimit limit, String subject, Instant dueAt,
                       @Schema(description = "the due moment has passed, or the ledger recorded the limit as "
                               + "missed: the same rule as the family plan view's") boolean overdue,
                       boolean missed,
                       @Schema(description = "who a missed limit is raised with, to act on it: Veilig Thuis's "
                               + "management for triage, the Meldpunt's manager for a process director, ...")
                       AccountableParty raisedWith,
                       String municipality, String region, SafetyCode safetyCode,
                       Integer escalationLevel) {
    }

    /**
     * A stagnation signal the coordinator has not acted on yet (seed 000 B2 §2.3, §3.2).
     *
     * @param taskId   the task of the family plan the notice was about
     * @param raisedBy the organisation that gave the notice: the task's owner
     */
    @Schema(name = "StagnationSignal")
    public record Signal(UUID caseId, UUID taskId,
                         @Schema(description = "HELP_STOPPED_EARLY or NO_SHOWS") NoticeKind kind,
                         Instant raisedAt, String raisedBy, String municipality, String region,
                         SafetyCode safetyCode) {
    }
}
