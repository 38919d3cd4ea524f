package nl.hgk.ledger.query.figures;

import static nl.hgk.ledger.query.figures.FigureCase.dutch;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import nl.hgk.ledger.events.deadlines.DeadlineMissed;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.deadlines.TimeLimitCleared;
import nl.hgk.ledger.events.deadlines.TimeLimitOutcome;
import nl.hgk.ledger.events.deadlines.TimeLimitSet;
import nl.hgk.ledger.query.ProjectionDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * The share of time limits met, from the limits the cases recorded ({@link TimeLimitSet}, {@link DeadlineMissed},
 * {@link TimeLimitCleared}), per region, municipality and period, against the national norms. On a real PostgreSQL
 * with the Flyway schema; the tables are emptied before each test. Dordrecht (GM0505) and Alblasserdam (GM0482) lie in
 * VT24, Westerwolde (GM1950) in VT08.
 */
class RegionalFiguresTimeLimitsTest {

    private static final String DORDRECHT = "GM0505";
    private static final String ALBLASSERDAM = "GM0482";
    private static final String WESTERWOLDE = "GM1950";
    private static final String REGION = "VT24";
    /** a Monday: a report received then is due for triage at the end of Monday 10 March */
    private static final Instant REPORTED = dutch(2025, 3, 3, 9, 0);
    private static final Instant TRIAGE_DUE = dutch(2025, 3, 11, 0, 0);

    private final JdbcTemplate jdbc = ProjectionDatabase.jdbc();
    private final AnnotationEventHandlerAdapter handler =
            new AnnotationEventHandlerAdapter(new RegionalFiguresProjection(jdbc));
    private final RegionalFiguresQueries queries = new RegionalFiguresQueries(
            new FigureFacts(jdbc, new JdbcTransactionManager(ProjectionDatabase.dataSource())));
    private final List<FigureCase> cases = new ArrayList<>();

    @BeforeEach
    void emptyTheProjection() {
        handler.prepareReset(null);
    }

    @Test
    void metInTimeMetLateMissedAndWithdrawnLimitsCountInTheirRegionAndPeriod() {
        for (int i = 0; i < 10; i++) {
            triage(DORDRECHT, i).then(dutch(2025, 3, 10, 16, i), cleared(TimeLimit.TRIAGE, TRIAGE_DUE,
                    TimeLimitOutcome.MET));
        }
        // met late: once after the ledger recorded the miss, once before it could
        for (int i = 0; i < 5; i++) {
            FigureCase late = triage(DORDRECHT, 10 + i);
            if (i % 2 == 0) {
                late.then(TRIAGE_DUE, missed(TimeLimit.TRIAGE, TRIAGE_DUE));
            }
            late.then(dutch(2025, 3, 12, 10, 0), cleared(TimeLimit.TRIAGE, TRIAGE_DUE, TimeLimitOutcome.MET_LATE));
        }
        // missed and not met: 3 still running overdue, 2 withdrawn when their cases closed after the miss
        for (int i = 0; i < 5; i++) {
            FigureCase notMet = triage(DORDRECHT, 20 + i).then(TRIAGE_DUE, missed(TimeLimit.TRIAGE, TRIAGE_DUE));
            if (i < 2) {
                notMet.then(dutch(2025, 3, 20, 10, 0), cleared(TimeLimit.TRIAGE, TRIAGE_DUE,
                        TimeLimitOutcome.WITHDRAWN));
            }
        }
        // not counted: withdrawn before the due moment (no longer applied), and running without a miss recorded
        for (int i = 0; i < 4; i++) {
            triage(DORDRECHT, 30 + i).then(dutch(2025, 3, 5, 10, 0), cleared(TimeLimit.TRIAGE, TRIAGE_DUE,
                    TimeLimitOutcome.WITHDRAWN));
        }
        for (int i = 0; i < 3; i++) {
            triage(DORDRECHT, 40 + i);
        }
        // another region's limits are not this region's
        for (int i = 0; i < 6; i++) {
            triage(WESTERWOLDE, i).then(TRIAGE_DUE, missed(TimeLimit.TRIAGE, TRIAGE_DUE));
        }
        replay();

        for (RegionalFigures figures : List.of(figures(null, DORDRECHT, "2025-H1"), figures(REGION, null, "2025-H1"),
                figures(REGION, null, "2025"))) {
            assertThat(count(figures, "timeLimits.TRIAGE.due")).isEqualTo(20);
            assertThat(count(figures, "timeLimits.TRIAGE.metInTime")).isEqualTo(10);
            assertThat(count(figures, "timeLimits.TRIAGE.late")).isEqualTo(10);
            assertThat(count(figures, "timeLimits.TRIAGE.late.metLate")).isEqualTo(5);
            assertThat(count(figures, "timeLimits.TRIAGE.late.notMet")).isEqualTo(5);
            assertThat(figure(figures, "timeLimits.TRIAGE.shareMetInTime"))
                    .extracting(Figure::display, Figure::unit).containsExactly("50.0", "percent");
            assertThat(figure(figures, "timeLimits.TRIAGE.norm")).extracting(Figure::display, Figure::unit)
                    .containsExactly("90.0", "percent");
            assertThat(figure(figures, "timeLimits.TRIAGE.meetsNorm"))
                    .extracting(Figure::value, Figure::display, Figure::unit, Figure::suppressed)
                    .containsExactly(0, "no", "yes/no", false);
        }
        RegionalFigures secondHalf = figures(REGION, null, "2025-H2");
        assertThat(count(secondHalf, "timeLimits.TRIAGE.due")).isZero();
        assertThat(display(secondHalf, "timeLimits.TRIAGE.shareMetInTime")).isEqualTo("n/a");
        assertThat(display(secondHalf, "timeLimits.TRIAGE.meetsNorm")).isEqualTo("n/a");
        assertThat(count(figures(null, ALBLASSERDAM, "2025-H1"), "timeLimits.TRIAGE.due")).isZero();
        RegionalFigures groningen = figures(null, WESTERWOLDE, "2025-H1");
        assertThat(count(groningen, "timeLimits.TRIAGE.due")).isEqualTo(6);
        assertThat(count(groningen, "timeLimits.TRIAGE.late.notMet")).isEqualTo(6);
        assertThat(display(groningen, "timeLimits.TRIAGE.shareMetInTime")).isEqualTo("0.0");
    }

