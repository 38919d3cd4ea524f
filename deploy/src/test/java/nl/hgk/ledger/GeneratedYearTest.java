package nl.hgk.ledger;

import static nl.hgk.ledger.Requests.ANALYST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import nl.hgk.ledger.access.Capacities;
import nl.hgk.ledger.access.CaseStep;
import nl.hgk.ledger.command.cases.AdoptFamilyPlan;
import nl.hgk.ledger.command.cases.AssignCode;
import nl.hgk.ledger.command.cases.CaseCommand;
import nl.hgk.ledger.calendar.WorkingDays;
import nl.hgk.ledger.command.cases.CloseCase;
import nl.hgk.ledger.command.cases.ConcludeInvestigation;
import nl.hgk.ledger.command.cases.DecideTriage;
import nl.hgk.ledger.command.cases.EndHuisverbod;
import nl.hgk.ledger.command.cases.EvaluateFamilyPlan;
import nl.hgk.ledger.command.cases.ExtendHuisverbod;
import nl.hgk.ledger.command.cases.ImposeHuisverbod;
import nl.hgk.ledger.command.cases.InformReporter;
import nl.hgk.ledger.command.cases.ReceiveReport;
import nl.hgk.ledger.command.cases.RaiseEscalation;
import nl.hgk.ledger.command.cases.Report;
import nl.hgk.ledger.command.cases.ReviseFamilyPlan;
import nl.hgk.ledger.command.cases.StartInvestigation;
import nl.hgk.ledger.deploy.generator.GeneratedYear;
import nl.hgk.ledger.deploy.generator.GenerationSpec;
import nl.hgk.ledger.deploy.generator.YearGenerator;
import nl.hgk.ledger.events.audit.OrganisationType;
import nl.hgk.ledger.events.coordination.FamilyPlan;
import nl.hgk.ledger.events.coordination.PlanTask;
import nl.hgk.ledger.events.coordination.TaskStatus;
import nl.hgk.ledger.events.huisverbod.HuisverbodEndReason;
import nl.hgk.ledger.events.person.InvolvedPerson;
import nl.hgk.ledger.events.intake.ContactType;
import nl.hgk.ledger.events.intake.FormOfViolence;
import nl.hgk.ledger.events.intake.ReporterType;
import nl.hgk.ledger.events.triage.SafetyCode;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A generated year of Zuid-Holland Zuid at the seed's rate: the regional figures are checked against counts made here,
 * straight from the commands the generator gave (not from any projection), once the limits the year left running have
 * fired; then every view is rebuilt from the event stream while the ledger runs, and gives the same figures and family
 * plans again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hgk.embedded-postgres.data-directory=")
class GeneratedYearTest {

