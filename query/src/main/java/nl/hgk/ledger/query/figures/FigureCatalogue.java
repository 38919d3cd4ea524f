package nl.hgk.ledger.query.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.function.Function;

import nl.hgk.ledger.access.Capacities;
import nl.hgk.ledger.access.CaseStep;
import nl.hgk.ledger.events.audit.OrganisationType;
import nl.hgk.ledger.events.closure.ClosureReason;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.events.huisverbod.HuisverbodEndReason;
import nl.hgk.ledger.events.intake.ReporterSector;
import nl.hgk.ledger.events.intake.ReporterType;
import nl.hgk.ledger.events.intake.ViolenceCategory;
import nl.hgk.ledger.events.triage.SafetyCode;
import nl.hgk.ledger.events.triage.TriageOutcome;

/**
 * Every published figure: its key, label and unit, the section it is in, and the arithmetic that ties the counts of one
 * area and period together (the {@link Linked} groups secondary suppression protects). The keys are stable: a client
 * may rely on them; enumerated values appear in them by their API name.
 */
final class FigureCatalogue {

    static final String COUNT = "count";
    static final String PERCENT = "percent";
    static final String DAYS = "days";
    /** whether a norm is met: value 1 (display {@code yes}) or 0 ({@code no}) */
    static final String YES_NO = "yes/no";

    /** One published figure. */
    record Entry(String key, String label, String unit) {
        boolean isCount() {
            return COUNT.equals(unit);
        }
    }

    /** A section of figures, in the order published. */
    record Section(String key, String title, String definition, List<Entry> entries) {
    }

    static final String ADVICE_REQUESTS = "contacts.adviceRequests";
    static final String REPORTS = "contacts.reports";
    static final String BY_REPORTER_TYPE = "reports.byReporterType.";
    static final String BY_SECTOR = "reports.bySector.";
    static final String NO_SECTOR = BY_SECTOR + "NONE";
    static final String FIRST_CODES = "safetyCodes.first";
    static final String CODE_CHANGES = "safetyCodes.changes";
    static final String TRIAGE_DECISIONS = "triage.decisions";
    static final String WITHIN_NORM = "triage.reports.withinNorm";
    static final String LATE = "triage.reports.late";
    static final String NOT_TRIAGED = "triage.reports.notTriaged";
    static final String SHARE_WITHIN_NORM = "triage.reports.shareWithinNorm";
    static final String ESCALATIONS = "escalations.raised";
    static final String REPEAT_REPORTS = "repeatReports";
    static final String REPEAT_WITHIN_12_MONTHS = "repeatReports.within12Months";
    static final String REPEAT_AFTER_12_MONTHS = "repeatReports.after12Months";
    static final String HUISVERBOD_IMPOSED = "huisverbod.imposed";
    static final String HUISVERBOD_EXTENDED = "huisverbod.extended";
    static final String HUISVERBOD_ENDED = "huisverbod.ended";
    static final String CLOSURES = "closures";
    static final String FEEDBACK_GIVEN = "reporterFeedback.given";
    static final String FEEDBACK_OWED = "reporterFeedback.reports";
    static final String FEEDBACK_INFORMED = "reporterFeedback.reports.informed";
    static final String FEEDBACK_NOT_INFORMED = "reporterFeedback.reports.notInformed";
    static final String STOPPED_EARLY = "providerNotices.stoppedEarly";
    static final String NO_SHOWS = "providerNotices.noShows";
    /** the detail of a notice recorded without an organisation type */
    static final String NO_TYPE = "NONE";
    /** the key part of a notice by no type, or a type that does not give notices */
    static final String OTHER_TYPE = "OTHER";

    /** the types of organisation that own tasks of a plan, and so give its notices: the capacity table's */
    static final List<OrganisationType> NOTIFYING_TYPES =
            List.copyOf(new TreeSet<>(Capacities.takenBy(CaseStep.NOTIFY_COORDINATOR)));