    @Test
    void aRegionMeetsTheInvestigationNormAtExactlyEightyPercent() {
        Instant due = dutch(2025, 5, 12, 9, 30);
        for (int i = 0; i < 25; i++) {
            FigureCase investigated = keep(FigureCase.report(DORDRECHT, REPORTED.plusSeconds(i)));
            investigated.then(dutch(2025, 3, 3, 9, 30), set(TimeLimit.INVESTIGATION, null, due));
            if (i < 20) {
                investigated.then(dutch(2025, 5, 1, 9, 0), cleared(TimeLimit.INVESTIGATION, due,
                        TimeLimitOutcome.MET));
            } else {
                investigated.then(due, missed(TimeLimit.INVESTIGATION, due))
                        .then(dutch(2025, 5, 20, 9, 0), cleared(TimeLimit.INVESTIGATION, due,
                                TimeLimitOutcome.MET_LATE));
            }
        }
        replay();

        RegionalFigures figures = figures(REGION, null, "2025-H1");
        assertThat(count(figures, "timeLimits.INVESTIGATION.due")).isEqualTo(25);
        assertThat(display(figures, "timeLimits.INVESTIGATION.shareMetInTime")).isEqualTo("80.0");
        assertThat(display(figures, "timeLimits.INVESTIGATION.norm")).isEqualTo("80.0");
        assertThat(display(figures, "timeLimits.INVESTIGATION.meetsNorm")).isEqualTo("yes");
        // only triage and the investigation have a national norm
        assertThat(figures.figure("timeLimits.TASK.norm")).isEmpty();
        assertThat(figures.figure("timeLimits.TASK.shareMetInTime")).isPresent();
        assertThat(figures.figure("timeLimits.HUISVERBOD_END.due")).isEmpty();
    }

    @Test
    void aShareOnALateCountOfOneToFourIsWithheldAndSoIsWhetherItMeetsTheNorm() {
        for (int i = 0; i < 9; i++) {
            triage(DORDRECHT, i).then(dutch(2025, 3, i < 7 ? 7 : 13, 10, 0), cleared(TimeLimit.TRIAGE, TRIAGE_DUE,
                    i < 7 ? TimeLimitOutcome.MET : TimeLimitOutcome.MET_LATE));
        }
        replay();

        RegionalFigures figures = figures(REGION, DORDRECHT, "2025-H1");
        assertThat(count(figures, "timeLimits.TRIAGE.due")).isEqualTo(9);
        assertThat(display(figures, "timeLimits.TRIAGE.late")).isEqualTo("<5");
        // 9 due would tell the 2 late from the 7 in time, and so would a share of 77.8%
        assertThat(display(figures, "timeLimits.TRIAGE.metInTime")).isEqualTo("x");
        for (String statistic : List.of("timeLimits.TRIAGE.shareMetInTime", "timeLimits.TRIAGE.meetsNorm")) {
            assertThat(figure(figures, statistic)).extracting(Figure::value, Figure::display, Figure::suppressed)
                    .containsExactly(null, "x", true);
        }
        assertThat(display(figures, "timeLimits.TRIAGE.norm")).isEqualTo("90.0");
    }

