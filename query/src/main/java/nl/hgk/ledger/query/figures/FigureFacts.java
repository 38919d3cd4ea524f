package nl.hgk.ledger.query.figures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Supplier;

import nl.hgk.ledger.events.closure.ClosureReason;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.deadlines.TimeLimitOutcome;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.events.huisverbod.HuisverbodEndReason;
import nl.hgk.ledger.events.intake.ContactType;
import nl.hgk.ledger.events.intake.ReporterSector;
import nl.hgk.ledger.events.intake.ReporterType;
import nl.hgk.ledger.events.intake.ViolenceCategory;
import nl.hgk.ledger.events.triage.SafetyCode;
import nl.hgk.ledger.events.triage.TriageOutcome;
import nl.hgk.ledger.query.figures.FigureCatalogue.LeadTime;
import nl.hgk.ledger.query.figures.FigureCatalogue.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the projection's tables: the counts of one region and year per municipality and half-year, and the lead-time
 * statistics of one area and period. Read-only; the half-year and the year are taken in Dutch time.
 */
@Component
class FigureFacts {

    /** the half-year (1 or 2) of a timestamptz expression, in Dutch time */
    private static String half(String column) {
        return "case when extract(month from (" + column + " at time zone 'Europe/Amsterdam')) <= 6 then 1 else 2 end";
    }

    /** the half-year (1 or 2) of the {@code month} column of the counts */
    private static final String HALF_OF_MONTH = "case when extract(month from month) <= 6 then 1 else 2 end";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;

