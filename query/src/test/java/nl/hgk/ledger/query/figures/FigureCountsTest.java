package nl.hgk.ledger.query.figures;

import static nl.hgk.ledger.query.figures.FigureCase.dutch;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import nl.hgk.ledger.events.closure.CaseClosed;
import nl.hgk.ledger.events.closure.ClosureReason;
import nl.hgk.ledger.events.coordination.Coordinator;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.coordination.FamilyPlan;
import nl.hgk.ledger.events.coordination.FamilyPlanAdopted;
import nl.hgk.ledger.events.deadlines.DeadlineMissed;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.deadlines.TimeLimitCleared;
import nl.hgk.ledger.events.deadlines.TimeLimitOutcome;
import nl.hgk.ledger.events.deadlines.TimeLimitSet;
import nl.hgk.ledger.events.escalation.EscalationRaised;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.events.huisverbod.HuisverbodImposed;
import nl.hgk.ledger.events.intake.ContactType;
import nl.hgk.ledger.events.intake.FormOfViolence;
import nl.hgk.ledger.events.intake.Reporter;
import nl.hgk.ledger.events.intake.ReporterInformed;
import nl.hgk.ledger.events.triage.CodeAssigned;
import nl.hgk.ledger.events.triage.ProcessDirection;
import nl.hgk.ledger.events.triage.SafetyCode;
import nl.hgk.ledger.events.triage.TriageDecided;
import nl.hgk.ledger.events.triage.TriageOutcome;
import nl.hgk.ledger.query.ProjectionDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * The counts the figures sum ({@code V54}) against the facts they count: for a generated set of cases whose facts
 * change in every way the projection changes them (triage, feedback, milestones, closures, repeat reports, time limits
 * set, moved, missed and cleared), handed over with the cases interleaved and some events delivered twice, every count
 * equals a grouping of the facts by the filters of the queries that answered the figures before the counts were kept
 * (the oracle here), and a rebuild gives the same counts and the same answers.
 */
class FigureCountsTest {

    private static final List<String> AREAS = List.of("GM0505", "GM0482", "GM0512", "GM1963", "GM0794", "GM0772");
    private static final List<Reporter> REPORTERS = List.of(FigureCase.PROFESSIONAL_IN_EDUCATION, FigureCase.CITIZEN,
            FigureCase.ANONYMOUS);
    private static final List<TimeLimit> LIMITS = List.of(TimeLimit.TRIAGE, TimeLimit.INVESTIGATION,
            TimeLimit.HUISVERBOD_END);

    private final JdbcTemplate jdbc = ProjectionDatabase.jdbc();
    private final RegionalFiguresProjection projection = new RegionalFiguresProjection(jdbc);
    private final AnnotationEventHandlerAdapter handler = new AnnotationEventHandlerAdapter(projection);
    private final RegionalFiguresQueries queries = new RegionalFiguresQueries(
            new FigureFacts(jdbc, new JdbcTransactionManager(ProjectionDatabase.dataSource())));
    private final Random random = new Random(2025);

    @BeforeEach
    void emptyTheProjection() {
        handler.prepareReset(null);
    }

    @Test
    void theCountsEqualTheFactsTheyCountAndARebuildGivesTheSameAnswers() {
        List<FigureCase> cases = generate(150);
        replay(cases, true);

        assertThat(counts()).isNotEmpty().isEqualTo(countsFromFacts());
        List<RegionalFigures> answers = answers();

        handler.prepareReset(null);
        assertThat(counts()).isEmpty();
        replay(cases, false);
        assertThat(counts()).isEqualTo(countsFromFacts());
        assertThat(answers()).isEqualTo(answers);
    }

    /** Cases opened in 2024 and 2025, a tenth of them repeat reports of an earlier case, in VT24 and VT27. */
    private List<FigureCase> generate(int number) {
        List<FigureCase> cases = new ArrayList<>();
        for (int i = 0; i < number; i++) {
            Instant opened = dutch(2024, 11, 1, 9, 0).plus(Duration.ofMinutes(random.nextInt(60 * 24 * 420)));
            ContactType type = random.nextInt(3) == 0 ? ContactType.ADVICE_REQUEST : ContactType.REPORT;
            UUID repeatOf = !cases.isEmpty() && random.nextInt(10) == 0
                    ? cases.get(random.nextInt(cases.size())).caseId() : null;
            FigureCase kept = FigureCase.open(pick(AREAS), opened, type, pick(REPORTERS), repeatOf,
                    pick(List.of(FormOfViolence.PARTNER_VIOLENCE, FormOfViolence.CHILD_PHYSICAL_ABUSE,
                            FormOfViolence.ELDER_ABUSE)));
            happen(kept, opened);
            cases.add(kept);
        }
        return cases;
    }