    private static final int YEAR = 2025;
    private static final String REGION = "VT24";
    private static final String ADMINISTRATOR = "beheerder";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @LocalServerPort
    int port;
    @Autowired
    YearGenerator generator;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFiguresOfAGeneratedYearAreTheCountsOfItsCommandsAndSurviveARebuild() {
        GeneratedYear year = generator.generate(GenerationSpec.zuidHollandZuid(YEAR));
        assertThat(year.refused()).as("commands the ledger refused").isZero();
        assertEveryStepTakenInItsCapacity(year);
        assertDatesFitTheLedgerClock(year);
        LedgerClient api = new LedgerClient(port);
        awaitOverdueDeadlinesFired();
        assertEveryHuisverbodEndedAndNoTaskFailing(year);
        awaitViewsUpToDate(api);

        JsonNode live = figures(api);
        Map<String, Long> expected = countsOf(year);
        assertThat(expected.get("contacts.reports")).isEqualTo(3300);
        assertThat(expected.get("contacts.adviceRequests")).isEqualTo(2700);
        // so that the check of the limits met in time is not an empty one
        assertThat(expected.get("timeLimits.TRIAGE.metInTime")).isGreaterThan(1000);
        assertThat(expected.get("timeLimits.INVESTIGATION.metInTime")).isGreaterThan(50);
        // most plan tasks are done and most evaluation dates evaluated, mostly in time; some are late or missed
        assertThat(expected.get("timeLimits.TASK.metInTime")).isGreaterThan(2000);
        assertThat(expected.get("timeLimits.TASK.late.metLate")).isGreaterThan(100);
        assertThat(expected.get("timeLimits.TASK.metInTime"))
                .isGreaterThan(3 * expected.get("timeLimits.TASK.late"));
        assertThat(expected.get("timeLimits.PLAN_EVALUATION.metInTime")).isGreaterThan(1000);
        assertThat(expected.get("timeLimits.PLAN_EVALUATION.late.metLate")).isGreaterThan(50);
        assertThat(expected.get("timeLimits.PLAN_EVALUATION.late.notMet")).isGreaterThan(5);
        assertThat(expected.get("timeLimits.PLAN_EVALUATION.metInTime"))
                .isGreaterThan(3 * expected.get("timeLimits.PLAN_EVALUATION.late"));
        assertThat(expected.get("safetyCodes.changes")).as("codes changed after the first").isGreaterThan(100);
        SoftAssertions.assertSoftly(soft ->
                expected.forEach((key, count) -> soft.check(() -> assertFigure(live, key, count))));

        UUID someCase = ((ReceiveReport) year.sent().stream().filter(sent -> sent.command() instanceof ReceiveReport)
                .skip(100).findFirst().orElseThrow().command()).caseId();
        JsonNode planBefore = api.get(Requests.CASE_WORKER, "/api/family-plans/" + someCase).body();

        for (String view : new String[] {"regional-figures", "family-plan"}) {
            LedgerClient.Answer started = api.post(ADMINISTRATOR, "/api/views/" + view + "/rebuild", Map.of());
            assertThat(started.status()).as("%s", started.body()).isEqualTo(202);
            assertThat(started.text("state")).isEqualTo("REBUILDING");
        }
        LedgerClient.Answer during = api.get(ANALYST, figuresPath());
        assertThat(during.raw().headers().firstValue("Hgk-View-Status")).hasValueSatisfying(
                status -> assertThat(status).startsWith("rebuilding; done="));
        awaitViewsUpToDate(api);

        assertThat(figures(api).path("sections")).isEqualTo(live.path("sections"));
        assertThat(api.get(Requests.CASE_WORKER, "/api/family-plans/" + someCase).body()).isEqualTo(planBefore);
        assertThat(api.get(ANALYST, figuresPath()).raw().headers().firstValue("Hgk-View-Status")).isEmpty();
    }

    /**
     * Every command was given by someone whose organisation takes that step, and the huisverbod by the mayor of the
     * household's municipality or a hulpofficier van justitie; each kind of organisation had its part.
     */
    private static void assertEveryStepTakenInItsCapacity(GeneratedYear year) {
        Map<UUID, String> municipalityOf = new HashMap<>();
        Set<OrganisationType> acting = EnumSet.noneOf(OrganisationType.class);
        SoftAssertions.assertSoftly(soft -> {
            for (GeneratedYear.Sent sent : year.sent()) {
                CaseStep step = ((CaseCommand) sent.command()).caseStep();
                soft.assertThat(Capacities.permit(sent.by(), step)).as("%s by %s", step, sent.by()).isTrue();
                acting.add(sent.by().organisationType());
                if (sent.command() instanceof ReceiveReport received) {
                    municipalityOf.put(received.caseId(), received.report().municipality().value());
                } else if (sent.command() instanceof ImposeHuisverbod impose
                        && sent.by().organisationType() == OrganisationType.MAYOR) {
                    soft.assertThat(sent.by().municipality()).as("%s", sent)
                            .isEqualTo(municipalityOf.get(impose.caseId()));
                }
            }
        });
        assertThat(acting).containsExactlyInAnyOrder(OrganisationType.VEILIG_THUIS, OrganisationType.LOCAL_TEAM,
                OrganisationType.MELDPUNT, OrganisationType.MAYOR, OrganisationType.POLICE);
    }