    FigureFacts(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /**
     * Runs {@code reads} on one snapshot of the tables (a read-only, repeatable-read transaction), so that the counts
     * and the lead times of one answer agree although the projection goes on writing.
     */
    <T> T inOneSnapshot(Supplier<T> reads) {
        return snapshot.execute(status -> reads.get());
    }

    /**
     * @return every non-zero count of the region in the year, per municipality ({@link Cell#area()}) and half-year
     * ({@link Cell#H1}, {@link Cell#H2}): sums of the counts the projection keeps per month ({@code V54}), but the
     * split of repeat reports by the earlier case's closure, which is read from the facts
     */
    Map<Cell, Long> counts(String region, int year) {
        Period whole = Period.year(year);
        Object[] months = {region, whole.firstDay(), whole.lastDay()};
        Map<Cell, Long> counts = new HashMap<>();
        jdbc.query("""
                select municipality, %s as half, contact_type, reporter_type, nullif(reporter_sector, '') as sector,
                       child_abuse, domestic_violence, elder_abuse, triage, repeat, informed, sum(n) as n
                from figures_contact_count
                where region = ? and month between ? and ?
                group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11
                having sum(n) <> 0""".formatted(HALF_OF_MONTH),
                rs -> {
                    Tally tally = new Tally(counts, rs);
                    ContactType contactType = ContactType.valueOf(rs.getString("contact_type"));
                    boolean report = contactType == ContactType.REPORT;
                    String contacts = report ? FigureCatalogue.REPORTS : FigureCatalogue.ADVICE_REQUESTS;
                    tally.add(contacts);
                    if (rs.getBoolean("child_abuse")) {
                        tally.add(FigureCatalogue.category(contacts, ViolenceCategory.CHILD_ABUSE));
                    }
                    if (rs.getBoolean("domestic_violence")) {
                        tally.add(FigureCatalogue.category(contacts, ViolenceCategory.DOMESTIC_VIOLENCE));
                    }
                    if (rs.getBoolean("elder_abuse")) {
                        tally.add(FigureCatalogue.category(contacts, ViolenceCategory.ELDER_ABUSE));
                    }
                    if (!report) {
                        return;
                    }
                    ReporterType reporterType = ReporterType.valueOf(rs.getString("reporter_type"));
                    tally.add(FigureCatalogue.reporterType(reporterType));
                    if (reporterType == ReporterType.PROFESSIONAL) {
                        String sector = rs.getString("sector");
                        tally.add(FigureCatalogue.sector(sector == null ? null : ReporterSector.valueOf(sector)));
                    }
                    tally.add(switch (rs.getString("triage")) {
                        case "WITHIN" -> FigureCatalogue.WITHIN_NORM;
                        case "LATE" -> FigureCatalogue.LATE;
                        default -> FigureCatalogue.NOT_TRIAGED;
                    });
                    if (rs.getBoolean("repeat")) {
                        tally.add(FigureCatalogue.REPEAT_REPORTS);
                    }
                    if (reporterType != ReporterType.ANONYMOUS) {
                        tally.add(FigureCatalogue.FEEDBACK_OWED);
                        tally.add(rs.getBoolean("informed") ? FigureCatalogue.FEEDBACK_INFORMED
                                : FigureCatalogue.FEEDBACK_NOT_INFORMED);
                    }
                }, months);

        // the earlier case may be closed after the repeat report was counted (in another segment): read at the time
        jdbc.query("""
                select c.municipality, %s as half,
                       coalesce((c.received_at at time zone 'Europe/Amsterdam')
                                < (earlier.closed_at at time zone 'Europe/Amsterdam') + interval '12 months',
                                false) as within_12_months,
                       count(*) as n
                from figures_contact c left join figures_case earlier on earlier.case_id = c.repeat_of_case_id
                where c.region = ? and c.received_at >= ? and c.received_at < ?
                  and c.opened_case and c.repeat_of_case_id is not null and c.contact_type = 'REPORT'
                group by 1, 2, 3""".formatted(half("c.received_at")),
                rs -> {
                    new Tally(counts, rs).add(rs.getBoolean("within_12_months")
                            ? FigureCatalogue.REPEAT_WITHIN_12_MONTHS : FigureCatalogue.REPEAT_AFTER_12_MONTHS);
                }, region, time(whole.start()), time(whole.end()));

        jdbc.query("""
                select municipality, %s as half, fact, detail, sum(n) as n
                from figures_count
                where region = ? and month between ? and ?
                group by 1, 2, 3, 4
                having sum(n) <> 0""".formatted(HALF_OF_MONTH),
                rs -> {
                    count(new Tally(counts, rs), rs.getString("fact"), rs.getString("detail"));
                }, months);
        return counts;
    }

    /** Adds a row of {@code figures_count} to the figures it counts in. */
    private static void count(Tally tally, String fact, String detail) {
        switch (fact) {
            case "FEEDBACK_GIVEN" -> tally.add(FigureCatalogue.FEEDBACK_GIVEN);
            case "CLOSURE" -> {
                tally.add(FigureCatalogue.CLOSURES);
                tally.add(FigureCatalogue.closure(ClosureReason.valueOf(detail)));
            }
            case "LEAD_TIME" -> tally.add(LeadTime.valueOf(detail).cases());
            // a running or withdrawn limit is only counted once it was missed: late and not met
            case "LIMIT_MET", "LIMIT_MET_LATE", "LIMIT_RUNNING", "LIMIT_WITHDRAWN" -> {
                Limit limit = new Limit(TimeLimit.valueOf(detail));
                tally.add(limit.due());
                if (fact.equals("LIMIT_" + TimeLimitOutcome.MET.name())) {
                    tally.add(limit.metInTime());
                } else {
                    tally.add(limit.late());
                    tally.add(fact.equals("LIMIT_" + TimeLimitOutcome.MET_LATE.name()) ? limit.metLate()
                            : limit.notMet());
                }
            }
            default -> {
                switch (CaseFact.valueOf(fact)) {
                    case FIRST_CODE -> {
                        tally.add(FigureCatalogue.FIRST_CODES);
                        tally.add(FigureCatalogue.firstCode(SafetyCode.valueOf(detail)));
                    }
                    case CODE_CHANGE -> tally.add(FigureCatalogue.CODE_CHANGES);
                    case TRIAGE -> {
                        tally.add(FigureCatalogue.TRIAGE_DECISIONS);
                        tally.add(FigureCatalogue.triageOutcome(TriageOutcome.valueOf(detail)));
                    }
                    case ESCALATION -> {
                        tally.add(FigureCatalogue.ESCALATIONS);
                        tally.add(FigureCatalogue.escalation(EscalationStep.valueOf(detail)));
                    }
                    case HUISVERBOD_IMPOSED -> tally.add(FigureCatalogue.HUISVERBOD_IMPOSED);
                    case HUISVERBOD_EXTENDED -> tally.add(FigureCatalogue.HUISVERBOD_EXTENDED);
                    case HUISVERBOD_ENDED -> {
                        tally.add(FigureCatalogue.HUISVERBOD_ENDED);
                        tally.add(FigureCatalogue.huisverbodEnded(HuisverbodEndReason.valueOf(detail)));
                    }
                    case HELP_STOPPED_EARLY -> {
                        tally.add(FigureCatalogue.STOPPED_EARLY);
                        tally.add(FigureCatalogue.byProviderType(FigureCatalogue.STOPPED_EARLY, detail));
                    }
                    case NO_SHOWS -> {
                        tally.add(FigureCatalogue.NO_SHOWS);
                        tally.add(FigureCatalogue.byProviderType(FigureCatalogue.NO_SHOWS, detail));
                    }
                }
            }
        }
    }

    /** The median and 90th percentile of a lead time, in days; empty when no case reached the step. */
    record Spread(OptionalDouble median, OptionalDouble p90) {
    }

    /**
     * @param region       the region's code
     * @param municipality a municipality's code, or null for the whole region
     */
    Spread leadTime(LeadTime leadTime, String region, String municipality, Period period) {
        return jdbc.queryForObject("""
                select percentile_cont(0.5) within group (order by days) as median,
                       percentile_cont(0.9) within group (order by days) as p90
                from (select extract(epoch from (%1$s - first_report_at)) / 86400 as days from figures_case
                      where region = ? and (cast(? as varchar) is null or municipality = ?)
                        and first_report_at >= ? and first_report_at < ? and %1$s >= first_report_at) lead_times"""
                        .formatted(leadTime.column),
                (rs, row) -> new Spread(optional(rs, "median"), optional(rs, "p90")),
                region, municipality, municipality, time(period.start()), time(period.end()));
    }

    private static OptionalDouble optional(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Adds one result row's count to the counts of its municipality and half-year. */
    private static final class Tally {
        private final Map<Cell, Long> counts;
        private final String municipality;
        private final String half;
        private final long n;

        Tally(Map<Cell, Long> counts, ResultSet rs) throws SQLException {
            this.counts = counts;
            this.municipality = rs.getString("municipality");
            this.half = Cell.half(rs.getInt("half"));
            this.n = rs.getLong("n");
        }

        void add(String figure) {
            counts.merge(new Cell(municipality, half, figure), n, Long::sum);
        }
    }
}