    /** What happens to a case after it opened, each step with a chance, at increasing times. */
    private void happen(FigureCase kept, Instant opened) {
        Instant at = opened;
        List<UUID> reports = new ArrayList<>(List.of(kept.firstReportId()));
        if (chance(30)) {
            at = later(at, 3);
            reports.add(kept.bundle(at, pick(List.of(ContactType.REPORT, ContactType.ADVICE_REQUEST)),
                    pick(REPORTERS), FormOfViolence.CHILD_EMOTIONAL_NEGLECT));
        }
        for (TimeLimit limit : LIMITS) {
            if (chance(50)) {
                at = later(at, 2);
                Instant due = later(at, 20);
                kept.then(at, caseId -> new TimeLimitSet(caseId, limit, null, due));
                if (chance(30)) {
                    Instant moved = later(due, 40);
                    kept.then(later(at, 1), caseId -> new TimeLimitSet(caseId, limit, null, moved));
                }
                if (chance(40)) {
                    kept.then(later(at, 1), caseId -> new DeadlineMissed(caseId, limit, null, due));
                }
                if (chance(70)) {
                    TimeLimitOutcome outcome = pick(List.of(TimeLimitOutcome.values()));
                    at = later(at, 5);
                    kept.then(at, caseId -> new TimeLimitCleared(caseId, limit, null, due, outcome));
                }
            }
        }
        if (chance(80)) {
            at = later(at, 10);
            kept.then(at, caseId -> new TriageDecided(caseId, pick(List.of(TriageOutcome.values()))));
        }
        if (chance(70)) {
            at = later(at, 10);
            SafetyCode code = pick(List.of(SafetyCode.values()));
            kept.then(at, caseId -> new CodeAssigned(caseId, code, null, code.processDirection()));
            if (chance(30)) {
                at = later(at, 30);
                kept.then(at, caseId -> new CodeAssigned(caseId, SafetyCode.RED, code, ProcessDirection.VEILIG_THUIS));
            }
        }
        for (UUID report : reports) {
            if (chance(50)) {
                at = later(at, 20);
                kept.then(at, caseId -> new ReporterInformed(caseId, report));
            }
        }
        if (chance(40)) {
            at = later(at, 30);
            kept.then(at, caseId -> new CoordinatorAppointed(caseId, new Coordinator("regisseur", "sociaal-team")));
        }
        if (chance(30)) {
            at = later(at, 30);
            kept.then(at, caseId -> new FamilyPlanAdopted(caseId, 1, new FamilyPlan(List.of(), List.of(),
                    List.of("contact the police at any threat"), List.of(), List.of())));
        }
        if (chance(10)) {
            at = later(at, 10);
            kept.then(at, caseId -> new EscalationRaised(caseId, pick(List.of(EscalationStep.values())), null, null));
        }
        if (chance(5)) {
            at = later(at, 2);
            Instant imposed = at;
            kept.then(at, caseId -> new HuisverbodImposed(caseId, kept.victim(),
                    imposed.atZone(Period.ZONE).toLocalDate(), imposed.atZone(Period.ZONE).toLocalDate().plusDays(10)));
        }
        if (chance(60)) {
            at = later(at, 120);
            kept.then(at, caseId -> new CaseClosed(caseId, pick(List.of(ClosureReason.values()))));
        }
    }

    /**
     * Hands the events over as a tracking processor with several segments could: each case in its own order, the
     * cases interleaved; when {@code redeliver}, one event in seven is handed over twice.
     */
    private void replay(List<FigureCase> cases, boolean redeliver) {
        List<List<EventMessage<?>>> streams = cases.stream().map(c -> List.<EventMessage<?>>copyOf(c.events().all()))
                .toList();
        int longest = streams.stream().mapToInt(List::size).max().orElse(0);
        int handed = 0;
        for (int position = 0; position < longest; position++) {
            for (List<EventMessage<?>> stream : streams) {
                if (position < stream.size()) {
                    handle(stream.get(position));
                    if (redeliver && ++handed % 7 == 0) {
                        handle(stream.get(position));
                    }
                }
            }
        }
    }

    private void handle(EventMessage<?> event) {
        try {
            handler.handle(event);
        } catch (Exception e) {
            throw new IllegalStateException("the projection failed on " + event.getPayloadType(), e);
        }
    }

