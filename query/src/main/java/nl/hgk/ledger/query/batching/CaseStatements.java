package nl.hgk.ledger.query.batching;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statements a view makes about cases while its processor handles a batch of events, sent as JDBC batches just
 * before the batch's transaction commits; outside a unit of work (a test handing events one by one) each runs at once.
 * <p>
 * Every statement is about one case and touches only that case's rows (each view table is keyed by the case), so
 * statements about different cases commute, and only each case's own order must be kept. Before the commit the
 * statements are sent in rounds: each round takes, from the front of every case's queue, the statements of the one
 * SQL text most cases have in front, and sends them as one JDBC batch. A batch of hundreds of events then costs a few
 * round trips per kind of statement instead of several per event, and each case's statements still run in the order
 * its events came.
 */
public final class CaseStatements {

    private final JdbcTemplate jdbc;
    /** the unit of work's resource for this instance's pending statements: views never share a batch */
    private final String pendingResource = CaseStatements.class.getName() + "@" + System.identityHashCode(this);

    public CaseStatements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A statement about one case, run before the batch commits, after every earlier statement about that case.
     *
     * @param caseId the case whose rows (and only whose rows) the statement touches
     */
    public void update(String caseId, String sql, Object... args) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, args);
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        Map<String, Deque<Statement>> pending = unitOfWork.getOrComputeResource(pendingResource, key -> {
            Map<String, Deque<Statement>> perCase = new LinkedHashMap<>();
            unitOfWork.onPrepareCommit(committing -> send(perCase));
            return perCase;
        });
        pending.computeIfAbsent(caseId, id -> new ArrayDeque<>()).add(new Statement(sql, args));
    }

    private void send(Map<String, Deque<Statement>> perCase) {
        List<Deque<Statement>> queues = new ArrayList<>(perCase.values());
        while (!queues.isEmpty()) {
            String sql = mostCommonFirst(queues);
            List<Object[]> rows = new ArrayList<>();
            for (Deque<Statement> queue : queues) {
                if (queue.peekFirst().sql().equals(sql)) {
                    rows.add(queue.removeFirst().args());
                }
            }
            jdbc.batchUpdate(sql, rows);
            queues.removeIf(Deque::isEmpty);
        }
        perCase.clear();
    }

    /** @return the SQL text at the front of most queues (the first seen of equals) */
    private static String mostCommonFirst(List<Deque<Statement>> queues) {
        Map<String, Integer> fronts = new LinkedHashMap<>();
        queues.forEach(queue -> fronts.merge(queue.peekFirst().sql(), 1, Integer::sum));
        return fronts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private record Statement(String sql, Object[] args) {
        @Override
        public String toString() {
            return sql + " " + Arrays.toString(args);
        }
    }
}