    /**
     * The dates the commands carry are ones the case accepts against the ledger clock, which the generator sets to each
     * command's moment: what has happened lies on or before that day (a huisverbod imposed at most 3 days before it,
     * one that expired not before its end date), and what a plan still waits for (open tasks, evaluation dates not yet
     * evaluated) lies on or after it.
     */
    private static void assertDatesFitTheLedgerClock(GeneratedYear year) {
        Map<UUID, Set<LocalDate>> evaluated = new HashMap<>();
        Map<UUID, LocalDate> huisverbodEndsOn = new HashMap<>();
        SoftAssertions.assertSoftly(soft -> {
            for (GeneratedYear.Sent sent : year.sent()) {
                LocalDate today = sent.at().atZone(AMSTERDAM).toLocalDate();
                Object command = sent.command();
                Report report = command instanceof ReceiveReport received ? received.report() : null;
                FamilyPlan plan = command instanceof AdoptFamilyPlan adopt ? adopt.plan()
                        : command instanceof ReviseFamilyPlan revise ? revise.plan() : null;
                if (report != null) {
                    report.persons().stream().map(InvolvedPerson::personalData)
                            .filter(data -> data != null && data.birthDate() != null)
                            .forEach(data -> soft.assertThat(data.birthDate()).as("born, %s", sent)
                                    .isBeforeOrEqualTo(today));
                } else if (plan != null) {
                    UUID caseId = command instanceof AdoptFamilyPlan adopt ? adopt.caseId()
                            : ((ReviseFamilyPlan) command).caseId();
                    Set<LocalDate> done = evaluated.getOrDefault(caseId, Set.of());
                    plan.tasks().stream()
                            .filter(task -> task.status() == TaskStatus.PLANNED || task.status() == TaskStatus.STARTED)
                            .forEach(task -> soft.assertThat(task.dueDate()).as("open task due, %s", sent)
                                    .isAfterOrEqualTo(today));
                    plan.evaluationDates().stream().filter(date -> !done.contains(date))
                            .forEach(date -> soft.assertThat(date).as("evaluation date to come, %s", sent)
                                    .isAfterOrEqualTo(today));
                } else if (command instanceof EvaluateFamilyPlan evaluate) {
                    evaluated.computeIfAbsent(evaluate.caseId(), id -> new HashSet<>()).add(evaluate.evaluationDate());
                } else if (command instanceof ImposeHuisverbod impose) {
                    soft.assertThat(impose.imposedOn()).as("imposed on, %s", sent)
                            .isBetween(today.minusDays(3), today);
                    huisverbodEndsOn.put(impose.caseId(), impose.imposedOn().plusDays(10));
                } else if (command instanceof ExtendHuisverbod extend) {
                    huisverbodEndsOn.put(extend.caseId(), extend.endsOn());
                } else if (command instanceof EndHuisverbod end) {
                    soft.assertThat(end.endedOn()).as("ended on, %s", sent).isBeforeOrEqualTo(today);
                    if (end.reason() == HuisverbodEndReason.EXPIRED) {
                        soft.assertThat(end.endedOn()).as("expired on, %s", sent)
                                .isAfterOrEqualTo(huisverbodEndsOn.get(end.caseId()));
                    }
                }
            }
        });
    }

