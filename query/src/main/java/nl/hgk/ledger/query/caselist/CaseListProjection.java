package nl.hgk.ledger.query.caselist;

import java.time.ZoneOffset;

import nl.hgk.ledger.access.CaseScope;
import nl.hgk.ledger.events.CaseStream;
import nl.hgk.ledger.events.audit.InvolvedOrganisations;
import nl.hgk.ledger.events.closure.CaseClosed;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.coordination.CoordinatorReplaced;
import nl.hgk.ledger.events.delivery.StagnationSignal;
import nl.hgk.ledger.events.intake.ReportReceived;
import nl.hgk.ledger.events.person.InvolvedPerson;
import nl.hgk.ledger.events.person.PersonErased;
import nl.hgk.ledger.events.triage.CodeAssigned;
import nl.hgk.ledger.events.triage.InvestigationConcluded;
import nl.hgk.ledger.query.batching.CaseStatements;
import nl.hgk.ledger.query.casestate.CaseState;
import nl.hgk.ledger.query.deadlines.RunningLimitRows;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the case list's tables ({@code V30__case_list.sql}, {@code V36__stagnation_signals.sql}) in its own tracking
 * processor. One handler takes every event, because every event moves its case's version and last activity and may
 * involve an organisation (Axon calls only the most specific handler of a class per event). Safe to replay: every write
 * is an upsert, a delete by key, or an update that never takes a case back in time. A reset empties the tables.
 * <p>
 * The search index takes the keys of every person a report names, as hashes ({@link BlindIndex}); an erasure deletes
 * that person's rows at once. A rebuild after an erasure indexes nothing of the person either: their data reads as
 * erased from the event store.
 */
@Component
@ProcessingGroup(CaseListProjection.PROCESSING_GROUP)
class CaseListProjection {

    static final String PROCESSING_GROUP = "case-list";

    private final JdbcTemplate jdbc;
    /** every write about a case, sent in JDBC batches before the processor's batch commits */
    private final CaseStatements statements;
    private final BlindIndex index;
    private final RunningLimitRows limits;

    CaseListProjection(JdbcTemplate jdbc, BlindIndex index) {
        this.jdbc = jdbc;
        this.statements = new CaseStatements(jdbc);
        this.index = index;
        this.limits = new RunningLimitRows(statements, "case_list_limit");
    }

    @EventHandler
    void on(DomainEventMessage<?> event) {
        if (!CaseStream.AGGREGATE_TYPE.equals(event.getType())) {
            return;
        }
        Object payload = event.getPayload();
        String caseId = event.getAggregateIdentifier();
        if (payload instanceof ReportReceived received) {
            opened(caseId, received, event);
            received.persons().forEach(person -> indexPerson(caseId, person));
        } else if (payload instanceof CodeAssigned assigned) {
            statements.update(caseId, "update case_list_case set safety_code = ?, code_to_be_determined = false"
                    + " where case_id = ?::uuid", assigned.code().name(), caseId);
        } else if (payload instanceof InvestigationConcluded) {
            // the findings determine the code: in the same step when the conclusion carries it, which comes next
            statements.update(caseId, "update case_list_case set code_to_be_determined = true where case_id = ?::uuid",
                    caseId);
        } else if (payload instanceof CoordinatorAppointed appointed) {
            coordinator(caseId, appointed.coordinator().organisation());
        } else if (payload instanceof CoordinatorReplaced replaced) {
            coordinator(caseId, replaced.next().organisation());
        } else if (payload instanceof CaseClosed) {
            statements.update(caseId, "update case_list_case set status = ? where case_id = ?::uuid",
                    CaseState.Status.CLOSED.name(), caseId);
        } else if (payload instanceof PersonErased erased) {
            // no longer findable from this moment, not only after a rebuild
            statements.update(caseId, "delete from case_list_search where case_id = ?::uuid and person_id = ?",
                    caseId, erased.personId());
        }
        limits.apply(caseId, payload);
        signals(event);
        statements.update(caseId, """
                update case_list_case set version = greatest(version, ?),
                    last_activity_at = greatest(last_activity_at, ?)
                where case_id = ?::uuid""",
                event.getSequenceNumber(), event.getTimestamp().atOffset(ZoneOffset.UTC), caseId);
        InvolvedOrganisations.of(payload, event.getMetaData()).forEach(organisation -> statements.update(caseId, """
                insert into case_list_organisation (case_id, organisation) values (?::uuid, ?)
                on conflict do nothing""", caseId, organisation));
    }

    /** The first report opens the case; a later one bundled into it changes none of this. */
    private void opened(String caseId, ReportReceived received, DomainEventMessage<?> event) {
        // the region recorded with the report, as the family plan view and the board have it
        String region = received.region() == null ? CaseScope.UNKNOWN_REGION : received.region();
        statements.update(caseId, """
                insert into case_list_case (case_id, version, status, municipality, region, opened_at, last_activity_at)
                values (?::uuid, ?, ?, ?, ?, ?, ?)
                on conflict (case_id) do nothing""",
                caseId, event.getSequenceNumber(), CaseState.Status.OPEN.name(), received.municipality().value(),
                region, event.getTimestamp().atOffset(ZoneOffset.UTC), event.getTimestamp().atOffset(ZoneOffset.UTC));
    }

    /** How many stagnation signals of the case are open: the marks of {@code V36__stagnation_signals.sql}. */
    private void signals(DomainEventMessage<?> event) {
        String caseId = event.getAggregateIdentifier();
        if (StagnationSignal.raisedBy(event.getPayload())) {
            statements.update(caseId, "insert into case_list_signal (case_id, raised_sequence) values (?::uuid, ?)"
                    + " on conflict do nothing", event.getAggregateIdentifier(), event.getSequenceNumber());
        }
        if (StagnationSignal.actedOnBy(event.getPayload())) {
            statements.update(caseId,
                    "update case_list_case set signals_acted_through = greatest(signals_acted_through, ?)"
                    + " where case_id = ?::uuid", event.getSequenceNumber(), event.getAggregateIdentifier());
        }
    }

    private void indexPerson(String caseId, InvolvedPerson person) {
        index.of(person.personalData()).forEach(digest -> statements.update(caseId, """
                insert into case_list_search (case_id, person_id, kind, digest) values (?::uuid, ?, ?, ?)
                on conflict do nothing""", caseId, person.personId(), digest.kind().name(), digest.value()));
    }

    private void coordinator(String caseId, String organisation) {
        statements.update(caseId, "update case_list_case set coordinator = ? where case_id = ?::uuid",
                organisation, caseId);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from case_list_search");
        jdbc.update("delete from case_list_signal");
        jdbc.update("delete from case_list_limit");
        jdbc.update("delete from case_list_organisation");
        jdbc.update("delete from case_list_case");
    }
}
