package nl.hgk.ledger.deploy.generator;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import com.github.kagkarlsson.scheduler.Scheduler;
import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.calendar.LedgerClock;
import nl.hgk.ledger.calendar.WorkingDays;
import nl.hgk.ledger.command.audit.Actors;
import nl.hgk.ledger.command.cases.AdoptFamilyPlan;
import nl.hgk.ledger.command.cases.AppointCoordinator;
import nl.hgk.ledger.command.cases.AppointProcessDirector;
import nl.hgk.ledger.command.cases.AssignCode;
import nl.hgk.ledger.command.cases.CloseCase;
import nl.hgk.ledger.command.cases.ConcludeInvestigation;
import nl.hgk.ledger.command.cases.DecideTriage;
import nl.hgk.ledger.command.cases.EndHuisverbod;
import nl.hgk.ledger.command.cases.EvaluateFamilyPlan;
import nl.hgk.ledger.command.cases.ExtendHuisverbod;
import nl.hgk.ledger.command.cases.ImposeHuisverbod;
import nl.hgk.ledger.command.cases.InformReporter;
import nl.hgk.ledger.command.cases.ReceiveReport;
import nl.hgk.ledger.command.intake.IntakeOutcome;
import nl.hgk.ledger.command.intake.ReportIntake;
import nl.hgk.ledger.command.intake.ReportReceipt;
import nl.hgk.ledger.command.cases.RaiseEscalation;
import nl.hgk.ledger.command.cases.Report;
import nl.hgk.ledger.command.cases.ResolveEscalation;
import nl.hgk.ledger.command.cases.ReviseFamilyPlan;
import nl.hgk.ledger.command.cases.StartInvestigation;
import nl.hgk.ledger.consent.ConsentRequirement;
import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.audit.OrganisationType;
import nl.hgk.ledger.events.audit.Qualification;
import nl.hgk.ledger.events.closure.ClosureReason;
import nl.hgk.ledger.events.coordination.Coordinator;
import nl.hgk.ledger.events.coordination.Consent;
import nl.hgk.ledger.events.coordination.ConsentDecider;
import nl.hgk.ledger.events.coordination.ConsentDecision;
import nl.hgk.ledger.events.coordination.FamilyPlan;
import nl.hgk.ledger.events.coordination.Goal;
import nl.hgk.ledger.events.coordination.LifeDomain;
import nl.hgk.ledger.events.coordination.PlanTask;
import nl.hgk.ledger.events.coordination.ProcessDirector;
import nl.hgk.ledger.events.coordination.TaskStatus;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.events.huisverbod.HuisverbodEndReason;
import nl.hgk.ledger.events.intake.ContactType;
import nl.hgk.ledger.events.intake.FormOfViolence;
import nl.hgk.ledger.events.intake.HouseholdKey;
import nl.hgk.ledger.events.intake.Reporter;
import nl.hgk.ledger.events.intake.ReporterSector;
import nl.hgk.ledger.events.intake.ReporterType;
import nl.hgk.ledger.events.intake.ViolenceCategory;
import nl.hgk.ledger.events.person.InvolvedPerson;
import nl.hgk.ledger.events.person.PersonRole;
import nl.hgk.ledger.events.person.PersonalData;
import nl.hgk.ledger.events.triage.InvestigationConclusion;
import nl.hgk.ledger.events.triage.SafetyCode;
import nl.hgk.ledger.events.triage.TriageOutcome;
import nl.hgk.ledger.reference.Municipalities;
import nl.hgk.ledger.reference.Municipality;
import nl.hgk.ledger.reference.MunicipalityCode;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.springframework.transaction.support.TransactionTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Simulates a year of a region: contacts arrive at random working moments; each case then runs its course on a
 * timeline (code and triage within days, an investigation of weeks, a coordinator and a plan, sometimes an escalation
 * or a huisverbod, feedback to the reporter, and closure), and every step is given as a command at its moment. The
 * simulation keeps its own picture of each case so that it only gives commands the rules allow; the ledger decides
 * all the same, and any refusal is counted. Each step is given by someone of the party whose step it is, in the
 * capacity of their organisation: Veilig Thuis, the coordinator's local team, the Meldpunt and its process director,
 * the mayor of the household's municipality (or out of hours a hulpofficier van justitie).
 *
 * <p>A plan runs in periods that each end in an evaluation date: the providers report their tasks done (mostly in
 * time, some late) or stopped, each report a plan revision; most evaluations are recorded on their date, some late,
 * some not at all; after an evaluation the coordinator sets the next period, or the help ends and the case closes.
 * Codes change on an investigation's findings, and when the situation gets safer or worse.
 *
 * <p>Every date a command carries lies in the simulated present or past, and the dates a plan still waits for (the
 * due dates of open tasks, the evaluation dates not yet evaluated) lie ahead, because the ledger checks them against
 * its clock.
 *
 * <p>The generator sets the ledger clock to each step's moment, and pauses the deadline scheduler while it runs: run it
 * on a ledger nobody else is using at the time. It refuses a ledger that already holds events unless told otherwise
 * ({@link GenerationSpec#intoExistingLedger()}).
 */
@Component
public class YearGenerator {

    private static final Logger log = LoggerFactory.getLogger(YearGenerator.class);
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** seed 003, ZHZ 2018: advice requests and reports per category, the model for the mix of forms */
    private static final Map<ViolenceCategory, int[]> ADVICE_AND_REPORTS = Map.of(
            ViolenceCategory.CHILD_ABUSE, new int[] {2264, 2780},
            ViolenceCategory.DOMESTIC_VIOLENCE, new int[] {333, 483},
            ViolenceCategory.ELDER_ABUSE, new int[] {66, 54});
    private static final double REPEAT_HOUSEHOLD = 0.12;
    private static final WorkingDays WORKING_DAYS = WorkingDays.netherlands();
    private static final List<Goal> GOALS = List.of(
            new Goal(LifeDomain.SAFETY, "geen geweld meer in huis"),
            new Goal(LifeDomain.PARENTING, "ouders vergroten hun opvoedvaardigheden"));
    private static final List<String> SAFETY_AGREEMENTS = List.of("bij dreiging belt moeder 112");

    /** A kind of task a plan gives a provider; {@code null} as the organisation means Veilig Thuis of the region. */
    private record TaskKind(String description, String ownerOrganisation) {
    }

    private static final List<TaskKind> TASK_KINDS = List.of(
            new TaskKind("veiligheidscheck", null),
            new TaskKind("opvoedondersteuning", "jeugdhulp"),
            new TaskKind("agressieregulatietraining pleger", "reclassering"),
            new TaskKind("schulden in kaart en saneringstraject gestart", "maatschappelijk-werk"),
            new TaskKind("traumabehandeling kind", "ggz"),
            new TaskKind("steunnetwerk betrokken bij veiligheidsplan", "sociaal-team"),
            new TaskKind("huisbezoek en gesprek met beide ouders", "sociaal-team"));

    /** What becomes of a task of the plan. */
    private enum TaskCourse {
        DONE_IN_TIME,
        DONE_LATE,
        STOPPED
    }

    /** Whether the coordinator records the evaluation of an evaluation date, and when. */
    private enum EvaluationCourse {
        ON_TIME,
        LATE,
        MISSED
    }

    private final ReportIntake intake;
    private final TransactionTemplate transaction;
    private final CommandGateway commands;
    private final EventStore events;
    private final LedgerClock clock;
    private final Scheduler deadlines;

    YearGenerator(CommandGateway commands, ReportIntake intake, TransactionTemplate transaction, EventStore events,
                  LedgerClock clock, Scheduler deadlines) {
        this.commands = commands;
        this.intake = intake;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
        this.deadlines = deadlines;
    }

    /** A step of a case at its moment; ties keep the order in which they were planned. */
    private record Step(Instant at, long order, Consumer<Instant> action) {
    }

    /** The generator's own picture of a household. */
    private static final class Household {
        final HouseholdKey key;
        final MunicipalityCode municipality;
        /** the case the ledger's intake bundles the household's reports into, while it is open */
        SimulatedCase open;

        Household(HouseholdKey key, MunicipalityCode municipality) {
            this.key = key;
            this.municipality = municipality;
        }
    }

    /** The generator's own picture of a case, enough to give only commands the rules allow. */
    private static final class SimulatedCase {
        final UUID id;
        final Household household;
        final List<UUID> persons = new ArrayList<>();
        /** the birth dates the reports recorded: who must consent to a plan depends on them */
        final Map<UUID, LocalDate> birthDates = new HashMap<>();
        long version;
        boolean closed;
        boolean reportReceived;
        boolean triagePlanned;
        boolean triagePending;
        SafetyCode code;
        /** the process director of the open escalation at step 4, once appointed */
        ProcessDirector processDirector;
        /** as the ledger has it: the last triage decided that Veilig Thuis investigates, and it has not started yet */
        boolean investigationDecided;
        boolean investigationRunning;
        Coordinator coordinator;
        int planVersion;
        /** the tasks and evaluation dates of the plan version the ledger holds */
        List<PlanTask> tasks = List.of();
        List<LocalDate> evaluationDates = List.of();
        final Set<LocalDate> evaluated = new HashSet<>();
        /** how many more plan periods follow the current one */
        int periodsLeft;
        boolean steppedDown;
        EscalationStep escalation;
        LocalDate huisverbodImposedOn;
        LocalDate huisverbodEndsOn;
        Instant lastStep;

        SimulatedCase(UUID id, Household household) {
            this.id = id;
            this.household = household;
        }
    }

    private final class Run {
        final GenerationSpec spec;
        final Random random;
        /**
         * the answers to the plans: a random of their own, so that they leave the course the seed gives the year as it
         * was before plans recorded them
         */
        final Random answers;
        final List<MunicipalityCode> municipalities;
        final Instant yearEnd;
        final PriorityQueue<Step> timeline = new PriorityQueue<>((a, b) -> a.at().equals(b.at())
                ? Long.compare(a.order(), b.order()) : a.at().compareTo(b.at()));
        final List<Household> households = new ArrayList<>();
        final List<GeneratedYear.Sent> sent = new ArrayList<>();
        long planned;
        int refused;
        // the generator's own account of the plans' course, for its log
        int tasksDoneInTime;
        int tasksDoneLate;
        int tasksStopped;
        int evaluationsOnTime;
        int evaluationsLate;
        int evaluationsMissed;
        int codeChanges;

        Run(GenerationSpec spec) {
            this.spec = spec;
            this.random = new Random(spec.seed());
            this.answers = new Random(spec.seed() + 1);
            this.municipalities = Municipalities.load().all().stream()
                    .filter(municipality -> municipality.veiligThuisRegion().code().equals(spec.region()))
                    .map(Municipality::code).toList();
            if (municipalities.isEmpty()) {
                throw new IllegalArgumentException("no municipalities in Veilig Thuis region " + spec.region());
            }
            this.yearEnd = LocalDate.of(spec.year() + 1, 1, 1).atStartOfDay(AMSTERDAM).toInstant();
        }

        void plan(Instant at, Consumer<Instant> action) {
            if (at.isBefore(yearEnd)) {
                timeline.add(new Step(at, planned++, action));
            }
        }

        // ---- arrivals ---------------------------------------------------------------------------------------

        void contact(Instant at, ContactType type) {
            Household household = households.isEmpty() || random.nextDouble() >= REPEAT_HOUSEHOLD
                    ? newHousehold()
                    : households.get(random.nextInt(households.size()));
            Report report = report(type, household);
            // the ledger's own intake chooses the case, as for a report over HTTP: bundled or opened
            ReportReceipt receipt = receive(at, report);
            if (receipt == null) {
                return;
            }
            if (receipt.outcome() == IntakeOutcome.BUNDLED) {
                SimulatedCase target = household.open;
                target.version = receipt.version();
                received(at, target, report);
                return;
            }
            SimulatedCase opened = new SimulatedCase(receipt.caseId(), household);
            opened.version = receipt.version();
            household.open = opened;
            received(at, opened, report);
            if (type == ContactType.ADVICE_REQUEST && chance(0.85)) {
                plan(at.plus(days(0, 5)), when -> closeAdvice(when, opened));
            }
        }

        Household newHousehold() {
            byte[] key = new byte[32];
            random.nextBytes(key);
            Household household = new Household(new HouseholdKey(HexFormat.of().formatHex(key)),
                    municipalities.get(random.nextInt(municipalities.size())));
            households.add(household);
            return household;
        }

        Report report(ContactType type, Household household) {
            ViolenceCategory category = category(type);
            Set<FormOfViolence> forms = EnumSet.of(form(category));
            if (chance(0.25)) {
                forms.add(form(weightedCategory(type)));
            }
            List<InvolvedPerson> persons = new ArrayList<>();
            persons.add(person(PersonRole.VICTIM));
            persons.add(person(PersonRole.PERPETRATOR));
            for (int children = random.nextInt(3); children > 0; children--) {
                persons.add(person(PersonRole.CHILD));
            }
            return new Report(UUID.randomUUID(), household.key, household.municipality, type, reporter(), forms,
                    persons);
        }

        void received(Instant at, SimulatedCase target, Report report) {
            for (InvolvedPerson person : report.persons()) {
                target.persons.add(person.personId());
                target.birthDates.put(person.personId(), person.personalData().birthDate());
            }
            target.lastStep = at;
            if (!report.reporter().isAnonymous() && chance(0.85)) {
                plan(at.plus(days(5, 20)), when -> inform(when, target, report.reportId()));
            }
            if (report.contactType() == ContactType.REPORT) {
                target.reportReceived = true;
                if (target.code == null && !target.triagePlanned) {
                    target.triagePlanned = true;
                    plan(triageMoment(at), when -> assignCode(when, target));
                } else if (target.code != null && !target.triagePending) {
                    // a later report is triaged again, with the case's code
                    target.triagePending = true;
                    plan(triageMoment(at), when -> decideTriage(when, target));
                }
            }
        }

        // ---- the course of a case ---------------------------------------------------------------------------

        void assignCode(Instant at, SimulatedCase c) {
            if (c.closed) {
                return;
            }
            double draw = random.nextDouble();
            SafetyCode code = draw < 0.45 ? SafetyCode.GREEN : draw < 0.85 ? SafetyCode.ORANGE : SafetyCode.RED;
            if (step(at, c, new AssignCode(c.id, code, c.version), veiligThuisWorker(), null)) {
                c.code = code;
                c.triagePending = true;
                plan(at.plus(Duration.ofMinutes(30 + random.nextInt(120))), when -> decideTriage(when, c));
                if (code != SafetyCode.GREEN && chance(code == SafetyCode.RED ? 0.15 : 0.03)) {
                    plan(at.plus(Duration.ofHours(2)), when -> imposeHuisverbod(when, c));
                }
            }
        }

        void decideTriage(Instant at, SimulatedCase c) {
            c.triagePending = false;
            if (c.closed || c.code == null) {
                return;
            }
            TriageOutcome outcome = outcome(c.code);
            if (!step(at, c, new DecideTriage(c.id, outcome, c.version), veiligThuisWorker(), null)) {
                return;
            }
            c.investigationDecided = outcome == TriageOutcome.VEILIG_THUIS_INVESTIGATION;
            if (outcome == TriageOutcome.VEILIG_THUIS_INVESTIGATION && !c.investigationRunning) {
                plan(at.plus(days(1, 3)), when -> startInvestigation(when, c));
            }
            if (outcome == TriageOutcome.NO_FOLLOW_UP) {
                planClosure(at.plus(days(1, 10)), c);
            } else if (c.coordinator == null && chance(0.75)) {
                plan(at.plus(days(3, 25)), when -> appointCoordinator(when, c));
            } else if (c.coordinator == null) {
                planClosure(at.plus(days(20, 90)), c);
            }
        }

        void startInvestigation(Instant at, SimulatedCase c) {
            // a later report's triage may have decided otherwise in the meantime
            if (!c.closed && !c.investigationRunning && c.investigationDecided
                    && step(at, c, new StartInvestigation(c.id, c.version), veiligThuisWorker(), null)) {
                c.investigationDecided = false;
                c.investigationRunning = true;
                plan(at.plus(days(20, 80)), when -> concludeInvestigation(when, c));
            }
        }

        void concludeInvestigation(Instant at, SimulatedCase c) {
            InvestigationConclusion conclusion = pick(InvestigationConclusion.values(), new double[] {0.6, 0.25, 0.15});
            // the triage code was a first assessment: the conclusion carries the code of the findings (seed 000 §3.3)
            SafetyCode found = codeOnFindings(c.code, conclusion);
            if (!c.closed && c.investigationRunning && step(at, c,
                    new ConcludeInvestigation(c.id, conclusion, found, c.version), veiligThuisWorker(), null)) {
                c.investigationRunning = false;
                if (found != c.code) {
                    c.code = found;
                    codeChanges++;
                }
            }
        }

        SafetyCode codeOnFindings(SafetyCode code, InvestigationConclusion conclusion) {
            return switch (conclusion) {
                case UNSAFETY_ESTABLISHED -> code == SafetyCode.GREEN && chance(0.6) ? SafetyCode.ORANGE
                        : code == SafetyCode.ORANGE && chance(0.25) ? SafetyCode.RED : code;
                case NO_UNSAFETY_ESTABLISHED -> code == SafetyCode.RED && chance(0.5) ? SafetyCode.ORANGE
                        : code == SafetyCode.ORANGE && chance(0.35) ? SafetyCode.GREEN : code;
                case UNDETERMINED -> code;
            };
        }

        /** A later code of the case; {@code from} is the code it was decided on, so that a stale change is dropped. */
        boolean changeCode(Instant at, SimulatedCase c, SafetyCode from, SafetyCode to) {
            if (c.closed || c.code != from
                    || !step(at, c, new AssignCode(c.id, to, c.version), veiligThuisWorker(), null)) {
                return false;
            }
            c.code = to;
            codeChanges++;
            return true;
        }

        void appointCoordinator(Instant at, SimulatedCase c) {
            Coordinator coordinator = new Coordinator("regisseur-" + random.nextInt(40),
                    "sociaal-team-" + c.household.municipality.value().toLowerCase());
            if (c.closed || c.coordinator != null
                    || !step(at, c, new AppointCoordinator(c.id, coordinator, c.version), veiligThuisWorker(),
                    null)) {
                return;
            }
            c.coordinator = coordinator;
            if (chance(0.85)) {
                plan(at.plus(days(7, 30)), when -> adoptPlan(when, c));
            } else {
                planClosure(at.plus(days(30, 120)), c);
            }
        }

        void adoptPlan(Instant at, SimulatedCase c) {
            if (c.closed || c.planVersion > 0) {
                return;
            }
            LocalDate today = day(at);
            LocalDate evaluation = evaluationDate(today);
            List<PlanTask> tasks = newTasks(today, evaluation, 2 + random.nextInt(2));
            List<LocalDate> evaluations = List.of(evaluation);
            if (!step(at, c, new AdoptFamilyPlan(c.id, familyPlan(c, today, tasks, evaluations), c.version),
                    coordinatorOf(c), null)) {
                return;
            }
            c.planVersion = 1;
            c.tasks = tasks;
            c.evaluationDates = evaluations;
            c.periodsLeft = pick(new Integer[] {0, 1, 2}, new double[] {0.35, 0.45, 0.20});
            tasks.forEach(task -> followTask(c, task, today, evaluation));
            followEvaluation(c, evaluation);
            if (chance(0.12)) {
                plan(at.plus(days(10, 60)), when -> raiseEscalation(when, c, null));
            }
        }

        /** Plans when the provider reports the task done or stopped; a late report comes before the evaluation. */
        void followTask(SimulatedCase c, PlanTask task, LocalDate today, LocalDate evaluation) {
            LocalDate due = task.dueDate();
            int untilDue = (int) ChronoUnit.DAYS.between(today, due);
            int dueToEvaluation = (int) ChronoUnit.DAYS.between(due, evaluation);
            TaskCourse course = pick(TaskCourse.values(), new double[] {0.76, 0.12, 0.12});
            LocalDate reported = switch (course) {
                case DONE_IN_TIME -> due.minusDays(random.nextInt(Math.min(21, untilDue)));
                case DONE_LATE -> due.plusDays(1 + random.nextInt(Math.min(21, dueToEvaluation - 1)));
                case STOPPED -> today.plusDays(1 + random.nextInt(untilDue));
            };
            TaskStatus status = course == TaskCourse.STOPPED ? TaskStatus.STOPPED : TaskStatus.DONE;
            plan(moment(reported), when -> reportTask(when, c, task.taskId(), status));
        }

        void reportTask(Instant at, SimulatedCase c, UUID taskId, TaskStatus status) {
            if (c.closed || c.tasks.stream().noneMatch(task -> task.taskId().equals(taskId) && open(task))) {
                return;
            }
            List<PlanTask> tasks = c.tasks.stream()
                    .map(task -> task.taskId().equals(taskId) ? withStatus(task, status) : task).toList();
            revise(at, c, tasks, c.evaluationDates,
                    status == TaskStatus.DONE ? "taak uitgevoerd" : "taak voortijdig gestopt");
        }

        void followEvaluation(SimulatedCase c, LocalDate date) {
            switch (pick(EvaluationCourse.values(), new double[] {0.80, 0.12, 0.08})) {
                case ON_TIME -> plan(moment(date), when -> evaluate(when, c, date));
                case LATE -> plan(moment(date.plusDays(1 + random.nextInt(14))), when -> evaluate(when, c, date));
                // the date passes unrecorded; the coordinator takes the plan up again some days later
                case MISSED -> plan(moment(date.plusDays(3 + random.nextInt(12))), when -> review(when, c, date));
            }
        }

        void evaluate(Instant at, SimulatedCase c, LocalDate date) {
            if (c.closed) {
                return;
            }
            if (c.evaluationDates.contains(date) && !c.evaluated.contains(date)
                    && step(at, c, new EvaluateFamilyPlan(c.id, date, c.version), coordinatorOf(c), null)) {
                c.evaluated.add(date);
                if (at.isAfter(endOf(date))) {
                    evaluationsLate++;
                } else {
                    evaluationsOnTime++;
                }
            }
            plan(at.plus(Duration.ofMinutes(20 + random.nextInt(100))), when -> review(when, c, date));
        }

        /** After an evaluation date: the next period of the plan, or the end of the help. */
        void review(Instant at, SimulatedCase c, LocalDate evaluation) {
            if (c.closed) {
                return;
            }
            if (!c.evaluated.contains(evaluation)) {
                evaluationsMissed++;
            }
            if (c.periodsLeft == 0) {
                // an orange case that is safe again steps down to the local team
                if (c.code == SafetyCode.ORANGE && chance(0.35)
                        && changeCode(at, c, SafetyCode.ORANGE, SafetyCode.GREEN)) {
                    c.steppedDown = true;
                }
                planClosure(at.plus(days(1, 30)), c);
                return;
            }
            // the evaluation looks at safety again: a red case is mostly safer by now, an orange one now and then worse
            if (c.code == SafetyCode.RED && chance(0.3)) {
                plan(at.plus(Duration.ofHours(1)), when -> changeCode(when, c, SafetyCode.RED, SafetyCode.ORANGE));
            } else if (c.code == SafetyCode.ORANGE && chance(0.05)) {
                plan(at.plus(Duration.ofHours(1)), when -> changeCode(when, c, SafetyCode.ORANGE, SafetyCode.RED));
            }
            LocalDate today = day(at);
            LocalDate next = evaluationDate(today);
            List<PlanTask> added = newTasks(today, next, 1 + random.nextInt(2));
            List<PlanTask> tasks = new ArrayList<>(c.tasks);
            tasks.addAll(added);
            List<LocalDate> evaluations = new ArrayList<>(c.evaluationDates);
            evaluations.add(next);
            if (revise(at, c, tasks, evaluations, "evaluatie: plan voor de volgende periode")) {
                c.periodsLeft--;
                added.forEach(task -> followTask(c, task, today, next));
                followEvaluation(c, next);
            }
        }

        /**
         * The next plan version. The ledger takes no open task due in the past nor an evaluation date that passed
         * unrecorded: a task overdue is reported done with this revision (late), and such a date is left out.
         */
        boolean revise(Instant at, SimulatedCase c, List<PlanTask> tasks, List<LocalDate> evaluationDates,
                       String reason) {
            LocalDate today = day(at);
            List<PlanTask> revised = tasks.stream()
                    .map(task -> open(task) && task.dueDate().isBefore(today)
                            ? withStatus(task, TaskStatus.DONE) : task)
                    .toList();
            List<LocalDate> dates = evaluationDates.stream()
                    .filter(date -> c.evaluated.contains(date) || !date.isBefore(today)).toList();
            int next = c.planVersion + 1;
            if (!step(at, c, new ReviseFamilyPlan(c.id, next, familyPlan(c, today, revised, dates), c.version),
                    coordinatorOf(c), reason)) {
                return false;
            }
            for (PlanTask task : revised) {
                if (!open(task) && c.tasks.stream().anyMatch(was -> was.taskId().equals(task.taskId()) && open(was))) {
                    if (task.status() == TaskStatus.STOPPED) {
                        tasksStopped++;
                    } else if (at.isAfter(endOf(task.dueDate()))) {
                        tasksDoneLate++;
                    } else {
                        tasksDoneInTime++;
                    }
                }
            }
            c.planVersion = next;
            c.tasks = revised;
            c.evaluationDates = dates;
            return true;
        }

        /**
         * The coordinator escalates stagnating help one step at a time (now and then skipping one, urgently), up to
         * step 4, where the Meldpunt appoints a process director who ends it. Step 5 is the process director's to take
         * within step 4 (seed 000 B2 §5.2.4), which the generator does not simulate.
         */
        void raiseEscalation(Instant at, SimulatedCase c, EscalationStep from) {
            if (c.closed || c.escalation != from) {
                return;
            }
            int level = from == null ? 0 : from.level();
            boolean skip = level < 3 && chance(0.05);
            EscalationStep next = EscalationStep.values()[Math.min(level + (skip ? 1 : 0), 3)];
            String urgency = skip ? "acute onveiligheid: direct overleg nodig" : null;
            if (!step(at, c, new RaiseEscalation(c.id, next, urgency, c.version), coordinatorOf(c),
                    "hulp stagneert")) {
                return;
            }
            c.escalation = next;
            if (next == EscalationStep.PROCESS_DIRECTOR) {
                // within the 2 working days of the limit, mostly
                plan(at.plus(Duration.ofHours(2 + random.nextInt(40))), when -> appointProcessDirector(when, c));
            } else if (chance(0.35)) {
                plan(at.plus(days(7, 30)), when -> raiseEscalation(when, c, next));
            } else {
                plan(at.plus(days(7, 40)), when -> resolveEscalation(when, c, next));
            }
        }

        void appointProcessDirector(Instant at, SimulatedCase c) {
            ProcessDirector processDirector = new ProcessDirector("procesregisseur-" + random.nextInt(10),
                    "meldpunt-zorg-en-overlast-" + spec.region().toLowerCase());
            if (c.closed || c.escalation != EscalationStep.PROCESS_DIRECTOR || !step(at, c,
                    new AppointProcessDirector(c.id, processDirector, c.version), meldpunt(), null)) {
                return;
            }
            c.processDirector = processDirector;
            plan(at.plus(days(7, 40)), when -> resolveEscalation(when, c, EscalationStep.PROCESS_DIRECTOR));
        }

        /** Steps 1 to 3 are ended by the coordinator, step 4 by its process director. */
        void resolveEscalation(Instant at, SimulatedCase c, EscalationStep step) {
            LedgerUser resolver = step == EscalationStep.PROCESS_DIRECTOR
                    ? new LedgerUser(c.processDirector.userId(), ActorRole.CASE_WORKER,
                    c.processDirector.organisation(), spec.region(), OrganisationType.MELDPUNT)
                    : coordinatorOf(c);
            if (!c.closed && c.escalation == step
                    && step(at, c, new ResolveEscalation(c.id, c.version), resolver, null)) {
                c.escalation = null;
                c.processDirector = null;
            }
        }

        void imposeHuisverbod(Instant at, SimulatedCase c) {
            LocalDate imposedOn = at.atZone(AMSTERDAM).toLocalDate();
            UUID perpetrator = c.persons.get(1);
            if (c.closed || c.huisverbodEndsOn != null
                    || !step(at, c, new ImposeHuisverbod(c.id, perpetrator, imposedOn, c.version),
                    imposing(at, c), null)) {
                return;
            }
            c.huisverbodImposedOn = imposedOn;
            c.huisverbodEndsOn = imposedOn.plusDays(10);
            if (chance(0.4)) {
                plan(moment(imposedOn.plusDays(8)), when -> extendHuisverbod(when, c));
            } else {
                plan(moment(c.huisverbodEndsOn), when -> endHuisverbod(when, c));
            }
        }

        void extendHuisverbod(Instant at, SimulatedCase c) {
            LocalDate endsOn = c.huisverbodImposedOn.plusDays(18 + random.nextInt(11));
            if (!c.closed && c.huisverbodEndsOn != null
                    && step(at, c, new ExtendHuisverbod(c.id, endsOn, c.version), mayorOf(c), null)) {
                c.huisverbodEndsOn = endsOn;
            }
            plan(moment(c.huisverbodEndsOn), when -> endHuisverbod(when, c));
        }

        void endHuisverbod(Instant at, SimulatedCase c) {
            HuisverbodEndReason reason = chance(0.9) ? HuisverbodEndReason.EXPIRED : HuisverbodEndReason.LIFTED_BY_MAYOR;
            if (!c.closed && c.huisverbodEndsOn != null && step(at, c,
                    new EndHuisverbod(c.id, c.huisverbodEndsOn, reason, c.version), mayorOf(c), null)) {
                c.huisverbodEndsOn = null;
                c.huisverbodImposedOn = null;
            }
        }

        void inform(Instant at, SimulatedCase c, UUID reportId) {
            step(at, c, new InformReporter(c.id, reportId, c.version), veiligThuisWorker(), null);
        }

        void closeAdvice(Instant at, SimulatedCase c) {
            if (!c.reportReceived) {
                close(at, c, ClosureReason.ADVICE_GIVEN);
            }
        }

        void planClosure(Instant at, SimulatedCase c) {
            if (chance(0.85)) {
                plan(at, when -> closeWhenDone(when, c, 0));
            }
        }

        void closeWhenDone(Instant at, SimulatedCase c, int attempt) {
            if (c.closed) {
                return;
            }
            if (c.escalation != null || c.huisverbodEndsOn != null || c.investigationRunning) {
                if (attempt < 6) {
                    plan(at.plus(days(14, 30)), when -> closeWhenDone(when, c, attempt + 1));
                }
                return;
            }
            ClosureReason reason = c.steppedDown ? ClosureReason.STEPPED_DOWN_TO_LOCAL_TEAM
                    : c.coordinator == null
                    ? (chance(0.5) ? ClosureReason.NO_FURTHER_ACTION : ClosureReason.STEPPED_DOWN_TO_LOCAL_TEAM)
                    : pick(new ClosureReason[] {ClosureReason.CARE_COMPLETED, ClosureReason.NO_LONGER_MULTI_PROBLEM,
                            ClosureReason.CARE_ENDED}, new double[] {0.6, 0.2, 0.2});
            close(at, c, reason);
        }

        void close(Instant at, SimulatedCase c, ClosureReason reason) {
            if (!c.closed && step(at, c, new CloseCase(c.id, reason, c.version), veiligThuisWorker(), null)) {
                c.closed = true;
                c.household.open = null;
            }
        }

        // ---- giving commands --------------------------------------------------------------------------------

        boolean step(Instant at, SimulatedCase c, Object command, LedgerUser actor, String reason) {
            long version = send(at, command, actor, reason);
            if (version < 0) {
                return false;
            }
            c.version = version;
            c.lastStep = at;
            return true;
        }

        /** @return the case version the command produced, or -1 when the ledger refused it */
        /** @return the receipt of a report received by the ledger's intake; absent when the ledger refused it */
        ReportReceipt receive(Instant at, Report report) {
            clock.setTo(at);
            try {
                ReportReceipt receipt = transaction.execute(tx -> intake.receive(report,
                        Actors.of(veiligThuisWorker(), null)));
                sent.add(new GeneratedYear.Sent(at, new ReceiveReport(receipt.caseId(), report,
                        receipt.repeatOfCaseId()), veiligThuisWorker()));
                return receipt;
            } catch (RuntimeException refusal) {
                refused++;
                log.warn("the ledger refused a generated report: {}", refusal.getMessage());
                return null;
            }
        }

        // ---- who takes each step: someone of the party whose step it is, in the capacity of their organisation. They
        // work in the region the generator simulates, so the scope check lets them reach its cases

        /** Veilig Thuis of the region: reports, the code, triage, the investigation, the coordinator, closure */
        LedgerUser veiligThuisWorker() {
            return new LedgerUser("generator", ActorRole.CASE_WORKER, veiligThuis(), spec.region(),
                    OrganisationType.VEILIG_THUIS);
        }

        /** the coordinator the case was given, of the local team of the household's municipality */
        LedgerUser coordinatorOf(SimulatedCase c) {
            return new LedgerUser(c.coordinator.userId(), ActorRole.COORDINATOR, c.coordinator.organisation(),
                    spec.region(), OrganisationType.LOCAL_TEAM);
        }

        /** the Meldpunt Zorg en Overlast of the region, which appoints a process director at step 4 */
        LedgerUser meldpunt() {
            return new LedgerUser("generator", ActorRole.CASE_WORKER,
                    "meldpunt-zorg-en-overlast-" + spec.region().toLowerCase(), spec.region(), OrganisationType.MELDPUNT);
        }

        /** the mayor of the household's municipality: a huisverbod is theirs to impose, extend and end */
        LedgerUser mayorOf(SimulatedCase c) {
            String municipality = c.household.municipality.value();
            return new LedgerUser("generator", ActorRole.CASE_WORKER, "burgemeester-" + municipality.toLowerCase(),
                    spec.region(), OrganisationType.MAYOR, municipality, Set.of());
        }

        /**
         * Who imposes a huisverbod: out of office hours the police's hulpofficier van justitie on the mayor's behalf
         * (seed 004 §3.1), otherwise the mayor.
         */
        LedgerUser imposing(Instant at, SimulatedCase c) {
            int hour = at.atZone(AMSTERDAM).getHour();
            if (hour >= 9 && hour < 17 && WORKING_DAYS.isWorkingDay(day(at))) {
                return mayorOf(c);
            }
            return new LedgerUser("generator", ActorRole.CASE_WORKER, "politie-" + spec.region().toLowerCase(),
                    spec.region(), OrganisationType.POLICE, null, Set.of(Qualification.AUXILIARY_PROSECUTOR));
        }

        long send(Instant at, Object command, LedgerUser actor, String reason) {
            MetaData audit = Actors.of(actor, reason);
            clock.setTo(at);
            try {
                Object result = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(audit));
                sent.add(new GeneratedYear.Sent(at, command, actor));
                return result instanceof Long version ? version : 0;
            } catch (RuntimeException refusal) {
                refused++;
                log.warn("the ledger refused a generated {}: {}", command.getClass().getSimpleName(),
                        refusal.getMessage());
                return -1;
            }
        }

        // ---- chance ---------------------------------------------------------------------------------------------

        boolean chance(double probability) {
            return random.nextDouble() < probability;
        }

        Duration days(int from, int to) {
            return Duration.ofMinutes((long) from * 1440 + random.nextInt(Math.max(1, (to - from) * 1440)));
        }

        /** Triage mostly within a working week, sometimes later: the national norm is 90% within 5 working days. */
        Instant triageMoment(Instant received) {
            int days = chance(0.85) ? random.nextInt(6) : 6 + random.nextInt(10);
            return received.plus(Duration.ofDays(days)).plus(Duration.ofMinutes(random.nextInt(240)));
        }

        Instant moment(LocalDate day) {
            return day.atTime(9, 0).plusMinutes(random.nextInt(480)).atZone(AMSTERDAM).toInstant();
        }

        /** the end of a day in the Netherlands: the ledger's limit for a task or an evaluation dated on that day */
        Instant endOf(LocalDate day) {
            return day.plusDays(1).atStartOfDay(AMSTERDAM).toInstant();
        }

        LocalDate day(Instant at) {
            return at.atZone(AMSTERDAM).toLocalDate();
        }

        boolean open(PlanTask task) {
            return task.status() == TaskStatus.PLANNED || task.status() == TaskStatus.STARTED;
        }

        PlanTask withStatus(PlanTask task, TaskStatus status) {
            return new PlanTask(task.taskId(), task.description(), task.ownerOrganisation(), task.dueDate(), status);
        }

        ViolenceCategory category(ContactType type) {
            return weightedCategory(type);
        }

        ViolenceCategory weightedCategory(ContactType type) {
            int column = type == ContactType.ADVICE_REQUEST ? 0 : 1;
            ViolenceCategory[] categories = ViolenceCategory.values();
            double[] weights = new double[categories.length];
            for (int i = 0; i < categories.length; i++) {
                weights[i] = ADVICE_AND_REPORTS.get(categories[i])[column];
            }
            return pick(categories, weights);
        }

        FormOfViolence form(ViolenceCategory category) {
            List<FormOfViolence> forms = EnumSet.allOf(FormOfViolence.class).stream()
                    .filter(form -> form.category() == category).toList();
            return forms.get(random.nextInt(forms.size()));
        }

        Reporter reporter() {
            ReporterType type = pick(ReporterType.values(), new double[] {0.60, 0.18, 0.17, 0.05});
            return switch (type) {
                case PROFESSIONAL -> new Reporter(type, pick(ReporterSector.values(),
                        new double[] {0.22, 0.06, 0.18, 0.12, 0.16, 0.12, 0.0, 0.06, 0.08}),
                        new PersonalData("Melder " + random.nextInt(10000), null, null, null, "via telefoon"));
                case POLICE -> new Reporter(type, ReporterSector.POLICE,
                        new PersonalData("Politie-eenheid", null, null, null, null));
                case CITIZEN -> new Reporter(type, null,
                        new PersonalData("Burger " + random.nextInt(10000), null, null, null, null));
                case ANONYMOUS -> new Reporter(type, null, null);
            };
        }

        InvolvedPerson person(PersonRole role) {
            LocalDate born = role == PersonRole.CHILD
                    ? LocalDate.of(spec.year() - 1 - random.nextInt(16), 1 + random.nextInt(12), 1 + random.nextInt(28))
                    : LocalDate.of(spec.year() - 20 - random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
            return new InvolvedPerson(UUID.randomUUID(), role,
                    new PersonalData("Gegenereerd " + random.nextInt(1_000_000), null, born, null, null));
        }

        FamilyPlan familyPlan(SimulatedCase c, LocalDate today, List<PlanTask> tasks,
                              List<LocalDate> evaluationDates) {
            return new FamilyPlan(GOALS, tasks, SAFETY_AGREEMENTS, evaluationDates, consents(c, today));
        }

        /**
         * Every answer the plan needs on its day ({@link ConsentRequirement}): each person of 12 or older their own, and
         * the first victim (an adult, as the generator makes victims) as the legal representative of every child under
         * 16. Most sign; who does not gives an opinion; a few refuse.
         */
        List<Consent> consents(SimulatedCase c, LocalDate today) {
            ConsentRequirement rule = ConsentRequirement.on(today);
            UUID representative = c.persons.get(0);
            List<Consent> consents = new ArrayList<>();
            for (UUID person : c.persons.stream().distinct().toList()) {
                for (ConsentDecider answerer : rule.needed(
                        new ConsentRequirement.Person(person, c.birthDates.get(person), false))) {
                    consents.add(answer(person, answerer == ConsentDecider.PERSON ? null : representative));
                }
            }
            return consents;
        }

        Consent answer(UUID person, UUID representative) {
            ConsentDecision decision = answers.nextDouble() < 0.06 ? ConsentDecision.REFUSED : ConsentDecision.GIVEN;
            boolean signed = answers.nextDouble() < 0.8;
            PersonalData opinion = signed ? null : PersonalData.noteOnly(decision == ConsentDecision.GIVEN
                    ? "kan zich vinden in het plan, tekent liever niet" : "wil eerst meer bedenktijd");
            return new Consent(person, representative == null ? ConsentDecider.PERSON
                    : ConsentDecider.LEGAL_REPRESENTATIVE, representative, decision, signed, opinion);
        }

        /**
         * Tasks for a plan period, due from a week ahead until a week before its evaluation, so that the evaluation
         * looks back on them; each of another kind.
         */
        List<PlanTask> newTasks(LocalDate today, LocalDate evaluation, int count) {
            List<TaskKind> kinds = new ArrayList<>(TASK_KINDS);
            Collections.shuffle(kinds, random);
            int latest = (int) ChronoUnit.DAYS.between(today, evaluation) - 7;
            return kinds.subList(0, count).stream().map(kind -> new PlanTask(UUID.randomUUID(), kind.description(),
                    kind.ownerOrganisation() == null ? veiligThuis() : kind.ownerOrganisation(),
                    today.plusDays(7 + random.nextInt(latest - 7 + 1)), TaskStatus.PLANNED)).toList();
        }

        /** the end of a plan period: six to ten weeks ahead, on a working day */
        LocalDate evaluationDate(LocalDate today) {
            LocalDate date = today.plusDays(42 + random.nextInt(29));
            while (!WORKING_DAYS.isWorkingDay(date)) {
                date = date.plusDays(1);
            }
            return date;
        }

        String veiligThuis() {
            return "veilig-thuis-" + spec.region().toLowerCase();
        }

        TriageOutcome outcome(SafetyCode code) {
            TriageOutcome[] outcomes = TriageOutcome.values();
            double[] weights = switch (code) {
                case RED -> new double[] {0.0, 0.05, 0.25, 0.70, 0.0};
                case ORANGE -> new double[] {0.15, 0.25, 0.15, 0.45, 0.0};
                case GREEN -> new double[] {0.55, 0.25, 0.0, 0.05, 0.15};
            };
            return pick(outcomes, weights);
        }

        <T> T pick(T[] values, double[] weights) {
            double total = 0;
            for (double weight : weights) {
                total += weight;
            }
            double draw = random.nextDouble() * total;
            for (int i = 0; i < values.length; i++) {
                draw -= weights[i];
                if (draw < 0) {
                    return values[i];
                }
            }
            return values[values.length - 1];
        }

        Instant arrival() {
            LocalDate day = LocalDate.of(spec.year(), 1, 1).plusDays(random.nextInt(LocalDate.of(spec.year(), 12, 31)
                    .getDayOfYear()));
            if ((day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) && chance(0.8)) {
                day = day.plusDays(day.getDayOfWeek() == DayOfWeek.SATURDAY ? 2 : 1);
            }
            return LocalDateTime.of(day.getYear(), day.getMonth(), day.getDayOfMonth(), 8, 0)
                    .plusMinutes(random.nextInt(9 * 60)).atZone(AMSTERDAM).toInstant();
        }

        GeneratedYear run() {
            for (int i = 0; i < spec.reports(); i++) {
                plan(arrival(), when -> contact(when, ContactType.REPORT));
            }
            for (int i = 0; i < spec.adviceRequests(); i++) {
                plan(arrival(), when -> contact(when, ContactType.ADVICE_REQUEST));
            }
            long started = System.nanoTime();
            int total = timelineSize();
            int done = 0;
            while (!timeline.isEmpty()) {
                Step next = timeline.poll();
                next.action().accept(next.at());
                if (++done % 5000 == 0) {
                    log.info("generator: {} steps done, {} still planned, {} commands given, {} s", done,
                            timeline.size(), sent.size(), Duration.ofNanos(System.nanoTime() - started).toSeconds());
                }
            }
            log.info("generator: year {} of {} done: {} contacts planned, {} commands given, {} refused, {} s",
                    spec.year(), spec.region(), total, sent.size(), refused,
                    Duration.ofNanos(System.nanoTime() - started).toSeconds());
            log.info("generator: plan tasks {} done in time, {} done late, {} stopped; evaluation dates {} evaluated "
                            + "on time, {} late, {} missed; {} code changes", tasksDoneInTime, tasksDoneLate,
                    tasksStopped, evaluationsOnTime, evaluationsLate, evaluationsMissed, codeChanges);
            return new GeneratedYear(List.copyOf(sent), refused);
        }

        int timelineSize() {
            return timeline.size();
        }
    }

    /**
     * Generates the year. Single-threaded and deterministic for a seed (but for the case and event identifiers).
     *
     * @throws LedgerNotEmpty when the ledger already holds events and the spec does not allow generating into it;
     *                        nothing was written then
     */
    public synchronized GeneratedYear generate(GenerationSpec spec) {
        if (!spec.intoExistingLedger() && holdsEvents()) {
            throw new LedgerNotEmpty("the ledger already holds events: simulated cases would mix with its cases and "
                    + "figures. Generate into an empty ledger, or set hgk.generate.into-existing-ledger=true to add "
                    + "the year all the same");
        }
        Clock before = GenericEventMessage.clock;
        // the simulated year decides its own course: the ledger's time limits do not fire while it is written (a
        // limit still open afterwards fires then, at the real time); event timestamps follow the ledger clock
        deadlines.pause();
        GenericEventMessage.clock = clock;
        try {
            return new Run(spec).run();
        } finally {
            clock.resume();
            GenericEventMessage.clock = before;
            deadlines.resume();
        }
    }

    /** Asked of the event store rather than of a table, so that it holds for any storage engine (Axon Server too). */
    private boolean holdsEvents() {
        TrackingToken head = events.createHeadToken();
        return head != null && head.position().orElse(-1) >= 0;
    }

    /** The generator refused to write into a ledger that already holds events. */
    public static final class LedgerNotEmpty extends IllegalStateException {

        LedgerNotEmpty(String message) {
            super(message);
        }
    }
}