    /** The counts the figures must show, made from the commands alone. */
    private static Map<String, Long> countsOf(GeneratedYear year) {
        Map<String, Long> counts = new HashMap<>();
        // the code each case has now: a code given equal to it is a confirmation, which the figures do not count
        Map<UUID, SafetyCode> codes = new HashMap<>();
        Set<UUID> informed = new HashSet<>();
        Set<UUID> reports = new HashSet<>();
        // the limits met in time: only a command meets one, so they do not depend on when the deadlines fire
        Map<UUID, Instant> triageDue = new HashMap<>();
        Map<UUID, Instant> investigationDue = new HashMap<>();
        PlanLimits plans = new PlanLimits();
        Set<UUID> opened = new HashSet<>();
        for (GeneratedYear.Sent sent : year.sent()) {
            Object command = sent.command();
            // a case's first report opens it; the later ones are bundled into it
            if (command instanceof ReceiveReport open && opened.add(open.caseId())) {
                contact(counts, open.report());
                remember(reports, open.report());
                if (open.repeatOfCaseId() != null && open.report().contactType() == ContactType.REPORT) {
                    add(counts, "repeatReports");
                }
                if (open.report().contactType() == ContactType.REPORT) {
                    triageDue.put(open.caseId(), triageDue(sent.at()));
                }
            } else if (command instanceof ReceiveReport bundle) {
                contact(counts, bundle.report());
                remember(reports, bundle.report());
                // the first report waiting for triage starts the limit; later ones are triaged with it
                if (bundle.report().contactType() == ContactType.REPORT) {
                    triageDue.putIfAbsent(bundle.caseId(), triageDue(sent.at()));
                }
            } else if (command instanceof StartInvestigation start) {
                investigationDue.put(start.caseId(), sent.at().plus(Duration.ofDays(70)));
            } else if (command instanceof ConcludeInvestigation conclude) {
                metInTime(counts, "timeLimits.INVESTIGATION.metInTime", investigationDue.remove(conclude.caseId()),
                        sent.at());
                // the code of the findings is assigned with the conclusion
                if (conclude.code() != null) {
                    code(counts, codes, conclude.caseId(), conclude.code());
                }
            } else if (command instanceof AssignCode code) {
                code(counts, codes, code.caseId(), code.code());
            } else if (command instanceof DecideTriage triage) {
                add(counts, "triage.decisions");
                add(counts, "triage.decisions." + triage.outcome());
                metInTime(counts, "timeLimits.TRIAGE.metInTime", triageDue.remove(triage.caseId()), sent.at());
            } else if (command instanceof RaiseEscalation escalation) {
                add(counts, "escalations.raised");
                add(counts, "escalations.raised." + escalation.step());
            } else if (command instanceof ImposeHuisverbod) {
                add(counts, "huisverbod.imposed");
            } else if (command instanceof ExtendHuisverbod) {
                add(counts, "huisverbod.extended");
            } else if (command instanceof EndHuisverbod end) {
                add(counts, "huisverbod.ended");
                add(counts, "huisverbod.ended." + end.reason());
            } else if (command instanceof AdoptFamilyPlan adopt) {
                plans.follow(counts, adopt.caseId(), adopt.plan(), sent.at());
            } else if (command instanceof ReviseFamilyPlan revise) {
                plans.follow(counts, revise.caseId(), revise.plan(), sent.at());
            } else if (command instanceof EvaluateFamilyPlan evaluate) {
                plans.evaluated(counts, evaluate.caseId(), evaluate.evaluationDate(), sent.at());
            } else if (command instanceof CloseCase close) {
                // closing withdraws the limits still running
                triageDue.remove(close.caseId());
                investigationDue.remove(close.caseId());
                plans.withdraw(close.caseId());
                add(counts, "closures");
                add(counts, "closures." + close.reason());
            } else if (command instanceof InformReporter inform && reports.contains(inform.reportId())
                    && informed.add(inform.reportId())) {
                // feedback is owed to the reporters of reports (meldingen), counted once per report
                add(counts, "reporterFeedback.given");
            }
        }
        plans.stillRunning(counts);
        return counts;
    }

    /**
     * The limits of the plans, kept as the case keeps them: a task open in a plan version runs until its due date is
     * over, an evaluation date until it is evaluated. Commands alone meet them (in time or late); one still running
     * when the year is written is missed once the generator hands the scheduler back, which is why the test waits for
     * the overdue deadlines before it reads the figures.
     */
    private static final class PlanLimits {
        final Map<UUID, Map<UUID, Instant>> taskDue = new HashMap<>();
        final Map<UUID, Map<LocalDate, Instant>> evaluationDue = new HashMap<>();
        final Map<UUID, Set<LocalDate>> evaluated = new HashMap<>();

