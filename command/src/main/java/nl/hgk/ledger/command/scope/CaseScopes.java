package nl.hgk.ledger.command.scope;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.hgk.ledger.access.CaseScope;
import nl.hgk.ledger.events.audit.InvolvedOrganisations;
import nl.hgk.ledger.events.intake.ReportReceived;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The command side's own record of each case's region and involved organisations ({@code V9__case_scope.sql}). Runs
 * in a subscribing processor, so it is written in the same transaction as the events and is never behind: the next
 * command of the organisation that was just made coordinator is let through at once. The command side keeps its own
 * rather than asking a view of the query side, which may lag or be rebuilding, and which it may not know.
 * <p>
 * One handler takes every event, because every event's actor involves their organisation (Axon calls only the most
 * specific handler of a class per event). Every write is an upsert, so a replay does no harm.
 */
@Component
@ProcessingGroup(CaseScopes.PROCESSING_GROUP)
class CaseScopes {

    static final String PROCESSING_GROUP = "case-scopes";

    private final JdbcTemplate jdbc;

    CaseScopes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the case's scope; empty for a case that does not exist */
    Optional<CaseScope> of(UUID caseId) {
        List<String> region = jdbc.queryForList("select region from case_scope where case_id = ?", String.class,
                caseId);
        if (region.isEmpty()) {
            return Optional.empty();
        }
        Set<String> organisations = Set.copyOf(jdbc.queryForList(
                "select organisation from case_scope_organisation where case_id = ?", String.class, caseId));
        return Optional.of(new CaseScope(region.get(0), organisations));
    }

    @EventHandler
    void on(DomainEventMessage<?> event) {
        Object payload = event.getPayload();
        String caseId = event.getAggregateIdentifier();
        if (payload instanceof ReportReceived received) {
            // the region recorded with the report: a later division of municipalities never moves a case
            String region = received.region() == null ? CaseScope.UNKNOWN_REGION : received.region();
            jdbc.update("""
                    insert into case_scope (case_id, municipality, region) values (?::uuid, ?, ?)
                    on conflict (case_id) do nothing""", caseId, received.municipality().value(), region);
        }
        InvolvedOrganisations.of(payload, event.getMetaData()).forEach(organisation -> involve(caseId, organisation));
    }

    private void involve(String caseId, String organisation) {
        jdbc.update("""
                insert into case_scope_organisation (case_id, organisation) values (?::uuid, ?)
                on conflict do nothing""", caseId, organisation);
    }
}
