package nl.hgk.ledger.query.caselist;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.hgk.ledger.access.ReachableCases;
import nl.hgk.ledger.events.deadlines.Overdue;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.triage.SafetyCode;
import nl.hgk.ledger.query.casestate.CaseState;
import nl.hgk.ledger.reference.Municipalities;
import nl.hgk.ledger.reference.Municipality;
import nl.hgk.ledger.reference.MunicipalityCode;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers {@link FindCases} from the projection's tables, on the ledger's clock; the names from the event store. */
@Component
class CaseListQueries {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final CaseLabels labels;
    private final Municipalities municipalities = Municipalities.load();

    CaseListQueries(JdbcTemplate jdbc, Clock clock, CaseLabels labels) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.labels = labels;
    }

    /** One row of the page before its people are read. */
    private record Row(UUID caseId, long version, CaseState.Status status, SafetyCode code,
                       boolean codeToBeDetermined, String municipality,
                       String region, Instant openedAt, Instant lastActivityAt, String coordinator,
                       Set<String> organisations, boolean overdue, CaseList.NextLimit nextLimit,
                       int stagnationSignals) {
    }

    @QueryHandler
    CaseList handle(FindCases query) {
        Instant now = clock.instant();
        StringBuilder where = new StringBuilder(" where ").append(reach(query.reach()));
        List<Object> arguments = new ArrayList<>(reachArguments(query.reach()));
        if (query.status() != null) {
            where.append(" and c.status = ?");
            arguments.add(query.status().name());
        }
        if (query.code() != null) {
            where.append(" and c.safety_code = ?");
            arguments.add(query.code().name());
        }
        if (query.withoutCode()) {
            where.append(" and c.safety_code is null");
        }
        if (query.coordinator() != null) {
            where.append(" and c.coordinator = ?");
            arguments.add(query.coordinator());
        }
        if (query.organisation() != null) {
            where.append(" and exists (select 1 from case_list_organisation o"
                    + " where o.case_id = c.case_id and o.organisation = ?)");
            arguments.add(query.organisation());
        }
        for (BlindIndex.Digest digest : query.searched()) {
            where.append(" and exists (select 1 from case_list_search s"
                    + " where s.case_id = c.case_id and s.digest = ? and s.kind = ?)");
            arguments.add(digest.value());
            arguments.add(digest.kind().name());
        }
        Long total = jdbc.queryForObject("select count(*) from case_list_case c" + where, Long.class,
                arguments.toArray());

        List<Object> page = new ArrayList<>();
        page.add(now.atOffset(ZoneOffset.UTC));
        page.addAll(arguments);
        page.add(query.size());
        page.add((long) query.page() * query.size());
        // overdue by Overdue's rule, in SQL to order by it; each limit's own flag is Overdue's (row)
        List<Row> rows = jdbc.query("""
                        select c.case_id, c.version, c.status, c.safety_code, c.code_to_be_determined,
                            c.municipality, c.region, c.opened_at,
                            c.last_activity_at, c.coordinator, n.time_limit, n.subject, n.due_at, n.missed,
                            exists (select 1 from case_list_limit l where l.case_id = c.case_id
                                and (l.missed or l.due_at < ?)) as overdue,
                            array(select o.organisation from case_list_organisation o where o.case_id = c.case_id
                                order by o.organisation) as organisations,
                            (select count(*) from case_list_signal g where g.case_id = c.case_id
                                and g.raised_sequence > c.signals_acted_through) as stagnation_signals
                        from case_list_case c
                        left join lateral (select l.time_limit, l.subject, l.due_at, l.missed from case_list_limit l
                            where l.case_id = c.case_id order by l.due_at, l.time_limit, l.subject limit 1) n on true"""
                        + where + """
                         order by overdue desc,
                            case c.safety_code when 'RED' then 0 when 'ORANGE' then 1 when 'GREEN' then 2 else 3 end,
                            n.due_at nulls last, c.last_activity_at desc, c.case_id
                        limit ? offset ?""",
                (row, number) -> row(row, now), page.toArray());

        Map<UUID, CaseLabels.People> people = labels.of(rows.stream().map(Row::caseId).toList());
        List<CaseList.Item> items = rows.stream().map(row -> item(row, people.get(row.caseId()))).toList();
        return new CaseList(items, query.page(), query.size(), total == null ? 0 : total, now);
    }

    /** the policy's reach as a condition on a case {@code c}: the region and organisation are the policy's choice */
    private static String reach(ReachableCases reach) {
        if (reach.everyCase()) {
            return "true";
        }
        List<String> any = new ArrayList<>();
        if (reach.region() != null) {
            any.add("c.region = ?");
        }
        if (reach.organisation() != null) {
            any.add("exists (select 1 from case_list_organisation r where r.case_id = c.case_id"
                    + " and r.organisation = ?)");
        }
        return any.isEmpty() ? "false" : "(" + String.join(" or ", any) + ")";
    }

    private static List<Object> reachArguments(ReachableCases reach) {
        List<Object> arguments = new ArrayList<>();
        if (!reach.everyCase() && reach.region() != null) {
            arguments.add(reach.region());
        }
        if (!reach.everyCase() && reach.organisation() != null) {
            arguments.add(reach.organisation());
        }
        return arguments;
    }

    private static Row row(ResultSet row, Instant now) throws SQLException {
        String code = row.getString("safety_code");
        String limit = row.getString("time_limit");
        CaseList.NextLimit next = null;
        if (limit != null) {
            String subject = row.getString("subject");
            Instant dueAt = row.getTimestamp("due_at").toInstant();
            next = new CaseList.NextLimit(TimeLimit.valueOf(limit), subject.isEmpty() ? null : subject, dueAt,
                    Overdue.at(dueAt, row.getBoolean("missed"), now));
        }
        Array organisations = row.getArray("organisations");
        Set<String> involved = new LinkedHashSet<>(List.of((String[]) organisations.getArray()));
        return new Row(row.getObject("case_id", UUID.class), row.getLong("version"),
                CaseState.Status.valueOf(row.getString("status")), code == null ? null : SafetyCode.valueOf(code),
                row.getBoolean("code_to_be_determined"), row.getString("municipality"), row.getString("region"), row.getTimestamp("opened_at").toInstant(),
                row.getTimestamp("last_activity_at").toInstant(), row.getString("coordinator"), involved,
                row.getBoolean("overdue"), next, row.getInt("stagnation_signals"));
    }

    private CaseList.Item item(Row row, CaseLabels.People people) {
        CaseLabels.People known = people == null ? CaseLabels.People.NONE : people;
        String municipalityName = municipalities.find(MunicipalityCode.of(row.municipality()))
                .map(Municipality::name).orElse(null);
        return new CaseList.Item(row.caseId(), row.version(), row.status(), row.code(), row.codeToBeDetermined(),
                row.municipality(),
                municipalityName, row.region(), row.openedAt(), row.lastActivityAt(), row.coordinator(),
                row.organisations(), known.count(), known.label(), row.overdue(), row.nextLimit(),
                row.stagnationSignals());
    }
}