    /** The steps a lead time runs to from a case's first report, and the column of {@code figures_case} holding it. */
    enum LeadTime {
        REPORT_TO_CODE("reportToCode", "first_code_at", "the first safety code"),
        REPORT_TO_COORDINATOR("reportToCoordinator", "first_coordinator_at", "the first coordinator"),
        REPORT_TO_PLAN("reportToPlan", "plan_adopted_at", "the adopted family plan");

        final String key;
        final String column;
        final String step;

        LeadTime(String key, String column, String step) {
            this.key = key;
            this.column = column;
            this.step = step;
        }

        String cases() {
            return "leadTimes." + key + ".cases";
        }

        String median() {
            return "leadTimes." + key + ".medianDays";
        }

        String p90() {
            return "leadTimes." + key + ".p90Days";
        }
    }

    /**
     * The figures of one kind of time limit, from the limits the case recorded (the huisverbod's end is a term that
     * runs out, not a limit to meet: it has none).
     */
    record Limit(TimeLimit kind) {

        /** the national norms: the share of limits to meet in time, in percent */
        private static final Map<TimeLimit, Integer> NORMS = Map.of(
                TimeLimit.TRIAGE, 90, TimeLimit.INVESTIGATION, 80);

        static List<Limit> counted() {
            return Arrays.stream(TimeLimit.values()).filter(RegionalFiguresProjection::counted).map(Limit::new)
                    .toList();
        }

        private String key(String figure) {
            return "timeLimits." + kind.name() + "." + figure;
        }

        /** due in the period and met, or missed: the limits the share is taken of */
        String due() {
            return key("due");
        }

        String metInTime() {
            return key("metInTime");
        }

        String late() {
            return key("late");
        }

        String metLate() {
            return key("late.metLate");
        }

        /** missed and not met: still running overdue, or withdrawn after it was missed */
        String notMet() {
            return key("late.notMet");
        }

        String share() {
            return key("shareMetInTime");
        }

        String norm() {
            return key("norm");
        }

        String meetsNorm() {
            return key("meetsNorm");
        }

        /** @return the national norm in percent, if this kind has one */
        OptionalInt normPercent() {
            Integer norm = NORMS.get(kind);
            return norm == null ? OptionalInt.empty() : OptionalInt.of(norm);
        }

        List<Entry> entries() {
            String what = describe(kind);
            List<Entry> entries = new ArrayList<>(List.of(
                    count(due(), "Time limit " + what + ": due in the period, met or missed"),
                    count(metInTime(), "Time limit " + what + ": met in time"),
                    count(late(), "Time limit " + what + ": late"),
                    count(metLate(), "Time limit " + what + ": late, met after its due moment"),
                    count(notMet(), "Time limit " + what + ": late, missed and not met (still running or "
                            + "withdrawn)"),
                    new Entry(share(), "Time limit " + what + ": share met in time", PERCENT)));
            normPercent().ifPresent(norm -> {
                entries.add(new Entry(norm(), "Time limit " + what + ": national norm (share met in time)",
                        PERCENT));
                entries.add(new Entry(meetsNorm(), "Time limit " + what + ": meets the national norm of " + norm
                        + "%", YES_NO));
            });
            return List.copyOf(entries);
        }
    }

    static String category(String contacts, ViolenceCategory category) {
        return contacts + "." + category.name();
    }

    static String reporterType(ReporterType type) {
        return BY_REPORTER_TYPE + type.name();
    }

    static String sector(ReporterSector sector) {
        return sector == null ? NO_SECTOR : BY_SECTOR + sector.name();
    }

    static String firstCode(SafetyCode code) {
        return FIRST_CODES + "." + code.name();
    }

    static String triageOutcome(TriageOutcome outcome) {
        return TRIAGE_DECISIONS + "." + outcome.name();
    }

    static String escalation(EscalationStep step) {
        return ESCALATIONS + "." + step.name();
    }

    static String huisverbodEnded(HuisverbodEndReason reason) {
        return HUISVERBOD_ENDED + "." + reason.name();
    }

    static String closure(ClosureReason reason) {
        return CLOSURES + "." + reason.name();
    }

