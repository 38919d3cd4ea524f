package nl.hgk.ledger.query.deadlines;

import java.time.ZoneOffset;

import nl.hgk.ledger.access.CaseScope;
import nl.hgk.ledger.events.audit.InvolvedOrganisations;
import nl.hgk.ledger.events.deadlines.DeadlineMissed;
import nl.hgk.ledger.events.deadlines.TimeLimitCleared;
import nl.hgk.ledger.events.deadlines.TimeLimitSet;
import nl.hgk.ledger.events.escalation.EscalationRaised;
import nl.hgk.ledger.events.escalation.EscalationResolved;
import nl.hgk.ledger.events.intake.ReportReceived;
import nl.hgk.ledger.events.triage.CodeAssigned;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the deadline board's tables ({@code V7__deadline_board.sql}) in its own tracking processor. One handler takes
 * every event, because every event's actor adds an organisation to its case (Axon calls only one handler of a class
 * per event, the most specific, so per-type handlers would each have to repeat that). Safe to replay: every write is
 * an upsert or a delete by key. A reset empties the tables.
 */
@Component
@ProcessingGroup(DeadlineBoardProjection.PROCESSING_GROUP)
class DeadlineBoardProjection {

    static final String PROCESSING_GROUP = "deadline-board";

    private final JdbcTemplate jdbc;

    DeadlineBoardProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DomainEventMessage<?> event) {
        Object payload = event.getPayload();
        String caseId = event.getAggregateIdentifier();
        if (payload instanceof ReportReceived received) {
            // the region recorded with the report, which decides whose board shows the case
            String region = received.region() == null ? CaseScope.UNKNOWN_REGION : received.region();
            jdbc.update("""
                    insert into deadline_board_case (case_id, municipality, region) values (?::uuid, ?, ?)
                    on conflict (case_id) do nothing""", caseId, received.municipality().value(), region);
        } else if (payload instanceof CodeAssigned assigned) {
            jdbc.update("update deadline_board_case set safety_code = ? where case_id = ?::uuid",
                    assigned.code().name(), caseId);
        } else if (payload instanceof EscalationRaised raised) {
            jdbc.update("update deadline_board_case set escalation_level = ? where case_id = ?::uuid",
                    raised.step().level(), caseId);
        } else if (payload instanceof EscalationResolved) {
            jdbc.update("update deadline_board_case set escalation_level = null where case_id = ?::uuid", caseId);
        } else if (payload instanceof TimeLimitSet set) {
            jdbc.update("""
                    insert into deadline_board_limit (case_id, time_limit, subject, due_at, missed)
                    values (?::uuid, ?, ?, ?, false)
                    on conflict (case_id, time_limit, subject) do update set due_at = excluded.due_at, missed = false""",
                    caseId, set.limit().name(), subject(set.subject()), set.dueAt().atOffset(ZoneOffset.UTC));
        } else if (payload instanceof DeadlineMissed missed) {
            jdbc.update("""
                    update deadline_board_limit set missed = true
                    where case_id = ?::uuid and time_limit = ? and subject = ?""",
                    caseId, missed.limit().name(), subject(missed.subject()));
        } else if (payload instanceof TimeLimitCleared cleared) {
            jdbc.update("delete from deadline_board_limit where case_id = ?::uuid and time_limit = ? and subject = ?",
                    caseId, cleared.limit().name(), subject(cleared.subject()));
        }
        InvolvedOrganisations.of(payload, event.getMetaData()).forEach(organisation -> involve(caseId, organisation));
    }

    private void involve(String caseId, String organisation) {
        jdbc.update("""
                insert into deadline_board_organisation (case_id, organisation) values (?::uuid, ?)
                on conflict do nothing""", caseId, organisation);
    }

    private static String subject(String subject) {
        return subject == null ? "" : subject;
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from deadline_board_limit");
        jdbc.update("delete from deadline_board_organisation");
        jdbc.update("delete from deadline_board_case");
    }
}