    @Test
    void aMovedDueMomentMovesTheLimitToThePeriodOfItsLastDay() {
        UUID task = UUID.randomUUID();
        Instant june = dutch(2025, 7, 1, 0, 0);
        Instant september = dutch(2025, 9, 16, 0, 0);
        for (int i = 0; i < 5; i++) {
            // due at the end of 30 June: a limit of June, not of July
            keep(FigureCase.report(DORDRECHT, REPORTED.plusSeconds(i)))
                    .then(dutch(2025, 4, 1, 9, 0), set(TimeLimit.TASK, task.toString(), june))
                    .then(dutch(2025, 6, 30, 12, 0), cleared(TimeLimit.TASK, task.toString(), june,
                            TimeLimitOutcome.MET));
        }
        for (int i = 0; i < 6; i++) {
            FigureCase moved = keep(FigureCase.report(DORDRECHT, REPORTED.plusSeconds(10 + i)))
                    .then(dutch(2025, 4, 1, 9, 0), set(TimeLimit.TASK, task.toString(), june))
                    .then(dutch(2025, 6, 2, 9, 0), set(TimeLimit.TASK, task.toString(), september));
            if (i < 5) {
                moved.then(dutch(2025, 9, 10, 9, 0), cleared(TimeLimit.TASK, task.toString(), september,
                        TimeLimitOutcome.MET));
            }
        }
        // missed, then given a later due moment: running again, not late, so not counted (yet)
        for (int i = 0; i < 5; i++) {
            keep(FigureCase.report(DORDRECHT, REPORTED.plusSeconds(20 + i)))
                    .then(dutch(2025, 4, 1, 9, 0), set(TimeLimit.TASK, task.toString(), june))
                    .then(june, missed(TimeLimit.TASK, task.toString(), june))
                    .then(dutch(2025, 7, 2, 9, 0), set(TimeLimit.TASK, task.toString(), september));
        }
        replay();

        assertThat(count(figures(REGION, null, "2025-H1"), "timeLimits.TASK.due")).isEqualTo(5);
        assertThat(count(figures(REGION, null, "2025-H1"), "timeLimits.TASK.late")).isZero();
        assertThat(count(figures(REGION, null, "2025-H2"), "timeLimits.TASK.due")).isEqualTo(5);
        assertThat(count(figures(REGION, null, "2025-H2"), "timeLimits.TASK.metInTime")).isEqualTo(5);
        assertThat(count(figures(REGION, null, "2025"), "timeLimits.TASK.due")).isEqualTo(10);
    }

    @Test
    void aLimitStartedAgainAfterItWasMetCountsAsASecondLimit() {
        Instant secondDue = dutch(2025, 9, 9, 0, 0);
        for (int i = 0; i < 5; i++) {
            triage(DORDRECHT, i)
                    .then(dutch(2025, 3, 5, 10, 0), cleared(TimeLimit.TRIAGE, TRIAGE_DUE, TimeLimitOutcome.MET))
                    // a report bundled in September waits for a triage of its own
                    .then(dutch(2025, 9, 1, 10, 0), set(TimeLimit.TRIAGE, null, secondDue))
                    .then(secondDue, missed(TimeLimit.TRIAGE, secondDue));
        }
        replay();

        RegionalFigures year = figures(REGION, null, "2025");
        assertThat(count(year, "timeLimits.TRIAGE.due")).isEqualTo(10);
        assertThat(count(year, "timeLimits.TRIAGE.metInTime")).isEqualTo(5);
        assertThat(count(year, "timeLimits.TRIAGE.late.notMet")).isEqualTo(5);
        assertThat(count(figures(REGION, null, "2025-H1"), "timeLimits.TRIAGE.metInTime")).isEqualTo(5);
        assertThat(count(figures(REGION, null, "2025-H2"), "timeLimits.TRIAGE.late.notMet")).isEqualTo(5);
    }

    @Test
    void theEndOfAHuisverbodIsNotALimitToMeet() {
        Instant ends = dutch(2025, 3, 14, 0, 0);
        for (int i = 0; i < 5; i++) {
            keep(FigureCase.report(DORDRECHT, REPORTED.plusSeconds(i)))
                    .then(dutch(2025, 3, 4, 9, 0), set(TimeLimit.HUISVERBOD_END, null, ends))
                    .then(ends, cleared(TimeLimit.HUISVERBOD_END, ends, TimeLimitOutcome.EXPIRED));
        }
        replay();

        assertThat(jdbc.queryForObject("select count(*) from figures_time_limit", Long.class)).isZero();
    }