    /**
     * @param recordedType the organisation type a notice was recorded with, or {@link #NO_TYPE}
     * @return the figure of {@code notices} ({@link #STOPPED_EARLY}, {@link #NO_SHOWS}) of that type
     */
    static String byProviderType(String notices, String recordedType) {
        boolean notifying = NOTIFYING_TYPES.stream().anyMatch(type -> type.name().equals(recordedType));
        return notices + "." + (notifying ? recordedType : OTHER_TYPE);
    }

    /** @return the figures of {@code notices} per type of organisation that told them, then of any other */
    private static List<Entry> perProviderType(String notices, String what) {
        return concat(NOTIFYING_TYPES.stream().map(type -> count(byProviderType(notices, type.name()),
                        what + ", told by " + describe(type))).toList(),
                List.of(count(notices + "." + OTHER_TYPE, what + ", told by another or no recorded type of "
                        + "organisation")));
    }

    static final List<Section> SECTIONS = List.of(
            new Section("contacts", "Advice requests and reports by form of violence", FigureDefinitions.CONTACTS,
                    concat(List.of(count(ADVICE_REQUESTS, "Advice requests (adviesvragen)")),
                            each(ViolenceCategory.values(), c -> count(category(ADVICE_REQUESTS, c),
                                    "Advice requests about " + describe(c))),
                            List.of(count(REPORTS, "Reports (meldingen)")),
                            each(ViolenceCategory.values(), c -> count(category(REPORTS, c),
                                    "Reports about " + describe(c))))),
            new Section("reporters", "Reports by reporter", FigureDefinitions.REPORTERS,
                    concat(each(ReporterType.values(), t -> count(reporterType(t), "Reports by " + describe(t))),
                            each(ReporterSector.values(), s -> count(sector(s),
                                    "Reports by professionals in " + words(s))),
                            List.of(count(NO_SECTOR, "Reports by professionals without a recorded sector")))),
            new Section("safetyCodes", "Safety codes", FigureDefinitions.SAFETY_CODES,
                    concat(List.of(count(FIRST_CODES, "Cases given their first safety code")),
                            each(SafetyCode.values(), c -> count(firstCode(c), "First safety code " + c.name())),
                            List.of(count(CODE_CHANGES, "Safety codes changed")))),
            new Section("triage", "Triage", FigureDefinitions.TRIAGE,
                    concat(List.of(count(TRIAGE_DECISIONS, "Triage decisions")),
                            each(TriageOutcome.values(), o -> count(triageOutcome(o), "Triage decided: " + describe(o))),
                            List.of(count(WITHIN_NORM, "Reports triaged within 5 working days"),
                                    count(LATE, "Reports triaged after more than 5 working days"),
                                    count(NOT_TRIAGED, "Reports not triaged (yet)"),
                                    new Entry(SHARE_WITHIN_NORM, "Share of triaged reports triaged within 5 working "
                                            + "days", PERCENT)))),
            new Section("leadTimes", "Lead times from a case's first report", FigureDefinitions.LEAD_TIMES,
                    concat(each(LeadTime.values(), t -> List.of(
                            count(t.cases(), "Cases reaching " + t.step + " (first report in the period)"),
                            new Entry(t.median(), "Median days from the first report to " + t.step, DAYS),
                            new Entry(t.p90(), "90th percentile of days from the first report to " + t.step, DAYS)))
                            .stream().flatMap(List::stream).toList())),
            new Section("escalations", "Escalations by step", FigureDefinitions.ESCALATIONS,
                    concat(List.of(count(ESCALATIONS, "Escalations raised")),
                            each(EscalationStep.values(), s -> count(escalation(s),
                                    "Escalations to step " + s.level() + " " + words(s))))),
            new Section("repeatReports", "Repeat reports (hermeldingen)", FigureDefinitions.REPEAT_REPORTS,
                    List.of(count(REPEAT_REPORTS, "Repeat reports: reports opening a new case after an earlier "
                                    + "case of the household was closed"),
                            count(REPEAT_WITHIN_12_MONTHS, "Repeat reports within 12 months of the earlier case's "
                                    + "closure"),
                            count(REPEAT_AFTER_12_MONTHS, "Repeat reports 12 months or more after the earlier case's "
                                    + "closure"))),
            new Section("huisverbod", "Huisverbod (temporary restraining order)", FigureDefinitions.HUISVERBOD,
                    concat(List.of(count(HUISVERBOD_IMPOSED, "Huisverboden imposed"),
                                    count(HUISVERBOD_EXTENDED, "Huisverboden extended"),
                                    count(HUISVERBOD_ENDED, "Huisverboden ended")),
                            each(HuisverbodEndReason.values(), r -> count(huisverbodEnded(r),
                                    "Huisverboden ended: " + words(r))))),
            new Section("closures", "Cases closed by reason", FigureDefinitions.CLOSURES,
                    concat(List.of(count(CLOSURES, "Cases closed")),
                            each(ClosureReason.values(), r -> count(closure(r), "Cases closed: " + words(r))))),
            new Section("reporterFeedback", "Feedback to reporters (terugkoppeling)", FigureDefinitions.FEEDBACK,
                    List.of(count(FEEDBACK_GIVEN, "Reports whose reporter was first informed in the period"),
                            count(FEEDBACK_OWED, "Reports received from a reporter who can be informed "
                                    + "(not anonymous)"),
                            count(FEEDBACK_INFORMED, "Of these, reporter informed"),
                            count(FEEDBACK_NOT_INFORMED, "Of these, reporter not informed (yet)"))),
            new Section("timeLimits", "Time limits met, against the national norms", FigureDefinitions.TIME_LIMITS,
                    Limit.counted().stream().flatMap(limit -> limit.entries().stream()).toList()),
            new Section("providerNotices", "Help stopped early and repeated no-shows, by type of organisation",
                    FigureDefinitions.PROVIDER_NOTICES,
                    concat(List.of(count(STOPPED_EARLY, "Help for a task of the family plan stopped early")),
                            perProviderType(STOPPED_EARLY, "Help stopped early"),
                            List.of(count(NO_SHOWS, "Repeated no-shows of a client told")),
                            perProviderType(NO_SHOWS, "Repeated no-shows"))));