        void follow(Map<String, Long> counts, UUID caseId, FamilyPlan plan, Instant at) {
            Map<UUID, PlanTask> tasks = new HashMap<>();
            plan.tasks().forEach(task -> tasks.put(task.taskId(), task));
            Map<UUID, Instant> running = taskDue.computeIfAbsent(caseId, id -> new HashMap<>());
            for (Iterator<Map.Entry<UUID, Instant>> limits = running.entrySet().iterator(); limits.hasNext(); ) {
                Map.Entry<UUID, Instant> limit = limits.next();
                PlanTask task = tasks.get(limit.getKey());
                if (task == null || task.status() == TaskStatus.STOPPED) {
                    limits.remove();
                } else if (task.status() == TaskStatus.DONE) {
                    met(counts, "TASK", limit.getValue(), at);
                    limits.remove();
                }
            }
            plan.tasks().stream()
                    .filter(task -> task.status() == TaskStatus.PLANNED || task.status() == TaskStatus.STARTED)
                    .forEach(task -> running.put(task.taskId(), endOf(task.dueDate())));
            Map<LocalDate, Instant> dates = evaluationDue.computeIfAbsent(caseId, id -> new HashMap<>());
            dates.keySet().retainAll(plan.evaluationDates());
            Set<LocalDate> done = evaluated.getOrDefault(caseId, Set.of());
            plan.evaluationDates().stream().filter(date -> !done.contains(date))
                    .forEach(date -> dates.put(date, endOf(date)));
        }

        void evaluated(Map<String, Long> counts, UUID caseId, LocalDate date, Instant at) {
            evaluated.computeIfAbsent(caseId, id -> new HashSet<>()).add(date);
            Instant due = evaluationDue.getOrDefault(caseId, new HashMap<>()).remove(date);
            if (due != null) {
                met(counts, "PLAN_EVALUATION", due, at);
            }
        }

        void withdraw(UUID caseId) {
            taskDue.remove(caseId);
            evaluationDue.remove(caseId);
        }

        /** the limits the year left running: missed, and not met */
        void stillRunning(Map<String, Long> counts) {
            taskDue.values().forEach(running -> running.values().forEach(due -> missed(counts, "TASK", due)));
            evaluationDue.values().forEach(running -> running.values()
                    .forEach(due -> missed(counts, "PLAN_EVALUATION", due)));
        }

        private static void met(Map<String, Long> counts, String limit, Instant due, Instant met) {
            if (dueInTheYear(due)) {
                add(counts, "timeLimits." + limit + ".due");
                if (met.isAfter(due)) {
                    add(counts, "timeLimits." + limit + ".late");
                    add(counts, "timeLimits." + limit + ".late.metLate");
                } else {
                    add(counts, "timeLimits." + limit + ".metInTime");
                }
            }
        }

        private static void missed(Map<String, Long> counts, String limit, Instant due) {
            if (dueInTheYear(due)) {
                add(counts, "timeLimits." + limit + ".due");
                add(counts, "timeLimits." + limit + ".late");
                add(counts, "timeLimits." + limit + ".late.notMet");
            }
        }

        /** a task or an evaluation dated on a day may be done until that day is over, in Dutch time */
        private static Instant endOf(LocalDate day) {
            return day.plusDays(1).atStartOfDay(AMSTERDAM).toInstant();
        }
    }

    /** the end of the 5th working day after the day of the report, in Dutch time (domain guide §2) */
    private static Instant triageDue(Instant received) {
        LocalDate lastDay = WorkingDays.netherlands().addWorkingDays(received.atZone(AMSTERDAM).toLocalDate(), 5);
        return lastDay.plusDays(1).atStartOfDay(AMSTERDAM).toInstant();
    }

    /** A limit met at or before its due moment counts in the year of its last day. */
    private static void metInTime(Map<String, Long> counts, String key, Instant due, Instant met) {
        if (due != null && !met.isAfter(due) && dueInTheYear(due)) {
            add(counts, key);
        }
    }

    /** A limit counts in the year of its last day. */
    private static boolean dueInTheYear(Instant due) {
        return due.minusNanos(1).atZone(AMSTERDAM).toLocalDate().getYear() == YEAR;
    }

    /** A case's first code, or a change of its code; a code equal to the one it has is neither. */
    private static void code(Map<String, Long> counts, Map<UUID, SafetyCode> codes, UUID caseId, SafetyCode code) {
        SafetyCode previous = codes.put(caseId, code);
        if (previous == null) {
            add(counts, "safetyCodes.first");
            add(counts, "safetyCodes.first." + code);
        } else if (previous != code) {
            add(counts, "safetyCodes.changes");
        }
    }