    @Test
    void aRedeliveredEventCountsOnceAndAResetEmptiesTheLimits() {
        for (int i = 0; i < 6; i++) {
            FigureCase late = triage(DORDRECHT, i).then(TRIAGE_DUE, missed(TimeLimit.TRIAGE, TRIAGE_DUE));
            if (i < 3) {
                late.then(dutch(2025, 3, 12, 10, 0), cleared(TimeLimit.TRIAGE, TRIAGE_DUE, TimeLimitOutcome.MET_LATE))
                        .then(dutch(2025, 3, 14, 10, 0), set(TimeLimit.TRIAGE, null, dutch(2025, 3, 22, 0, 0)))
                        .then(dutch(2025, 3, 15, 10, 0), cleared(TimeLimit.TRIAGE, dutch(2025, 3, 22, 0, 0),
                                TimeLimitOutcome.MET));
            }
            triage(DORDRECHT, 10 + i).then(dutch(2025, 3, 5, 10, 0), cleared(TimeLimit.TRIAGE, TRIAGE_DUE,
                    TimeLimitOutcome.MET));
        }
        replay();
        RegionalFigures once = figures(REGION, null, "2025-H1");
        List<?> rows = limitRows();

        replay();

        assertThat(limitRows()).isEqualTo(rows);
        assertThat(figures(REGION, null, "2025-H1")).isEqualTo(once);
        assertThat(count(once, "timeLimits.TRIAGE.due")).isEqualTo(15);
        assertThat(count(once, "timeLimits.TRIAGE.metInTime")).isEqualTo(9);
        assertThat(display(once, "timeLimits.TRIAGE.late.metLate")).isEqualTo("<5");

        handler.prepareReset(null);

        assertThat(jdbc.queryForObject("select count(*) from figures_time_limit", Long.class)).isZero();
        assertThat(count(figures(REGION, null, "2025-H1"), "timeLimits.TRIAGE.due")).isZero();
        replay();
        assertThat(figures(REGION, null, "2025-H1")).isEqualTo(once);
    }

    @Test
    void theDefinitionsGiveTheNormsAndHowTheTriageLimitDiffersFromTheTriageFigures() {
        RegionalFigures figures = figures(REGION, null, "2025");
        assertThat(figures.definitions().get("timeLimits")).contains("90% of reports triaged within 5 working days")
                .contains("80% of investigations completed within 10 weeks").contains("share one limit")
                .contains("landelijke normen");
        assertThat(figures.definitions().get("triage")).contains("time limits");
    }

    // ---- helpers ----

    /** A case reported at {@link #REPORTED} (plus {@code i} seconds), with its triage limit running. */
    private FigureCase triage(String municipality, int i) {
        return keep(FigureCase.report(municipality, REPORTED.plusSeconds(i)))
                .then(REPORTED.plusSeconds(i), set(TimeLimit.TRIAGE, null, TRIAGE_DUE));
    }

    private FigureCase keep(FigureCase opened) {
        cases.add(opened);
        return opened;
    }

    /** The limit events name their case: {@link FigureCase#then} makes them for its own. */
    private interface OfCase extends Function<UUID, Object> {
    }

    private static OfCase set(TimeLimit limit, String subject, Instant due) {
        return caseId -> new TimeLimitSet(caseId, limit, subject, due);
    }

    private static OfCase missed(TimeLimit limit, Instant due) {
        return missed(limit, null, due);
    }

    private static OfCase missed(TimeLimit limit, String subject, Instant due) {
        return caseId -> new DeadlineMissed(caseId, limit, subject, due);
    }

    private static OfCase cleared(TimeLimit limit, Instant due, TimeLimitOutcome outcome) {
        return cleared(limit, null, due, outcome);
    }

    private static OfCase cleared(TimeLimit limit, String subject, Instant due, TimeLimitOutcome outcome) {
        return caseId -> new TimeLimitCleared(caseId, limit, subject, due, outcome);
    }

    /** Hands every kept case's events to the projection, case by case, as a tracking processor would. */
    private void replay() {
        for (FigureCase opened : cases) {
            for (EventMessage<?> event : opened.events().all()) {
                try {
                    handler.handle(event);
                } catch (Exception e) {
                    throw new IllegalStateException("the projection failed on " + event.getPayloadType(), e);
                }
            }
        }
    }

    private List<?> limitRows() {
        return jdbc.queryForList("select * from figures_time_limit order by case_id, time_limit, started_sequence");
    }

    private RegionalFigures figures(String region, String municipality, String period) {
        return queries.handle(new FindRegionalFigures(region, municipality, period));
    }

    private static Figure figure(RegionalFigures figures, String key) {
        return figures.figure(key).orElseThrow(() -> new AssertionError("no figure " + key));
    }

    private static long count(RegionalFigures figures, String key) {
        Figure figure = figure(figures, key);
        assertThat(figure.suppressed()).as("%s suppressed: %s", key, figure.display()).isFalse();
        assertThat(figure.unit()).isEqualTo("count");
        return figure.value().longValue();
    }

    private static String display(RegionalFigures figures, String key) {
        return figure(figures, key).display();
    }
}