    /** @return the key of every count: the figures that are summed over municipalities and half-years */
    static List<String> countKeys() {
        return SECTIONS.stream().flatMap(section -> section.entries().stream()).filter(Entry::isCount)
                .map(Entry::key).toList();
    }

    /** @return the groups of counts of one area and period that are tied by arithmetic, in a fixed order */
    static List<Linked<String>> links() {
        List<Linked<String>> links = new ArrayList<>();
        // a contact about several forms counts under each category: together at least the total
        links.add(Linked.cover(ADVICE_REQUESTS, each(ViolenceCategory.values(), c -> category(ADVICE_REQUESTS, c))));
        links.add(Linked.cover(REPORTS, each(ViolenceCategory.values(), c -> category(REPORTS, c))));
        links.add(Linked.sum(REPORTS, each(ReporterType.values(), FigureCatalogue::reporterType)));
        links.add(Linked.sum(reporterType(ReporterType.PROFESSIONAL),
                concat(each(ReporterSector.values(), FigureCatalogue::sector), List.of(NO_SECTOR))));
        links.add(Linked.sum(FIRST_CODES, each(SafetyCode.values(), FigureCatalogue::firstCode)));
        links.add(Linked.sum(TRIAGE_DECISIONS, each(TriageOutcome.values(), FigureCatalogue::triageOutcome)));
        links.add(Linked.sum(REPORTS, List.of(WITHIN_NORM, LATE, NOT_TRIAGED)));
        links.add(Linked.sum(ESCALATIONS, each(EscalationStep.values(), FigureCatalogue::escalation)));
        links.add(Linked.sum(REPEAT_REPORTS, List.of(REPEAT_WITHIN_12_MONTHS, REPEAT_AFTER_12_MONTHS)));
        links.add(Linked.sum(HUISVERBOD_ENDED, each(HuisverbodEndReason.values(), FigureCatalogue::huisverbodEnded)));
        links.add(Linked.sum(CLOSURES, each(ClosureReason.values(), FigureCatalogue::closure)));
        // reports from a reporter who can be informed are the reports that are not anonymous
        links.add(Linked.sum(REPORTS, List.of(FEEDBACK_OWED, reporterType(ReporterType.ANONYMOUS))));
        links.add(Linked.sum(FEEDBACK_OWED, List.of(FEEDBACK_INFORMED, FEEDBACK_NOT_INFORMED)));
        links.add(Linked.sum(STOPPED_EARLY, perProviderType(STOPPED_EARLY, "").stream().map(Entry::key).toList()));
        links.add(Linked.sum(NO_SHOWS, perProviderType(NO_SHOWS, "").stream().map(Entry::key).toList()));
        for (Limit limit : Limit.counted()) {
            links.add(Linked.sum(limit.due(), List.of(limit.metInTime(), limit.late())));
            links.add(Linked.sum(limit.late(), List.of(limit.metLate(), limit.notMet())));
        }
        return links;
    }

