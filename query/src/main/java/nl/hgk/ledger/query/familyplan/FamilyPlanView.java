package nl.hgk.ledger.query.familyplan;

import nl.hgk.ledger.events.deadlines.AccountableParty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.hgk.ledger.events.closure.ClosureReason;
import nl.hgk.ledger.consent.ConsentRequirement;
import nl.hgk.ledger.events.coordination.Consent;
import nl.hgk.ledger.events.coordination.ConsentDecider;
import nl.hgk.ledger.events.coordination.FamilyPlan;
import nl.hgk.ledger.events.coordination.Goal;
import nl.hgk.ledger.events.coordination.PlanTask;
import nl.hgk.ledger.events.deadlines.Overdue;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.events.person.PersonalData;
import nl.hgk.ledger.query.casestate.CaseState;
import nl.hgk.ledger.reference.MunicipalityCode;

/**
 * What the family plan view shows of one case, as the query API answers it. Built from the folded
 * {@link CaseState} on every read, so the stored state stays the fold's own and the API's shape is decided here:
 * the nested parts a screen shows as one block (coordinator, plan, process director) are flattened into their own
 * records. Absent parts (no code yet, no plan yet, no escalation open) are left out of the JSON.
 */
@Schema(description = "The family plan view of one household's case (gezinsplan-overzicht)")
public record FamilyPlanView(
        UUID caseId,
        @Schema(description = "the case version the view has reached: the version the command API answered with")
        long version,
        CaseState.Status status,
        @Schema(type = "string", example = "GM0505", description = "the household's municipality (CBS code)")
        MunicipalityCode municipality,
        @Schema(description = "for a repeat report (hermelding): the household's earlier case")
        UUID repeatOfCaseId,
        Instant openedAt,
        Instant lastChangedAt,
        @Schema(description = "the people of the household with their role, as each report named them")
        List<CaseState.Member> members,
        @Schema(description = "the current safety code, the process direction it gives, and who set it when")
        CaseState.Code safetyCode,
        @Schema(description = "an investigation concluded without the code its findings determine: the code shown is "
                + "triage's first assessment, and a code follows before a coordinator is appointed (code nog te bepalen)")
        boolean codeToBeDetermined,
        CaseState.Triage triage,
        CaseState.Investigation investigation,
        Coordinator coordinator,
        ProcessDirector processDirector,
        PlanVersion plan,
        @Schema(description = "the open escalation and its step; absent when none is open")
        CaseState.Escalation escalation,
        @Schema(description = "the running huisverbod and the day it ends; absent when none is running")
        CaseState.Huisverbod huisverbod,
        @Schema(description = "the time limits still running, the soonest due first; overdue ones stay until met")
        List<RunningLimit> timeLimits,
        @Schema(description = "the oral decisions of the municipality at step 5 and their written confirmation")
        List<CaseState.AdministrativeDecision> administrativeDecisions,
        @Schema(description = "the day the last case conference (step 2) was held")
        LocalDate caseConferenceHeldOn,
        @Schema(description = "the care meeting (zorgoverleg) the process director called at step 4, if any")
        CaseState.CareMeeting careMeeting,
        @Schema(description = "the parties the process director ordered to deliver care (doorzettingsmacht), each "
                + "monitored until a day, and whether it complied once concluded")
        List<CaseState.CareOrder> careOrders,
        @Schema(description = "the bottleneck and advice with which the process director escalated to the manager of "
                + "the Meldpunt: present while the case is at step 5 that way")
        CaseState.MeldpuntManagerEscalation meldpuntManagerEscalation,
        @Schema(description = "the reports of inadequate coordination to the Meldpunt, oldest first")
        List<CaseState.InadequateCoordinationReport> inadequateCoordinationReports,
        @Schema(description = "the care avoidances the coordinator recorded (zorgmijding), oldest first, each with the "
                + "Meldpunt's action plan once drawn up; the texts are the client's personal data")
        List<CaseState.CareAvoidance> careAvoidances,
        @Schema(description = "a care avoidance awaits the Meldpunt's action plan (actieplan bij het Meldpunt)")
        boolean actionPlanAwaited,
        @Schema(description = "the reports and advice requests bundled into the case, oldest first")
        List<CaseState.Report> reports,
        @Schema(description = "the organisations involved: who acted on the case, the coordinator's and the plan's")
        Set<String> organisations,
        @Schema(description = "per task, the notices its owner gave the coordinator (B2 §2.3), oldest first: the "
                + "tasks of the current plan in its order, then tasks the plan no longer holds")
        List<TaskNotices> notices,
        @Schema(description = "help stopped early and repeated no-shows the coordinator has not acted on yet (by a "
                + "plan revision or an escalation), oldest first")
        List<CaseState.Signal> stagnationSignals,
        ClosureReason closureReason,
        Instant closedAt) {

    /**
     * A time limit still running, as of the moment the view was read: overdue by the ledger's one rule
     * ({@link Overdue}), the same the deadline board applies, so the two never disagree about it.
     *
     * @param subject what the limit is about when a case can have several (a task id, an evaluation date, a decision
     *                id); absent otherwise
     */
    public record RunningLimit(TimeLimit limit, String subject, Instant dueAt,
                               @Schema(description = "the due moment has passed, or the ledger recorded the limit as "
                                       + "missed") boolean overdue,
                               @Schema(description = "the ledger recorded the limit as missed (DeadlineMissed)")
                               boolean missed,
                               @Schema(description = "who a missed limit is raised with, to act on it")
                               AccountableParty raisedWith) {

        static RunningLimit of(CaseState.RunningLimit running, Instant now) {
            // the fold knows only what was recorded: its overdue is the recorded miss
            boolean missed = running.overdue();
            return new RunningLimit(running.limit(), running.subject(), running.dueAt(),
                    Overdue.at(running.dueAt(), missed, now), missed, running.limit().raisedWith());
        }
    }

    /**
     * The notices about the help for one task. They do not change the plan: the task's status there is the
     * coordinator's, who revises the plan in the light of them.
     */
    public record TaskNotices(UUID taskId,
                              @Schema(description = "the task is in the current plan version") boolean inCurrentPlan,
                              List<CaseState.TaskNotice> notices) {
    }

    /**
     * The family's coordinator (zorgcoördinator, regisseur): their one fixed contact. When the family coordinates
     * (het gezin heeft de regie), {@code personId} names the person of the case who does, one of {@code members}; the
     * professional and the organisation support them.
     */
    public record Coordinator(String userId, String organisation,
                              @Schema(description = "the person of the case (one of members) who coordinates when "
                                      + "the family does; absent when a professional does") UUID personId,
                              Instant since) {
    }

    /**
     * Shown while the open escalation is at step 4: a process director (procesregisseur) takes over, with the
     * power to order parties to deliver care: the step, since when, who escalated, and who was appointed (once
     * appointed; the limit is 2 working days); the coordinator stays listed. At step 5 it stays shown while the
     * process director who escalated there directs the case.
     */
    @Schema(description = "present while the open escalation is at step 4 PROCESS_DIRECTOR, and at step 5 "
            + "ADMINISTRATIVE while a process director is appointed")
    public record ProcessDirector(EscalationStep escalationStep, Instant since, CaseState.Actor escalatedBy,
                                  @Schema(description = "who took over, once appointed (within 2 working days)")
                                  nl.hgk.ledger.events.coordination.ProcessDirector appointed) {
    }

    /** The current version of the family plan; an earlier version is replaced as a whole by a revision. */
    public record PlanVersion(int planVersion,
                              @Schema(description = "when this version was adopted (the first) or revised (later)")
                              Instant adoptedAt,
                              CaseState.Actor adoptedBy,
                              List<Goal> goals,
                              @Schema(description = "who does what by when: owner organisation, due date, status")
                              List<PlanTask> tasks,
                              List<String> safetyAgreements,
                              List<LocalDate> evaluationDates,
                              @Schema(description = "the evaluation dates whose evaluation was recorded")
                              List<LocalDate> evaluatedDates,
                              @Schema(description = "the answers the version records: about whom, who answered "
                                      + "(the person, or a legal representative), the decision, signed or not, and "
                                      + "the client's opinion")
                              List<Consent> consents,
                              @Schema(description = "per person of the case whose data was not erased: whose "
                                      + "answers the law asked on the day of this version, and which it lacks")
                              List<ConsentNeed> consentNeeds) {
    }

    /**
     * Whose answers a person's consent to the plan takes on the day of the version ({@link ConsentRequirement}), and
     * which the version lacks ("toestemming ontbreekt"). The ledger refuses a version lacking one, so only a version
     * recorded before it checked consents can lack any.
     */
    public record ConsentNeed(UUID personId,
                              @Schema(description = "PERSON from 12 (or of unknown age), LEGAL_REPRESENTATIVE under 16")
                              Set<ConsentDecider> needed,
                              Set<ConsentDecider> missing) {
    }

    /**
     * @param now the moment of the read, on the ledger's clock: whether a limit is overdue depends on it
     * @return the view of the case whose events were folded into {@code state}
     */
    public static FamilyPlanView of(UUID caseId, CaseState state, Instant now) {
        return new FamilyPlanView(caseId, state.getVersion(), state.getStatus(), state.getMunicipality(),
                state.getRepeatOfCaseId(), state.getOpenedAt(), state.getLastChangedAt(), state.getMembers(),
                state.getCode(), state.isCodeToBeDetermined(), state.getTriage(), state.getInvestigation(), coordinator(state),
                processDirector(state), plan(state), state.getEscalation(), state.getHuisverbod(),
                state.getTimeLimits().stream().map(running -> RunningLimit.of(running, now)).toList(),
                state.getDecisions(), state.getCaseConferenceHeldOn(), state.getCareMeeting(), state.getCareOrders(),
                state.getMeldpuntManagerEscalation(), state.getInadequateCoordinationReports(),
                state.getCareAvoidances(), state.isActionPlanAwaited(), state.getReports(),
                state.getOrganisations(), notices(state), state.getStagnationSignals(), state.getClosureReason(),
                state.getClosedAt());
    }

    private static List<TaskNotices> notices(CaseState state) {
        Map<UUID, List<CaseState.TaskNotice>> byTask = new LinkedHashMap<>();
        List<UUID> inPlan = state.getPlan() == null ? List.of()
                : state.getPlan().content().tasks().stream().map(PlanTask::taskId).toList();
        inPlan.forEach(task -> byTask.put(task, new ArrayList<>()));
        state.getNotices().forEach(notice ->
                byTask.computeIfAbsent(notice.taskId(), task -> new ArrayList<>()).add(notice));
        return byTask.entrySet().stream().filter(task -> !task.getValue().isEmpty())
                .map(task -> new TaskNotices(task.getKey(), inPlan.contains(task.getKey()),
                        List.copyOf(task.getValue())))
                .toList();
    }

    private static Coordinator coordinator(CaseState state) {
        CaseState.Coordination coordination = state.getCoordination();
        return coordination == null ? null : new Coordinator(coordination.coordinator().userId(),
                coordination.coordinator().organisation(), coordination.coordinator().personId(), coordination.since());
    }

    /**
     * At step 4 itself, awaited or appointed; at step 5 only when one is appointed: the process director escalated
     * there and still directs. A case raised to step 5 before it was the process director's option, without passing
     * step 4 (an urgent skip), had none, and showing one awaited there would be untrue.
     */
    private static ProcessDirector processDirector(CaseState state) {
        CaseState.Escalation escalation = state.getEscalation();
        boolean atStepFour = escalation != null && escalation.step() == EscalationStep.PROCESS_DIRECTOR;
        boolean directedAtStepFive = escalation != null && escalation.step() == EscalationStep.ADMINISTRATIVE
                && state.getProcessDirector() != null;
        return atStepFour || directedAtStepFive ? new ProcessDirector(escalation.step(), escalation.raisedAt(),
                escalation.raisedBy(), state.getProcessDirector()) : null;
    }

    private static PlanVersion plan(CaseState state) {
        CaseState.Plan plan = state.getPlan();
        if (plan == null) {
            return null;
        }
        FamilyPlan content = plan.content();
        return new PlanVersion(plan.planVersion(), plan.adoptedAt(), plan.adoptedBy(), content.goals(),
                content.tasks(), content.safetyAgreements(), content.evaluationDates(),
                state.getEvaluatedDates().stream().filter(content.evaluationDates()::contains).toList(),
                content.consents(), consentNeeds(state, plan));
    }

    private static List<ConsentNeed> consentNeeds(CaseState state, CaseState.Plan plan) {
        ConsentRequirement rule = ConsentRequirement.at(plan.adoptedAt());
        List<Consent> consents = plan.content().consents() == null ? List.of() : plan.content().consents();
        // a person may be named by several reports: the birth date last recorded counts, as on the command side
        Map<UUID, ConsentRequirement.Person> persons = new LinkedHashMap<>();
        for (CaseState.Member member : state.getMembers()) {
            PersonalData data = member.personalData();
            ConsentRequirement.Person known = persons.get(member.personId());
            LocalDate born = data != null && data.birthDate() != null ? data.birthDate()
                    : known == null ? null : known.birthDate();
            boolean erased = data != null && data.erased() || known != null && known.erased();
            persons.put(member.personId(), new ConsentRequirement.Person(member.personId(), erased ? null : born, erased));
        }
        List<ConsentRequirement.Missing> missing = rule.missing(List.copyOf(persons.values()), consents);
        return persons.values().stream().filter(person -> !person.erased())
                .map(person -> new ConsentNeed(person.personId(), rule.needed(person), missing.stream()
                        .filter(lacking -> lacking.personId().equals(person.personId()))
                        .map(ConsentRequirement.Missing::answerer)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ConsentDecider.class)))))
                .toList();
    }
}
