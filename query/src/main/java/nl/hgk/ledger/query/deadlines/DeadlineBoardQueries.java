package nl.hgk.ledger.query.deadlines;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.hgk.ledger.calendar.WorkingDayCalendars;
import nl.hgk.ledger.calendar.WorkingDays;
import nl.hgk.ledger.events.deadlines.Overdue;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.delivery.NoticeKind;
import nl.hgk.ledger.events.triage.SafetyCode;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers {@link FindDeadlines} from the projection's tables, on the ledger's clock and Dutch working days. */
@Component
class DeadlineBoardQueries {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final WorkingDayCalendars calendars;

    DeadlineBoardQueries(JdbcTemplate jdbc, Clock clock, WorkingDayCalendars calendars) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.calendars = calendars;
    }

    @QueryHandler
    DeadlineBoard handle(FindDeadlines query) {
        Instant now = clock.instant();
        // a region's own closing days count on its board; a board of every region counts the days all regions share
        WorkingDays workingDays = calendars.forRegion(query.region());
        LocalDate lastDay = workingDays.addWorkingDays(now.atZone(AMSTERDAM).toLocalDate(), query.withinWorkingDays());
        Instant until = lastDay.plusDays(1).atStartOfDay(AMSTERDAM).toInstant();

        // a limit due at the end of the last working day (the moment it runs out) is within the days looked ahead
        StringBuilder where = new StringBuilder(" where l.due_at <= ?");
        List<Object> arguments = new ArrayList<>(List.of(until.atOffset(ZoneOffset.UTC)));
        whereTheCaseIsAsked(query, where, arguments);
        String from = " from deadline_board_limit l join deadline_board_case c on c.case_id = l.case_id";
        Integer total = jdbc.queryForObject("select count(*)" + from + where, Integer.class, arguments.toArray());

        List<Object> page = new ArrayList<>(arguments);
        page.add(now.atOffset(ZoneOffset.UTC));
        page.add(query.maxItems());
        // the order puts the overdue first by Overdue's rule, in SQL; the items' flag is Overdue's own (item)
        List<DeadlineBoard.Item> items = jdbc.query("""
                        select l.case_id, l.time_limit, l.subject, l.due_at, l.missed, c.municipality, c.region,
                            c.safety_code, c.escalation_level""" + from + where
                        + """
                         order by (l.missed or l.due_at < ?) desc, l.due_at,
                            case c.safety_code when 'RED' then 0 when 'ORANGE' then 1 when 'GREEN' then 2 else 3 end,
                            l.case_id, l.subject
                        limit ?""",
                (row, number) -> item(row, now), page.toArray());
        return new DeadlineBoard(now, until, query.region(), query.organisation(), query.withinWorkingDays(),
                total == null ? 0 : total, items, signals(query));
    }

    /** The reader's scope, then what they asked for within it: conditions on the board's case {@code c}. */
    private static void whereTheCaseIsAsked(FindDeadlines query, StringBuilder where, List<Object> arguments) {
        if (query.region() != null) {
            where.append(" and c.region = ?");
            arguments.add(query.region());
        }
        where.append(" and (c.region = ? or exists (select 1 from deadline_board_organisation r"
                + " where r.case_id = c.case_id and r.organisation = ?))");
        arguments.add(query.scope().region() == null ? "" : query.scope().region());
        arguments.add(query.scope().organisation() == null ? "" : query.scope().organisation());
        if (query.organisation() != null) {
            where.append(" and exists (select 1 from deadline_board_organisation o"
                    + " where o.case_id = c.case_id and o.organisation = ?)");
            arguments.add(query.organisation());
        }
    }

    /**
     * The stagnation signals still open of the cases the reader's organisation coordinates: theirs to act on, so on
     * their board only. The oldest first; whatever the days looked ahead, a signal has no due moment.
     */
    private List<DeadlineBoard.Signal> signals(FindDeadlines query) {
        if (query.scope().organisation() == null) {
            return List.of();
        }
        StringBuilder where = new StringBuilder(" where s.raised_sequence > c.signals_acted_through"
                + " and s.coordinator = ?");
        List<Object> arguments = new ArrayList<>(List.of(query.scope().organisation()));
        whereTheCaseIsAsked(query, where, arguments);
        arguments.add(query.maxItems());
        return jdbc.query("""
                select s.case_id, s.task_id, s.kind, s.raised_at, s.raised_by, c.municipality, c.region, c.safety_code
                from deadline_board_signal s join deadline_board_case c on c.case_id = s.case_id"""
                        + where + " order by s.raised_at, s.case_id, s.raised_sequence limit ?",
                (row, number) -> {
                    String code = row.getString("safety_code");
                    return new DeadlineBoard.Signal(row.getObject("case_id", UUID.class),
                            row.getObject("task_id", UUID.class), NoticeKind.valueOf(row.getString("kind")),
                            row.getTimestamp("raised_at").toInstant(), row.getString("raised_by"),
                            row.getString("municipality"), row.getString("region"),
                            code == null ? null : SafetyCode.valueOf(code));
                }, arguments.toArray());
    }

    private static DeadlineBoard.Item item(ResultSet row, Instant now) throws SQLException {
        String subject = row.getString("subject");
        String code = row.getString("safety_code");
        int level = row.getInt("escalation_level");
        Integer escalationLevel = row.wasNull() ? null : level;
        Instant dueAt = row.getTimestamp("due_at").toInstant();
        boolean missed = row.getBoolean("missed");
        TimeLimit limit = TimeLimit.valueOf(row.getString("time_limit"));
        return new DeadlineBoard.Item(row.getObject("case_id", UUID.class), limit,
                subject.isEmpty() ? null : subject, dueAt, Overdue.at(dueAt, missed, now), missed, limit.raisedWith(),
                row.getString("municipality"), row.getString("region"), code == null ? null : SafetyCode.valueOf(code),
                escalationLevel);
    }
}
