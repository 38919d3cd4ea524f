package nl.hgk.ledger.query.deadlines;

import nl.hgk.ledger.access.CaseScope;
import java.time.ZoneOffset;

import nl.hgk.ledger.events.audit.AuditMetadata;
import nl.hgk.ledger.events.audit.InvolvedOrganisations;
import nl.hgk.ledger.events.escalation.CoordinationReturned;
import nl.hgk.ledger.events.escalation.EscalatedToMeldpuntManager;
import nl.hgk.ledger.events.coordination.CoordinatorReplaced;
import nl.hgk.ledger.events.delivery.DeliveryNotice;
import nl.hgk.ledger.events.delivery.StagnationSignal;
import nl.hgk.ledger.events.escalation.EscalationRaised;
import nl.hgk.ledger.events.escalation.EscalationResolved;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.events.escalation.InadequateCoordinationReported;
import nl.hgk.ledger.events.escalation.PartyManagersConsulted;
import nl.hgk.ledger.events.intake.ReportReceived;
import nl.hgk.ledger.events.triage.CodeAssigned;
import nl.hgk.ledger.query.batching.CaseStatements;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the deadline board's tables ({@code V7__deadline_board.sql}, {@code V36__stagnation_signals.sql}) in its own
 * tracking processor. One handler takes every event, because every event's actor adds an organisation to its case
 * (Axon calls only one handler of a class per event, the most specific, so per-type handlers would each have to repeat
 * that). Safe to replay: every write is an upsert, a delete by key, or a mark that only moves forward. A reset empties
 * the tables.
 */
@Component
@ProcessingGroup(DeadlineBoardProjection.PROCESSING_GROUP)
class DeadlineBoardProjection {

    static final String PROCESSING_GROUP = "deadline-board";

    private final JdbcTemplate jdbc;
    /** every write about a case, sent in JDBC batches before the processor's batch commits */
    private final CaseStatements statements;
    private final RunningLimitRows limits;

    DeadlineBoardProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.statements = new CaseStatements(jdbc);
        this.limits = new RunningLimitRows(statements, "deadline_board_limit");
    }

    @EventHandler
    void on(DomainEventMessage<?> event) {
        Object payload = event.getPayload();
        String caseId = event.getAggregateIdentifier();
        if (payload instanceof ReportReceived received) {
            // the region recorded with the report, which decides whose board shows the case
            String region = received.region() == null ? CaseScope.UNKNOWN_REGION : received.region();
            statements.update(caseId, """
                    insert into deadline_board_case (case_id, municipality, region) values (?::uuid, ?, ?)
                    on conflict (case_id) do nothing""", caseId, received.municipality().value(), region);
        } else if (payload instanceof CodeAssigned assigned) {
            statements.update(caseId, "update deadline_board_case set safety_code = ? where case_id = ?::uuid",
                    assigned.code().name(), caseId);
        } else if (payload instanceof EscalationRaised raised) {
            escalationLevel(caseId, raised.step().level());
        } else if (payload instanceof InadequateCoordinationReported) {
            escalationLevel(caseId, EscalationStep.PROCESS_DIRECTOR.level());
        } else if (payload instanceof PartyManagersConsulted) {
            escalationLevel(caseId, EscalationStep.MANAGEMENT.level());
        } else if (payload instanceof EscalatedToMeldpuntManager) {
            escalationLevel(caseId, EscalationStep.ADMINISTRATIVE.level());
        } else if (payload instanceof EscalationResolved || payload instanceof CoordinationReturned) {
            statements.update(caseId, "update deadline_board_case set escalation_level = null where case_id = ?::uuid",
                    caseId);
        } else if (payload instanceof CoordinatorReplaced replaced) {
            // an open signal is the coordinating organisation's to act on, whoever it was given to
            statements.update(caseId, "update deadline_board_signal set coordinator = ? where case_id = ?::uuid",
                    replaced.next().organisation(), caseId);
        }
        signals(event);
        limits.apply(caseId, payload);
        InvolvedOrganisations.of(payload, event.getMetaData()).forEach(organisation -> involve(caseId, organisation));
    }

    private void escalationLevel(String caseId, int level) {
        statements.update(caseId, "update deadline_board_case set escalation_level = ? where case_id = ?::uuid",
                level, caseId);
    }

    /**
     * A signal raised is kept as raised; an event that acts on the case's signals moves the case's mark past them, so
     * that handling either again changes nothing.
     */
    private void signals(DomainEventMessage<?> event) {
        String caseId = event.getAggregateIdentifier();
        Object payload = event.getPayload();
        if (StagnationSignal.raisedBy(payload) && payload instanceof DeliveryNotice notice) {
            statements.update(caseId, """
                    insert into deadline_board_signal (case_id, raised_sequence, task_id, kind, raised_at, raised_by,
                        coordinator) values (?::uuid, ?, ?, ?, ?, ?, ?)
                    on conflict do nothing""", event.getAggregateIdentifier(), event.getSequenceNumber(),
                    notice.taskId(), notice.kind().name(), event.getTimestamp().atOffset(ZoneOffset.UTC),
                    String.valueOf(event.getMetaData().get(AuditMetadata.ORGANISATION)),
                    notice.coordinator().organisation());
        }
        if (StagnationSignal.actedOnBy(payload)) {
            statements.update(caseId, """
                    update deadline_board_case set signals_acted_through = greatest(signals_acted_through, ?)
                    where case_id = ?::uuid""", event.getSequenceNumber(), event.getAggregateIdentifier());
        }
    }

    private void involve(String caseId, String organisation) {
        statements.update(caseId, """
                insert into deadline_board_organisation (case_id, organisation) values (?::uuid, ?)
                on conflict do nothing""", caseId, organisation);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from deadline_board_signal");
        jdbc.update("delete from deadline_board_limit");
        jdbc.update("delete from deadline_board_organisation");
        jdbc.update("delete from deadline_board_case");
    }
}
