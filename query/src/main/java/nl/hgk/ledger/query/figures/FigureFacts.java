package nl.hgk.ledger.query.figures;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
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
        Map<Cell, Long> counts = new HashMap<>();
        jdbc.query("""
                select municipality, case when extract(month from month) <= 6 then 1 else 2 end as half, fact, detail,
                       sum(n) as n
                from figures_count
                where region = ? and month between ? and ?
                group by 1, 2, 3, 4
                having sum(n) <> 0""",
                rs -> {
                    count(new Tally(counts, rs), rs.getString("fact"), rs.getString("detail"));
                }, region, whole.firstDay(), whole.lastDay());

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

        return counts;
    }

    private static String contacts(String contactType) {
        return ContactType.valueOf(contactType) == ContactType.REPORT ? FigureCatalogue.REPORTS
                : FigureCatalogue.ADVICE_REQUESTS;
    }

    /** Adds a row of {@code figures_count} (its facts are described in {@code V54}) to the figures it counts in. */
    private static void count(Tally tally, String fact, String detail) {
        switch (fact) {
            case "CONTACT" -> tally.add(contacts(detail));
            case "CATEGORY" -> {
                String[] typeAndCategory = detail.split("\\.");
                tally.add(FigureCatalogue.category(contacts(typeAndCategory[0]),
                        ViolenceCategory.valueOf(typeAndCategory[1])));
            }
            case "REPORTER" -> tally.add(FigureCatalogue.reporterType(ReporterType.valueOf(detail)));
            case "SECTOR" -> tally.add(detail.equals("NONE") ? FigureCatalogue.NO_SECTOR
                    : FigureCatalogue.sector(ReporterSector.valueOf(detail)));
            case "REPORT_TRIAGE" -> tally.add(switch (detail) {
                case "WITHIN" -> FigureCatalogue.WITHIN_NORM;
                case "LATE" -> FigureCatalogue.LATE;
                default -> FigureCatalogue.NOT_TRIAGED;
            });
            case "REPEAT" -> tally.add(FigureCatalogue.REPEAT_REPORTS);
            case "FEEDBACK_OWED" -> {
                tally.add(FigureCatalogue.FEEDBACK_OWED);
                tally.add(detail.equals("INFORMED") ? FigureCatalogue.FEEDBACK_INFORMED
                        : FigureCatalogue.FEEDBACK_NOT_INFORMED);
            }
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
     * The spreads of all lead times of an area and period, in one scan of the cases' first reports: the median and
     * 90th percentile are not sums, so they are taken from the facts each time, exactly.
     *
     * @param region       the region's code
     * @param municipality a municipality's code, or null for the whole region
     */
    Map<LeadTime, Spread> leadTimes(String region, String municipality, Period period) {
        StringBuilder columns = new StringBuilder();
        for (LeadTime leadTime : LeadTime.values()) {
            // one sort gives both percentiles
            columns.append(columns.isEmpty() ? "" : ",\n").append("""
                    percentile_cont(array[0.5, 0.9]) within group (order by extract(epoch from (%1$s - first_report_at))
                        / 86400) filter (where %1$s >= first_report_at) as %2$s""".formatted(leadTime.column,
                    leadTime.name()));
        }
        return jdbc.queryForObject("""
                select %s
                from figures_case
                where region = ? and (cast(? as varchar) is null or municipality = ?)
                  and first_report_at >= ? and first_report_at < ?""".formatted(columns),
                (rs, row) -> {
                    Map<LeadTime, Spread> spreads = new EnumMap<>(LeadTime.class);
                    for (LeadTime leadTime : LeadTime.values()) {
                        Array percentiles = rs.getArray(leadTime.name());
                        Double[] days = percentiles == null ? new Double[2] : (Double[]) percentiles.getArray();
                        spreads.put(leadTime, new Spread(optional(days[0]), optional(days[1])));
                    }
                    return spreads;
                },
                region, municipality, municipality, time(period.start()), time(period.end()));
    }

    private static OptionalDouble optional(Double days) {
        return days == null ? OptionalDouble.empty() : OptionalDouble.of(days);
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