    private FigureCatalogue() {
    }

    private static Entry count(String key, String label) {
        return new Entry(key, label, COUNT);
    }

    private static <E, T> List<T> each(E[] values, Function<E, T> mapping) {
        return Arrays.stream(values).map(mapping).toList();
    }

    @SafeVarargs
    private static <T> List<T> concat(List<? extends T>... lists) {
        List<T> all = new ArrayList<>();
        for (List<? extends T> list : lists) {
            all.addAll(list);
        }
        return List.copyOf(all);
    }

    private static String describe(ViolenceCategory category) {
        return switch (category) {
            case CHILD_ABUSE -> "child abuse (kindermishandeling)";
            case DOMESTIC_VIOLENCE -> "domestic violence (huiselijk geweld)";
            case ELDER_ABUSE -> "elder abuse (ouderenmishandeling)";
        };
    }

    private static String describe(ReporterType type) {
        return switch (type) {
            case PROFESSIONAL -> "professionals";
            case CITIZEN -> "citizens";
            case POLICE -> "the police";
            case ANONYMOUS -> "anonymous reporters";
        };
    }

    private static String describe(TriageOutcome outcome) {
        return switch (outcome) {
            case LOCAL_FIELD -> "follow-up by the local field";
            case PROFESSIONAL_INVOLVED -> "follow-up by a professional already involved";
            case MULTIDISCIPLINARY_TEAM -> "follow-up by a multidisciplinary team";
            case VEILIG_THUIS_INVESTIGATION -> "investigation by Veilig Thuis";
            case NO_FOLLOW_UP -> "no follow-up needed";
        };
    }

    private static String describe(OrganisationType type) {
        return switch (type) {
            case VEILIG_THUIS -> "Veilig Thuis";
            case LOCAL_TEAM -> "local teams";
            case PROVIDER -> "care providers";
            case MELDPUNT -> "the Meldpunt";
            case POLICE -> "the police";
            case MAYOR -> "mayors";
            case MUNICIPALITY -> "municipalities";
            case CHILD_PROTECTION -> "child protection (Raad, gecertificeerde instelling)";
        };
    }

    private static String describe(TimeLimit limit) {
        return switch (limit) {
            case TRIAGE -> "triage within 5 working days of a report";
            case INVESTIGATION -> "Veilig Thuis investigation completed within 10 weeks";
            case PROCESS_DIRECTOR -> "process director appointed within 2 working days of escalation step 4";
            case CASE_CONFERENCE -> "urgent case conference held within 2 working days (recorded before 2026-12)";
            case CARE_MEETING -> "care meeting of step 4 held within the process director's term";
            case WRITTEN_CONFIRMATION -> "administrative decision confirmed in writing within 24 hours";
            case PLAN_EVALUATION -> "family plan evaluated by its evaluation date";
            case TASK -> "plan task done by its due date";
            case HUISVERBOD_END -> "end of the huisverbod";
            case CARE_ORDER -> "care order of step 4 concluded by the end of its monitoring";
        };
    }

    /** {@code LIFTED_BY_MAYOR} as "lifted by mayor" */
    private static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
