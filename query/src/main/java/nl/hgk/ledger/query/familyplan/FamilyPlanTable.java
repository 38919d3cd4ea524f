package nl.hgk.ledger.query.familyplan;

import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.hgk.ledger.query.casestate.CaseState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The table {@code family_plan_view}: one row per case with its folded {@link CaseState} as JSON. Only
 * {@link FamilyPlanProjection} writes it; the query handler reads it.
 */
@Repository
class FamilyPlanTable {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    FamilyPlanTable(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<CaseState> find(UUID caseId) {
        return jdbc.query("select document::text from family_plan_view where case_id = ?",
                (rs, row) -> read(rs.getString(1)), caseId).stream().findFirst();
    }

    /**
     * Stores the state of a case, unless the row already holds this or a later version: a write can never take a
     * case's view back in time, whatever order writers come in.
     *
     * @return whether the row now holds {@code state}
     */
    boolean save(UUID caseId, CaseState state) {
        int changed = jdbc.update("""
                        insert into family_plan_view (case_id, version, status, municipality, document, updated_at)
                        values (?, ?, ?, ?, ?::jsonb, now())
                        on conflict (case_id) do update
                        set version = excluded.version, status = excluded.status,
                            municipality = excluded.municipality, document = excluded.document,
                            updated_at = excluded.updated_at
                        where family_plan_view.version < excluded.version""",
                caseId, state.getVersion(), state.getStatus() == null ? null : state.getStatus().name(),
                state.getMunicipality() == null ? null : state.getMunicipality().value(), write(state));
        return changed == 1;
    }

    void clear() {
        jdbc.update("delete from family_plan_view");
    }

    private CaseState read(String document) {
        try {
            return json.readValue(document, CaseState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored family plan view cannot be read", e);
        }
    }

    private String write(CaseState state) {
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a family plan view cannot be written", e);
        }
    }
}
