package nl.hgk.ledger.query.familyplan;

import java.sql.Array;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /** @return the stored state of each of the cases that has a row, in one statement */
    Map<UUID, CaseState> findAll(Collection<UUID> caseIds) {
        Map<UUID, CaseState> found = new HashMap<>();
        if (caseIds.isEmpty()) {
            return found;
        }
        jdbc.query(connection -> {
            var statement = connection.prepareStatement(
                    "select case_id, document::text from family_plan_view where case_id = any(?)");
            statement.setArray(1, connection.createArrayOf("uuid", caseIds.toArray()));
            return statement;
        }, rs -> {
            found.put(rs.getObject(1, UUID.class), read(rs.getString(2)));
        });
        return found;
    }

    /**
     * Stores the state of a case, unless the row already holds this or a later version.
     *
     * @return whether the row now holds {@code state}
     */
    boolean save(UUID caseId, CaseState state) {
        return saveAll(Map.of(caseId, state)).contains(caseId);
    }

    /**
     * Stores the states of cases in one statement, each unless its row already holds this or a later version: a write
     * can never take a case's view back in time, whatever order writers come in. One statement with arrays rather than
     * a JDBC batch, because it tells which rows it wrote whatever the driver's batch settings
     * ({@code reWriteBatchedInserts} answers a batch without counts).
     *
     * @return the cases whose row now holds the given state
     */
    Set<UUID> saveAll(Map<UUID, CaseState> states) {
        Set<UUID> written = new HashSet<>();
        if (states.isEmpty()) {
            return written;
        }
        List<Map.Entry<UUID, CaseState>> rows = List.copyOf(states.entrySet());
        Object[] ids = new Object[rows.size()];
        Object[] versions = new Object[rows.size()];
        Object[] statuses = new Object[rows.size()];
        Object[] municipalities = new Object[rows.size()];
        Object[] documents = new Object[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            CaseState state = rows.get(i).getValue();
            ids[i] = rows.get(i).getKey();
            versions[i] = state.getVersion();
            statuses[i] = state.getStatus() == null ? null : state.getStatus().name();
            municipalities[i] = state.getMunicipality() == null ? null : state.getMunicipality().value();
            documents[i] = write(state);
        }
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    insert into family_plan_view (case_id, version, status, municipality, document, updated_at)
                    select given.case_id, given.version, given.status, given.municipality, given.document::jsonb, now()
                    from unnest(?::uuid[], ?::bigint[], ?::text[], ?::text[], ?::text[])
                        as given (case_id, version, status, municipality, document)
                    on conflict (case_id) do update
                    set version = excluded.version, status = excluded.status,
                        municipality = excluded.municipality, document = excluded.document,
                        updated_at = excluded.updated_at
                    where family_plan_view.version < excluded.version
                    returning case_id""");
            Array[] arrays = {connection.createArrayOf("uuid", ids), connection.createArrayOf("bigint", versions),
                    connection.createArrayOf("text", statuses), connection.createArrayOf("text", municipalities),
                    connection.createArrayOf("text", documents)};
            for (int i = 0; i < arrays.length; i++) {
                statement.setArray(i + 1, arrays[i]);
            }
            return statement;
        }, rs -> {
            written.add(rs.getObject(1, UUID.class));
        });
        return written;
    }

    /** @return a state of its own, as it would be read back: the fold goes on changing the one it was given */
    CaseState copy(CaseState state) {
        return read(write(state));
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