    private List<RegionalFigures> answers() {
        List<RegionalFigures> answers = new ArrayList<>();
        for (String period : List.of("2024", "2024-H2", "2025", "2025-H1", "2025-H2")) {
            answers.add(queries.handle(new FindRegionalFigures("VT24", null, period)));
            answers.add(queries.handle(new FindRegionalFigures("VT27", null, period)));
            answers.add(queries.handle(new FindRegionalFigures(null, "GM0505", period)));
        }
        return answers;
    }

    private List<Map<String, Object>> counts() {
        return jdbc.queryForList("""
                select region, month, municipality, fact, detail, n from figures_count where n <> 0
                order by 1, 2, 3, 4, 5""");
    }

    /** the queries of the facts that answered the figures before the counts were kept, per month */
    private List<Map<String, Object>> countsFromFacts() {
        return jdbc.queryForList("""
                with contact as (
                    select *, date_trunc('month', received_at at time zone 'Europe/Amsterdam')::date as month,
                           contact_type = 'REPORT' as report
                    from figures_contact)
                select region, month, municipality, fact, detail, count(*) as n from (
                    select region, month, municipality, 'CONTACT' as fact, contact_type as detail from contact
                    union all
                    select region, month, municipality, 'CATEGORY', contact_type || '.CHILD_ABUSE' from contact
                    where child_abuse
                    union all
                    select region, month, municipality, 'CATEGORY', contact_type || '.DOMESTIC_VIOLENCE' from contact
                    where domestic_violence
                    union all
                    select region, month, municipality, 'CATEGORY', contact_type || '.ELDER_ABUSE' from contact
                    where elder_abuse
                    union all
                    select region, month, municipality, 'REPORTER', reporter_type from contact where report
                    union all
                    select region, month, municipality, 'SECTOR', coalesce(reporter_sector, 'NONE') from contact
                    where report and reporter_type = 'PROFESSIONAL'
                    union all
                    select region, month, municipality, 'REPORT_TRIAGE',
                           case when triaged_on is null then 'NOT_TRIAGED'
                                when triaged_on <= triage_due_on then 'WITHIN' else 'LATE' end
                    from contact where report
                    union all
                    select region, month, municipality, 'REPEAT', '-' from contact
                    where report and opened_case and repeat_of_case_id is not null
                    union all
                    select region, month, municipality, 'FEEDBACK_OWED',
                           case when first_informed_at is null then 'NOT_INFORMED' else 'INFORMED' end
                    from contact where report and reporter_type <> 'ANONYMOUS'
                    union all
                    select region, date_trunc('month', first_informed_at at time zone 'Europe/Amsterdam')::date,
                           municipality, 'FEEDBACK_GIVEN', '-'
                    from figures_contact where contact_type = 'REPORT' and first_informed_at is not null
                    union all
                    select c.region, date_trunc('month', e.occurred_at at time zone 'Europe/Amsterdam')::date,
                           c.municipality, e.fact, e.detail
                    from figures_case_event e join figures_case c on c.case_id = e.case_id
                    union all
                    select region, date_trunc('month', closed_at at time zone 'Europe/Amsterdam')::date, municipality,
                           'CLOSURE', closure_reason
                    from figures_case where closed_at is not null
                    union all
                    select region, date_trunc('month', first_report_at at time zone 'Europe/Amsterdam')::date,
                           municipality, 'LEAD_TIME', 'REPORT_TO_CODE'
                    from figures_case where first_code_at >= first_report_at
                    union all
                    select region, date_trunc('month', first_report_at at time zone 'Europe/Amsterdam')::date,
                           municipality, 'LEAD_TIME', 'REPORT_TO_COORDINATOR'
                    from figures_case where first_coordinator_at >= first_report_at
                    union all
                    select region, date_trunc('month', first_report_at at time zone 'Europe/Amsterdam')::date,
                           municipality, 'LEAD_TIME', 'REPORT_TO_PLAN'
                    from figures_case where plan_adopted_at >= first_report_at
                    union all
                    select region, date_trunc('month', due_on)::date, municipality, 'LIMIT_' || outcome, time_limit
                    from figures_time_limit
                    where outcome in ('MET', 'MET_LATE') or (missed and outcome in ('RUNNING', 'WITHDRAWN'))
                ) facts
                group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5""");
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private Instant later(Instant at, int maxDays) {
        return at.plus(Duration.ofMinutes(1 + random.nextInt(maxDays * 24 * 60)));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
