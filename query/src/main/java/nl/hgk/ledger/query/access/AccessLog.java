package nl.hgk.ledger.query.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.hgk.ledger.access.CaseAction;
import nl.hgk.ledger.access.CaseScope;
import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.query.web.InvalidQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The access log ({@code V10__access_log.sql}): every read of a family plan or a case history, and every case a search
 * by personal data answered, written by the request that reads before it answers ({@link CaseReads}): the reader's
 * scope is checked against the case that was read, and only then the row is written, in its own statement; if the row
 * cannot be written, the request fails and the case is not shown. The table refuses every change and removal of a row.
 */
@Component
public class AccessLog {

    /** The request header that can carry the reason for a read, instead of the {@code reason} parameter. */
    public static final String REASON_HEADER = "Hgk-Reason";
    static final int MAX_REASON = 500;
    private static final int MAX_DETAIL = 200;

    /** What was read, the action of the access policy it is, and how a case not found is told. */
    public enum Read {
        /** the family plan view, once ({@code GET /api/family-plans/{caseId}}) */
        FAMILY_PLAN(CaseAction.READ_FAMILY_PLAN, "No family plan view of case "),
        /** the live family plan view: the stream was opened ({@code GET /api/family-plans/{caseId}/updates}) */
        FAMILY_PLAN_UPDATES(CaseAction.READ_FAMILY_PLAN, "No family plan view of case "),
        /** the case history, in any form ({@code GET /api/cases/{caseId}/history}) */
        CASE_HISTORY(CaseAction.READ_HISTORY, "no case "),
        /**
         * the case was found by a search on a person's BSN, address, or name and birth date ({@code GET /api/cases}),
         * and its people's names shown in the list: one row per case the search answered
         */
        CASE_SEARCH(CaseAction.READ_FAMILY_PLAN, "no case ");

        private final CaseAction action;
        private final String notFound;

        Read(CaseAction action, String notFound) {
            this.action = action;
            this.notFound = notFound;
        }

        CaseAction action() {
            return action;
        }

        /** @return the answer to a case that is not there, word for word what its finder answers to a made-up id */
        String notFound(UUID caseId) {
            return notFound + caseId;
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AccessLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The reason a reader gives for a read: the {@code reason} parameter, or else the {@value #REASON_HEADER}
     * header. Inspectors must give one (they read cases they have no part in); for others it is recorded when given.
     * Checked before the case is looked up, so a missing reason is told alike for every case id.
     *
     * @throws InvalidQuery (400) when required and absent, too long, or with control characters
     */
    static String reason(LedgerUser reader, String parameter, String header) {
        String given = parameter != null && !parameter.isBlank() ? parameter : header;
        String reason = given == null || given.isBlank() ? null : given.strip();
        if (reason == null && reader.role() == ActorRole.INSPECTOR) {
            throw new InvalidQuery("reason", "an inspector gives the reason for reading a case: the 'reason' "
                    + "parameter or the " + REASON_HEADER + " header");
        }
        if (reason != null && (reason.length() > MAX_REASON || reason.chars().anyMatch(Character::isISOControl))) {
            throw new InvalidQuery("reason", "must be at most " + MAX_REASON + " characters, without control "
                    + "characters");
        }
        return reason;
    }

    /**
     * Writes the row of a read the access policy admitted ({@link CaseRead#admit}), in its own statement: when it
     * cannot be written, this throws and the read is not answered.
     */
    void record(LedgerUser reader, UUID caseId, CaseScope scope, Read what, String detail, String reason) {
        jdbc.update("""
                        insert into access_log (read_at, user_name, organisation, role, user_region, case_id,
                            case_region, what, detail, reason)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                clock.instant().atOffset(ZoneOffset.UTC), reader.name(), reader.organisation(), reader.role().name(),
                reader.region(), caseId, scope.region(), what.name(),
                detail == null ? null : detail.substring(0, Math.min(detail.length(), MAX_DETAIL)), reason);
    }

    /**
     * The rows the reader may see, oldest first. An inspector sees the reads of their own region's cases; a privacy
     * officer the reads by the people of their own organisation.
     */
    AccessLogPage find(LedgerUser reader, UUID caseId, Instant from, Instant to, int page, int size) {
        StringBuilder where = new StringBuilder();
        List<Object> arguments = new ArrayList<>();
        switch (reader.role()) {
            case INSPECTOR -> {
                where.append(" where case_region = ?");
                arguments.add(reader.region() == null ? "" : reader.region());
            }
            case PRIVACY_OFFICER -> {
                where.append(" where organisation = ?");
                arguments.add(reader.organisation());
            }
            case CASE_WORKER, COORDINATOR, ANALYST, ADMINISTRATOR, SYSTEM ->
                    throw new AccessDeniedException("the access log is read by inspectors and privacy officers");
        }
        if (caseId != null) {
            where.append(" and case_id = ?");
            arguments.add(caseId);
        }
        if (from != null) {
            where.append(" and read_at >= ?");
            arguments.add(from.atOffset(ZoneOffset.UTC));
        }
        if (to != null) {
            where.append(" and read_at < ?");
            arguments.add(to.atOffset(ZoneOffset.UTC));
        }
        Long total = jdbc.queryForObject("select count(*) from access_log" + where, Long.class, arguments.toArray());
        List<Object> paged = new ArrayList<>(arguments);
        paged.add(size);
        paged.add((long) page * size);
        List<AccessLogPage.Entry> entries = jdbc.query("""
                select read_at, user_name, organisation, role, user_region, case_id, case_region, what, detail, reason
                from access_log""" + where + " order by id limit ? offset ?", AccessLog::entry, paged.toArray());
        return new AccessLogPage(entries, page, size, total == null ? 0 : total);
    }

    private static AccessLogPage.Entry entry(ResultSet row, int number) throws SQLException {
        return new AccessLogPage.Entry(row.getTimestamp("read_at").toInstant(), row.getString("user_name"),
                row.getString("organisation"), row.getString("role"), row.getString("user_region"),
                row.getObject("case_id", UUID.class), row.getString("case_region"), row.getString("what"),
                row.getString("detail"), row.getString("reason"));
    }
}
