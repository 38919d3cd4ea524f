package nl.hgk.ledger.query.batching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.hgk.ledger.query.ProjectionDatabase;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Statements about cases made during a batch run before it commits, each case's in the order they were made, in a few
 * JDBC batches rather than one round trip each; outside a batch each runs at once.
 */
class CaseStatementsTest {

    private final List<String> sent = new ArrayList<>();
    /** counts what reaches the database: one entry per round trip */
    private final JdbcTemplate jdbc = new JdbcTemplate(ProjectionDatabase.dataSource()) {
        @Override
        public int update(String sql, Object... args) {
            sent.add("update");
            return super.update(sql, args);
        }

        @Override
        public int[] batchUpdate(String sql, List<Object[]> batchArgs) {
            sent.add("batch of " + batchArgs.size());
            return super.batchUpdate(sql, batchArgs);
        }
    };
    private final CaseStatements statements = new CaseStatements(jdbc);

    {
        ProjectionDatabase.jdbc().execute("create table if not exists case_statements_test"
                + " (case_id text primary key, steps text not null)");
    }

    @Test
    void aBatchKeepsEachCasesOrderAndSendsOneJdbcBatchPerKindOfStatementInTurn() {
        List<String> cases = List.of(id(), id(), id());
        List<EventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            events.add(GenericEventMessage.asEventMessage("event " + i));
        }
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(events);
        int[] handled = {0};
        unitOfWork.executeWithResult(() -> {
            int event = handled[0]++;
            if (event < cases.size()) {
                open(cases.get(event));
            } else {
                // the cases' further steps interleaved; the first case gets more than the others
                String caseId = cases.get(event % 2 == 0 ? 0 : event % cases.size());
                step(caseId, "e" + event);
            }
            assertThat(sent).as("nothing is sent while the batch runs").isEmpty();
            return null;
        });

        Map<String, String> steps = jdbc.queryForList("select case_id, steps from case_statements_test"
                        + " where case_id in (?, ?, ?)", cases.toArray())
                .stream().collect(Collectors.toMap(row -> (String) row.get("case_id"),
                        row -> (String) row.get("steps")));
        assertThat(steps).containsEntry(cases.get(0), "opened e3 e4 e6 e8 e9")
                .containsEntry(cases.get(1), "opened e7")
                .containsEntry(cases.get(2), "opened e5");
        assertThat(sent).as("the opening of every case in one batch, then each round of steps in one")
                .containsExactly("batch of 3", "batch of 3", "batch of 1", "batch of 1", "batch of 1", "batch of 1");
    }

    @Test
    void outsideABatchEachStatementRunsAtOnce() {
        String caseId = id();
        open(caseId);
        step(caseId, "now");

        assertThat(sent).containsExactly("update", "update");
        assertThat(jdbc.queryForObject("select steps from case_statements_test where case_id = ?", String.class,
                caseId)).isEqualTo("opened now");
    }

    private void open(String caseId) {
        statements.update(caseId, "insert into case_statements_test (case_id, steps) values (?, 'opened')", caseId);
    }

    private void step(String caseId, String step) {
        statements.update(caseId, "update case_statements_test set steps = steps || ' ' || ? where case_id = ?",
                step, caseId);
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
