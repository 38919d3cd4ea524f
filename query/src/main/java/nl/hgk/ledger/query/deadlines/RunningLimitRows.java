package nl.hgk.ledger.query.deadlines;

import java.time.ZoneOffset;

import nl.hgk.ledger.events.deadlines.DeadlineMissed;
import nl.hgk.ledger.events.deadlines.TimeLimitCleared;
import nl.hgk.ledger.events.deadlines.TimeLimitSet;
import nl.hgk.ledger.query.batching.CaseStatements;

/**
 * The time limits still running, kept in a view's own table from the limits the command side records: a limit set is
 * a row (set again, it moves), a miss marks it, a limit met or withdrawn is deleted. One way for every view that shows
 * running limits (the deadline board, the case list), each in its own table so each can be rebuilt on its own. The
 * table has the columns {@code case_id, time_limit, subject, due_at, missed}, keyed by the first three.
 */
public final class RunningLimitRows {

    private final CaseStatements statements;
    private final String table;

    /** @param table the view's table of running limits: a name of the schema, never input */
    public RunningLimitRows(CaseStatements statements, String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        this.statements = statements;
        this.table = table;
    }

    /** Applies an event of a case to its running limits; other events are no limit's and change nothing. */
    public void apply(String caseId, Object payload) {
        if (payload instanceof TimeLimitSet set) {
            statements.update(caseId, "insert into " + table + " (case_id, time_limit, subject, due_at, missed)"
                    + " values (?::uuid, ?, ?, ?, false) on conflict (case_id, time_limit, subject)"
                    + " do update set due_at = excluded.due_at, missed = false",
                    caseId, set.limit().name(), subject(set.subject()), set.dueAt().atOffset(ZoneOffset.UTC));
        } else if (payload instanceof DeadlineMissed missed) {
            statements.update(caseId, "update " + table + " set missed = true"
                    + " where case_id = ?::uuid and time_limit = ? and subject = ?",
                    caseId, missed.limit().name(), subject(missed.subject()));
        } else if (payload instanceof TimeLimitCleared cleared) {
            statements.update(caseId,
                    "delete from " + table + " where case_id = ?::uuid and time_limit = ? and subject = ?",
                    caseId, cleared.limit().name(), subject(cleared.subject()));
        }
    }

    /** a limit without a subject is stored under '', so that the key holds no null */
    private static String subject(String subject) {
        return subject == null ? "" : subject;
    }
}