    private static void contact(Map<String, Long> counts, Report report) {
        String contacts = report.contactType() == ContactType.REPORT ? "contacts.reports" : "contacts.adviceRequests";
        add(counts, contacts);
        report.formsOfViolence().stream().map(FormOfViolence::category).distinct()
                .forEach(category -> add(counts, contacts + "." + category));
        if (report.contactType() == ContactType.REPORT) {
            ReporterType type = report.reporter().type();
            add(counts, "reports.byReporterType." + type);
            if (type == ReporterType.PROFESSIONAL) {
                add(counts, "reports.bySector." + report.reporter().sector());
            }
        }
    }

    private static void remember(Set<UUID> reports, Report report) {
        if (report.contactType() == ContactType.REPORT) {
            reports.add(report.reportId());
        }
    }

    private static void add(Map<String, Long> counts, String key) {
        counts.merge(key, 1L, Long::sum);
    }

    /** A count shown is exact; a count withheld is small when shown as "<5", and at least 5 when shown as "x". */
    private static void assertFigure(JsonNode figures, String key, long expected) {
        JsonNode figure = figure(figures, key);
        String display = figure.path("display").asText();
        if (display.equals("<5")) {
            assertThat(expected).as(key).isBetween(1L, 4L);
        } else if (figure.path("suppressed").asBoolean()) {
            assertThat(expected).as(key).isGreaterThanOrEqualTo(5);
        } else {
            assertThat(figure.path("value").asLong()).as(key).isEqualTo(expected);
        }
    }

    private static JsonNode figure(JsonNode figures, String key) {
        for (JsonNode section : figures.path("sections")) {
            for (JsonNode figure : section.path("figures")) {
                if (figure.path("key").asText().equals(key)) {
                    return figure;
                }
            }
        }
        throw new AssertionError("no figure " + key);
    }

    private JsonNode figures(LedgerClient api) {
        LedgerClient.Answer answer = api.get(ANALYST, figuresPath());
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static String figuresPath() {
        return "/api/figures?period=" + YEAR + "&region=" + REGION;
    }

    /**
     * The limits the simulated year left running fire when the generator hands the scheduler back, at the real time.
     * What they record counts in the year of their due moments (a limit missed), so the figures are read, and compared
     * after the rebuild, only once they have all fired.
     */
    /**
     * Every huisverbod of the year reached its end by now (the year lies in the past): as many ended as were imposed,
     * whether the generator ended them or their end fired. A deadline that fails is retried later, so "none due" alone
     * would not show it: no task may be left failing.
     */
    private void assertEveryHuisverbodEndedAndNoTaskFailing(GeneratedYear year) {
        Set<String> cases = new HashSet<>();
        year.sent().forEach(sent -> {
            if (sent.command() instanceof ReceiveReport received) {
                cases.add(received.caseId().toString());
            }
        });
        Map<String, Long> huisverboden = new HashMap<>();
        jdbc.query("""
                select aggregate_identifier, regexp_replace(payload_type, '.*\\.', '') from domain_event_entry
                where payload_type like '%.HuisverbodImposed' or payload_type like '%.HuisverbodEnded'""", row -> {
            if (cases.contains(row.getString(1))) {
                huisverboden.merge(row.getString(2), 1L, Long::sum);
            }
        });
        assertThat(huisverboden.get("HuisverbodImposed")).as("huisverboden imposed in the year").isGreaterThan(50);
        assertThat(huisverboden.get("HuisverbodEnded")).as("huisverboden ended")
                .isEqualTo(huisverboden.get("HuisverbodImposed"));
        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where consecutive_failures > 0",
                Long.class)).as("scheduled tasks left failing").isZero();
    }

    private void awaitOverdueDeadlinesFired() {
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where execution_time <= now()",
                        Long.class)).as("deadlines due and not yet fired").isZero());
    }

    private static void awaitViewsUpToDate(LedgerClient api) {
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode views = api.get(ADMINISTRATOR, "/api/views").body();
            assertThat(views).isNotEmpty();
            assertThat(views.findValuesAsText("state")).containsOnly("UP_TO_DATE");
        });
    }
}
