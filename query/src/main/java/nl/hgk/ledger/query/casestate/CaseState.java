package nl.hgk.ledger.query.casestate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import nl.hgk.ledger.events.audit.InvolvedOrganisations;
import nl.hgk.ledger.events.careavoidance.ActionPlanApproach;
import nl.hgk.ledger.events.careavoidance.ActionPlanDrawnUp;
import nl.hgk.ledger.events.careavoidance.CareAvoidanceRecorded;
import nl.hgk.ledger.events.deadlines.DeadlineMissed;
import nl.hgk.ledger.events.delivery.ClientTransferred;
import nl.hgk.ledger.events.delivery.DeliveryNotice;
import nl.hgk.ledger.events.delivery.EarlyStopCause;
import nl.hgk.ledger.events.delivery.FormOfHelp;
import nl.hgk.ledger.events.delivery.HelpEffect;
import nl.hgk.ledger.events.delivery.HelpEnded;
import nl.hgk.ledger.events.delivery.HelpStarted;
import nl.hgk.ledger.events.delivery.HelpStoppedEarly;
import nl.hgk.ledger.events.delivery.NoShowCause;
import nl.hgk.ledger.events.delivery.NoShowsReported;
import nl.hgk.ledger.events.delivery.NoticeKind;
import nl.hgk.ledger.events.delivery.OtherPartyProposed;
import nl.hgk.ledger.events.delivery.StagnationSignal;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.deadlines.TimeLimitCleared;
import nl.hgk.ledger.events.deadlines.TimeLimitSet;
import nl.hgk.ledger.events.escalation.AdministrativeDecisionConfirmed;
import nl.hgk.ledger.events.escalation.AdministrativeDecisionTaken;
import nl.hgk.ledger.events.escalation.CareMeetingCalled;
import nl.hgk.ledger.events.escalation.CareMeetingHeld;
import nl.hgk.ledger.events.escalation.CareOrderConcluded;
import nl.hgk.ledger.events.escalation.CareOrdered;
import nl.hgk.ledger.events.escalation.CaseConferenceHeld;
import nl.hgk.ledger.events.escalation.CoordinationReturned;
import nl.hgk.ledger.events.escalation.EscalatedToMeldpuntManager;
import nl.hgk.ledger.events.escalation.InadequateCoordinationReported;
import nl.hgk.ledger.events.escalation.PartyManagersConsulted;
import nl.hgk.ledger.events.coordination.FamilyPlanEvaluated;
import nl.hgk.ledger.events.audit.AuditMetadata;
import nl.hgk.ledger.events.closure.CaseClosed;
import nl.hgk.ledger.events.closure.ClosureReason;
import nl.hgk.ledger.events.coordination.Coordinator;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.coordination.Consent;
import nl.hgk.ledger.events.coordination.CoordinatorReplaced;
import nl.hgk.ledger.events.coordination.FamilyPlan;
import nl.hgk.ledger.events.coordination.FamilyPlanAdopted;
import nl.hgk.ledger.events.coordination.FamilyPlanRevised;
import nl.hgk.ledger.events.coordination.ProcessDirector;
import nl.hgk.ledger.events.coordination.ProcessDirectorAppointed;
import nl.hgk.ledger.events.escalation.EscalationRaised;
import nl.hgk.ledger.events.escalation.EscalationResolved;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.events.huisverbod.HuisverbodEnded;
import nl.hgk.ledger.events.huisverbod.HuisverbodExtended;
import nl.hgk.ledger.events.huisverbod.HuisverbodImposed;
import nl.hgk.ledger.events.intake.ContactType;
import nl.hgk.ledger.events.intake.FormOfViolence;
import nl.hgk.ledger.events.intake.ReportReceived;
import nl.hgk.ledger.events.intake.ReporterInformed;
import nl.hgk.ledger.events.intake.ReporterSector;
import nl.hgk.ledger.events.intake.ReporterType;
import nl.hgk.ledger.events.person.PersonErased;
import nl.hgk.ledger.events.person.PersonRole;
import nl.hgk.ledger.events.person.PersonalData;
import nl.hgk.ledger.events.triage.CodeAssigned;
import nl.hgk.ledger.events.triage.InvestigationConcluded;
import nl.hgk.ledger.events.triage.InvestigationConclusion;
import nl.hgk.ledger.events.triage.InvestigationStarted;
import nl.hgk.ledger.events.triage.ProcessDirection;
import nl.hgk.ledger.events.triage.SafetyCode;
import nl.hgk.ledger.events.triage.TriageDecided;
import nl.hgk.ledger.events.triage.TriageOutcome;
import nl.hgk.ledger.reference.MunicipalityCode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;

/**
 * The state of a case after some of its events: who is in the household, the safety code and who set it, the
 * coordinator, the current plan, the open escalation and what its process director decided (care orders, the step-5
 * escalation), reports of inadequate coordination, the running huisverbod, the time limits still running, the
 * reports bundled into the case, the notices about the plan's tasks and the stagnation signals still open, the
 * organisations involved and whether it is open. Built only by {@link #apply(DomainEventMessage)}; stored as JSON by
 * the family plan view.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class CaseState {

    /** Where the case stands. */
    public enum Status { OPEN, CLOSED }

    /** Who did something, from the event's metadata. */
    public record Actor(String user, String organisation, String role) {
        static Actor of(MetaData metaData) {
            return new Actor((String) metaData.get(AuditMetadata.USER), (String) metaData.get(AuditMetadata.ORGANISATION),
                    (String) metaData.get(AuditMetadata.ROLE));
        }
    }

    /** A person of the household, as a report named them. */
    public record Member(UUID personId, PersonRole role, PersonalData personalData, UUID reportId) {
    }

    /** A report or advice request bundled into the case. */
    public record Report(UUID reportId, Instant receivedAt, ContactType contactType, ReporterType reporterType,
                         ReporterSector reporterSector, Set<FormOfViolence> formsOfViolence, Actor receivedBy,
                         boolean reporterInformed) {
        /** kept sorted, so that the stored document is the same however the set came (an event, or JSON read back) */
        public Report {
            formsOfViolence = formsOfViolence == null ? null : Collections.unmodifiableSortedSet(
                    new TreeSet<>(formsOfViolence));
        }

        Report informed() {
            return new Report(reportId, receivedAt, contactType, reporterType, reporterSector, formsOfViolence,
                    receivedBy, true);
        }
    }

    /** The current safety code and who set it when. */
    public record Code(SafetyCode code, ProcessDirection processDirection, Instant assignedAt, Actor assignedBy) {
    }

    /** The latest triage decision. */
    public record Triage(TriageOutcome outcome, Instant decidedAt, Actor decidedBy) {
    }

    /** Veilig Thuis's investigation: running, or concluded with its conclusion. */
    public record Investigation(Instant startedAt, Instant concludedAt, InvestigationConclusion conclusion) {
        @JsonIgnore
        public boolean running() {
            return concludedAt == null;
        }
    }

    /** The coordinator and since when. */
    public record Coordination(Coordinator coordinator, Instant since) {
    }

    /** The current version of the family plan. */
    public record Plan(int planVersion, Instant adoptedAt, Actor adoptedBy, FamilyPlan content) {
    }

    /** The open escalation. */
    public record Escalation(EscalationStep step, int level, Instant raisedAt, Actor raisedBy, String urgencyReason) {
    }

    /**
     * A time limit still running: its due moment, and whether the ledger recorded it as missed (overdue). A fold knows
     * no clock: a reader that shows the limit at a moment applies {@link nl.hgk.ledger.events.deadlines.Overdue} to
     * it, which also counts a due moment that passed before the miss was recorded.
     *
     * @param subject what the limit is about when a case can have several (a task id, an evaluation date, a decision
     *                id); absent otherwise
     */
    public record RunningLimit(TimeLimit limit, String subject, Instant dueAt, boolean overdue) {
    }

    /** An oral decision of the municipality at step 5, and when it was confirmed in writing (absent until then). */
    public record AdministrativeDecision(UUID decisionId, Instant decidedAt, String decision, Instant confirmedAt) {
    }

    /**
     * The care meeting (zorgoverleg) the process director called at step 4.
     *
     * @param meetBy the date the process director set; absent for an urgent one (within 2 working days)
     * @param heldOn absent until it was held
     */
    public record CareMeeting(boolean urgent, LocalDate meetBy, Instant calledAt, Actor calledBy, LocalDate heldOn) {
    }

    /** The running huisverbod. */
    public record Huisverbod(UUID personId, LocalDate imposedOn, LocalDate endsOn) {
    }

    /**
     * A party the process director ordered to deliver care (doorzettingsmacht), monitored until a day.
     *
     * @param concludedAt absent while it is monitored
     * @param complied    whether the party delivered; absent while it is monitored
     */
    public record CareOrder(UUID orderId, String party, String care, LocalDate monitoredUntil, Instant orderedAt,
                            Actor orderedBy, Instant concludedAt, Boolean complied) {
        CareOrder concluded(Instant at, boolean delivered) {
            return new CareOrder(orderId, party, care, monitoredUntil, orderedAt, orderedBy, at, delivered);
        }
    }

    /** The process director's escalation to the manager of the Meldpunt that brought the case to step 5. */
    public record MeldpuntManagerEscalation(String bottleneck, String advice, Instant escalatedAt, Actor escalatedBy) {
    }

    /** A professional's report to the Meldpunt that coordination falls short, made after raising it with the coordinator. */
    public record InadequateCoordinationReport(LocalDate raisedWithCoordinatorOn, String concern, Instant reportedAt,
                                               Actor reportedBy) {
    }

    /**
     * A client's care avoidance the coordinator recorded (zorgmijding, seed 000 B2 §2.1.4), and the Meldpunt's action
     * plan that answered it (B2 §5.1.6): absent while the plan is awaited. The texts are the client's personal data.
     */
    public record CareAvoidance(UUID personId, PersonalData worryingSituation, PersonalData risks,
                                PersonalData clientView, Instant recordedAt, Actor recordedBy, ActionPlan actionPlan) {

        CareAvoidance answeredBy(ActionPlan plan) {
            return new CareAvoidance(personId, worryingSituation, risks, clientView, recordedAt, recordedBy, plan);
        }

        CareAvoidance erased() {
            PersonalData gone = PersonalData.erasedPlaceholder();
            return new CareAvoidance(personId, gone, gone, clientView == null ? null : gone, recordedAt, recordedBy,
                    actionPlan);
        }
    }

    /** The action plan the Meldpunt drew up after a care avoidance, and how it realises the care. */
    public record ActionPlan(ActionPlanApproach approach, Instant drawnUpAt, Actor drawnUpBy) {
    }

    /**
     * A notice about the help for a task of the plan, given to the coordinator by the task's owner (B2 §2.3). Only the
     * fields of its kind are present.
     *
     * @param date                 the day the help started, ended or stopped early
     * @param professional         who gives the help: named at its start, or the one a transfer passed it on to
     * @param previousProfessional who gave it before a transfer
     * @param organisation         the other party a proposal names
     */
    public record TaskNotice(UUID taskId, NoticeKind kind, Instant givenAt, Actor givenBy, LocalDate date,
                             HelpEffect effect, EarlyStopCause cause, Integer missedAppointments,
                             Set<NoShowCause> noShowCauses, String professional, String previousProfessional,
                             String organisation, FormOfHelp formOfHelp) {

        /** kept sorted, as a report's forms of violence */
        public TaskNotice {
            noShowCauses = noShowCauses == null ? null : Collections.unmodifiableSortedSet(new TreeSet<>(noShowCauses));
        }

        static TaskNotice of(DeliveryNotice notice, Instant at, Actor actor) {
            Builder notified = new Builder(notice, at, actor);
            if (notice instanceof HelpStarted started) {
                notified.date = started.startedOn();
                notified.professional = started.professional();
            } else if (notice instanceof HelpEnded ended) {
                notified.date = ended.endedOn();
                notified.effect = ended.effect();
            } else if (notice instanceof HelpStoppedEarly stopped) {
                notified.date = stopped.stoppedOn();
                notified.cause = stopped.cause();
            } else if (notice instanceof NoShowsReported noShows) {
                notified.missedAppointments = noShows.missedAppointments();
                notified.noShowCauses = new TreeSet<>(noShows.causes());
            } else if (notice instanceof ClientTransferred transferred) {
                notified.previousProfessional = transferred.previousProfessional();
                notified.professional = transferred.nextProfessional();
            } else if (notice instanceof OtherPartyProposed proposed) {
                notified.organisation = proposed.organisation();
                notified.formOfHelp = proposed.formOfHelp();
            }
            return notified.build();
        }

        /** the fields of one kind of notice, the rest left absent */
        private static final class Builder {
            private final DeliveryNotice notice;
            private final Instant at;
            private final Actor actor;
            private LocalDate date;
            private HelpEffect effect;
            private EarlyStopCause cause;
            private Integer missedAppointments;
            private Set<NoShowCause> noShowCauses;
            private String professional;
            private String previousProfessional;
            private String organisation;
            private FormOfHelp formOfHelp;

            Builder(DeliveryNotice notice, Instant at, Actor actor) {
                this.notice = notice;
                this.at = at;
                this.actor = actor;
            }

            TaskNotice build() {
                return new TaskNotice(notice.taskId(), notice.kind(), at, actor, date, effect, cause,
                        missedAppointments, noShowCauses, professional, previousProfessional, organisation,
                        formOfHelp);
            }
        }
    }

    /**
     * A stagnation signal the coordinator has not acted on yet ({@link StagnationSignal}): help broken off early, or
     * repeated no-shows.
     *
     * @param raisedBy the organisation that gave the notice
     */
    public record Signal(UUID taskId, NoticeKind kind, Instant raisedAt, String raisedBy) {
    }

    private UUID caseId;
    private long version = -1;
    private Status status;
    private MunicipalityCode municipality;
    private UUID repeatOfCaseId;
    private Instant openedAt;
    private Instant lastChangedAt;
    private final List<Member> members = new ArrayList<>();
    private final List<Report> reports = new ArrayList<>();
    private Code code;
    /** an investigation concluded without the code its findings determine, and no code followed yet */
    private boolean codeToBeDetermined;
    private Triage triage;
    private Investigation investigation;
    private Coordination coordination;
    private Plan plan;
    private Escalation escalation;
    private ProcessDirector processDirector;
    private Huisverbod huisverbod;
    private final List<RunningLimit> timeLimits = new ArrayList<>();
    private final List<AdministrativeDecision> decisions = new ArrayList<>();
    private final List<LocalDate> evaluatedDates = new ArrayList<>();
    private LocalDate caseConferenceHeldOn;
    private CareMeeting careMeeting;
    private final List<CareOrder> careOrders = new ArrayList<>();
    private MeldpuntManagerEscalation meldpuntManagerEscalation;
    private final List<InadequateCoordinationReport> inadequateCoordinationReports = new ArrayList<>();
    private final List<CareAvoidance> careAvoidances = new ArrayList<>();
    /**
     * sorted, also as read back from JSON (Jackson would make it a HashSet): the stored document is then the same
     * whether a case was folded in one go (a batch of a rebuild) or read back and folded an event at a time
     */
    @JsonDeserialize(as = TreeSet.class)
    private final Set<String> organisations = new TreeSet<>();
    private final List<TaskNotice> notices = new ArrayList<>();
    private final List<Signal> signals = new ArrayList<>();
    private ClosureReason closureReason;
    private Instant closedAt;

    private CaseState() {
        // by empty(), of() and Jackson
    }

    /** @return the state of a case before its first event */
    public static CaseState empty() {
        return new CaseState();
    }

    /** @return the state after all {@code events}, in their order */
    public static CaseState of(Iterable<? extends DomainEventMessage<?>> events) {
        CaseState state = empty();
        events.forEach(state::apply);
        return state;
    }

    /**
     * Applies the next event of the case. Events of a type this fold does not know (added later) only advance the
     * version, so an old reader never fails on a new event.
     */
    public CaseState apply(DomainEventMessage<?> event) {
        Object payload = event.getPayload();
        Instant at = event.getTimestamp();
        Actor actor = Actor.of(event.getMetaData());
        if (payload instanceof ReportReceived received) {
            onReceived(received, at, actor);
        } else if (payload instanceof CodeAssigned assigned) {
            code = new Code(assigned.code(), assigned.processDirection(), at, actor);
            codeToBeDetermined = false;
        } else if (payload instanceof TriageDecided decided) {
            triage = new Triage(decided.outcome(), at, actor);
        } else if (payload instanceof InvestigationStarted) {
            investigation = new Investigation(at, null, null);
        } else if (payload instanceof InvestigationConcluded concluded) {
            investigation = new Investigation(investigation == null ? null : investigation.startedAt(), at,
                    concluded.conclusion());
            // the code of triage was a first assessment: the findings determine it (seed 000 §3.3), in the same
            // step when the conclusion carries it, or by a code assigned after
            codeToBeDetermined = true;
        } else if (payload instanceof CoordinatorAppointed appointed) {
            coordination = new Coordination(appointed.coordinator(), at);
        } else if (payload instanceof CoordinatorReplaced replaced) {
            coordination = new Coordination(replaced.next(), at);
        } else if (payload instanceof FamilyPlanAdopted adopted) {
            onPlan(adopted.planVersion(), adopted.plan(), at, actor);
        } else if (payload instanceof FamilyPlanRevised revised) {
            onPlan(revised.planVersion(), revised.plan(), at, actor);
        } else if (payload instanceof EscalationRaised raised) {
            escalation = new Escalation(raised.step(), raised.step().level(), at, actor, raised.urgencyReason());
        } else if (payload instanceof ProcessDirectorAppointed appointed) {
            processDirector = appointed.processDirector();
        } else if (payload instanceof EscalationResolved) {
            onEscalationEnded();
        } else if (payload instanceof CareMeetingCalled called) {
            careMeeting = new CareMeeting(called.urgent(), called.meetBy(), at, actor, null);
        } else if (payload instanceof CareMeetingHeld held) {
            careMeeting = careMeeting == null ? new CareMeeting(false, null, null, null, held.heldOn())
                    : new CareMeeting(careMeeting.urgent(), careMeeting.meetBy(), careMeeting.calledAt(),
                            careMeeting.calledBy(), held.heldOn());
        } else if (payload instanceof HuisverbodImposed imposed) {
            huisverbod = new Huisverbod(imposed.personId(), imposed.imposedOn(), imposed.endsOn());
        } else if (payload instanceof HuisverbodExtended extended) {
            // the command side never extends what does not run; a reader still must not fail on it
            huisverbod = huisverbod == null ? new Huisverbod(null, null, extended.endsOn())
                    : new Huisverbod(huisverbod.personId(), huisverbod.imposedOn(), extended.endsOn());
        } else if (payload instanceof HuisverbodEnded) {
            huisverbod = null;
        } else if (payload instanceof ReporterInformed informed) {
            reports.replaceAll(report -> report.reportId().equals(informed.reportId()) ? report.informed() : report);
        } else if (payload instanceof TimeLimitSet set) {
            timeLimits.removeIf(limit -> limit.limit() == set.limit() && Objects.equals(limit.subject(), set.subject()));
            timeLimits.add(new RunningLimit(set.limit(), set.subject(), set.dueAt(), false));
            timeLimits.sort(Comparator.comparing(RunningLimit::dueAt));
        } else if (payload instanceof DeadlineMissed missed) {
            timeLimits.replaceAll(limit -> limit.limit() == missed.limit()
                    && Objects.equals(limit.subject(), missed.subject())
                    ? new RunningLimit(limit.limit(), limit.subject(), limit.dueAt(), true) : limit);
        } else if (payload instanceof TimeLimitCleared cleared) {
            timeLimits.removeIf(limit -> limit.limit() == cleared.limit()
                    && Objects.equals(limit.subject(), cleared.subject()));
        } else if (payload instanceof CaseConferenceHeld held) {
            caseConferenceHeldOn = held.heldOn();
        } else if (payload instanceof AdministrativeDecisionTaken taken) {
            decisions.add(new AdministrativeDecision(taken.decisionId(), taken.decidedAt(), taken.decision(), null));
        } else if (payload instanceof AdministrativeDecisionConfirmed confirmed) {
            decisions.replaceAll(decision -> decision.decisionId().equals(confirmed.decisionId())
                    ? new AdministrativeDecision(decision.decisionId(), decision.decidedAt(), decision.decision(), at)
                    : decision);
        } else if (payload instanceof FamilyPlanEvaluated evaluated) {
            evaluatedDates.add(evaluated.evaluationDate());
        } else if (payload instanceof CareAvoidanceRecorded avoidance) {
            careAvoidances.add(new CareAvoidance(avoidance.personId(), avoidance.worryingSituation(),
                    avoidance.risks(), avoidance.clientView(), at, actor, null));
        } else if (payload instanceof ActionPlanDrawnUp drawnUp) {
            ActionPlan plan = new ActionPlan(drawnUp.approach(), at, actor);
            careAvoidances.replaceAll(avoidance -> avoidance.actionPlan() == null ? avoidance.answeredBy(plan)
                    : avoidance);
        } else if (payload instanceof PersonErased erasure) {
            onErased(erasure.personId());
        } else if (payload instanceof InadequateCoordinationReported reported) {
            escalation = new Escalation(EscalationStep.PROCESS_DIRECTOR, EscalationStep.PROCESS_DIRECTOR.level(), at,
                    actor, null);
            inadequateCoordinationReports.add(new InadequateCoordinationReport(reported.raisedWithCoordinatorOn(),
                    reported.concern(), at, actor));
        } else if (payload instanceof CareOrdered ordered) {
            careOrders.add(new CareOrder(ordered.orderId(), ordered.party(), ordered.care(), ordered.monitoredUntil(),
                    at, actor, null, null));
        } else if (payload instanceof CareOrderConcluded concluded) {
            careOrders.replaceAll(order -> order.orderId().equals(concluded.orderId())
                    ? order.concluded(at, concluded.complied()) : order);
        } else if (payload instanceof PartyManagersConsulted) {
            // back to step 3's level: the process director's takeover ended with it
            escalation = new Escalation(EscalationStep.MANAGEMENT, EscalationStep.MANAGEMENT.level(), at, actor, null);
            processDirector = null;
            careMeeting = null;
        } else if (payload instanceof EscalatedToMeldpuntManager escalated) {
            escalation = new Escalation(EscalationStep.ADMINISTRATIVE, EscalationStep.ADMINISTRATIVE.level(), at,
                    actor, null);
            meldpuntManagerEscalation = new MeldpuntManagerEscalation(escalated.bottleneck(), escalated.advice(), at,
                    actor);
        } else if (payload instanceof CoordinationReturned returned) {
            coordination = new Coordination(returned.coordinator(), at);
            onEscalationEnded();
        } else if (payload instanceof CaseClosed closed) {
            status = Status.CLOSED;
            closureReason = closed.reason();
            closedAt = at;
        } else if (payload instanceof DeliveryNotice notice) {
            notices.add(TaskNotice.of(notice, at, actor));
        }
        if (StagnationSignal.actedOnBy(payload)) {
            signals.clear();
        }
        if (StagnationSignal.raisedBy(payload) && payload instanceof DeliveryNotice notice) {
            signals.add(new Signal(notice.taskId(), notice.kind(), at, actor.organisation()));
        }
        // one rule with the command side's scopes and the deadline board: the ledger itself involves nobody
        organisations.addAll(InvolvedOrganisations.of(payload, event.getMetaData()));
        version = event.getSequenceNumber();
        lastChangedAt = at;
        return this;
    }

    private void onEscalationEnded() {
        escalation = null;
        processDirector = null;
        careMeeting = null;
        meldpuntManagerEscalation = null;
    }

    private void onReceived(ReportReceived received, Instant at, Actor actor) {
        if (caseId == null) {
            caseId = received.caseId();
            status = Status.OPEN;
            municipality = received.municipality();
            repeatOfCaseId = received.repeatOfCaseId();
            openedAt = at;
        }
        reports.add(new Report(received.reportId(), at, received.contactType(), received.reporter().type(),
                received.reporter().sector(), received.formsOfViolence(), actor, false));
        received.persons().forEach(person -> members.add(
                new Member(person.personId(), person.role(), person.personalData(), received.reportId())));
    }

    /**
     * The events before an erasure already read as erased once the key is gone; this is for a state folded before
     * (the family plan view stores its state), which must drop what it holds of the person at once.
     */
    private void onErased(UUID subject) {
        members.replaceAll(member -> member.personId().equals(subject)
                ? new Member(member.personId(), member.role(), PersonalData.erasedPlaceholder(), member.reportId())
                : member);
        if (plan != null && plan.content().consents() != null) {
            List<Consent> consents = plan.content().consents().stream()
                    .map(consent -> consent.personId().equals(subject) && consent.clientOpinion() != null
                            ? consent.withOpinion(PersonalData.erasedPlaceholder())
                            : consent)
                    .toList();
            FamilyPlan content = plan.content();
            plan = new Plan(plan.planVersion(), plan.adoptedAt(), plan.adoptedBy(), new FamilyPlan(content.goals(),
                    content.tasks(), content.safetyAgreements(), content.evaluationDates(), consents));
        }
        careAvoidances.replaceAll(avoidance -> avoidance.personId().equals(subject) ? avoidance.erased() : avoidance);
        // a reporter's contact details (the subject of a report's id) are not kept in the state at all
    }

    private void onPlan(int planVersion, FamilyPlan content, Instant at, Actor actor) {
        plan = new Plan(planVersion, at, actor, content);
    }

    public UUID getCaseId() {
        return caseId;
    }

    /** @return the sequence number of the last event applied: the aggregate version the command side reported */
    public long getVersion() {
        return version;
    }

    public Status getStatus() {
        return status;
    }

    public MunicipalityCode getMunicipality() {
        return municipality;
    }

    public UUID getRepeatOfCaseId() {
        return repeatOfCaseId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getLastChangedAt() {
        return lastChangedAt;
    }

    public List<Member> getMembers() {
        return List.copyOf(members);
    }

    public List<Report> getReports() {
        return List.copyOf(reports);
    }

    public Code getCode() {
        return code;
    }

    /**
     * @return whether an investigation concluded without the code its findings determine, and no code followed yet:
     *         the code shown is triage's first assessment, and no coordinator is appointed until it is determined
     */
    public boolean isCodeToBeDetermined() {
        return codeToBeDetermined;
    }

    public Triage getTriage() {
        return triage;
    }

    public Investigation getInvestigation() {
        return investigation;
    }

    public Coordination getCoordination() {
        return coordination;
    }

    public Plan getPlan() {
        return plan;
    }

    public Escalation getEscalation() {
        return escalation;
    }

    /** @return the process director of the open escalation, once appointed */
    public ProcessDirector getProcessDirector() {
        return processDirector;
    }

    public Huisverbod getHuisverbod() {
        return huisverbod;
    }

    /** @return the time limits still running, the soonest due first; an overdue one stays until it is met */
    public List<RunningLimit> getTimeLimits() {
        return Collections.unmodifiableList(timeLimits);
    }

    /** @return the administrative decisions of step 5, in the order they were recorded */
    public List<AdministrativeDecision> getDecisions() {
        return Collections.unmodifiableList(decisions);
    }

    /** @return the evaluation dates of the plan whose evaluation was recorded */
    public List<LocalDate> getEvaluatedDates() {
        return Collections.unmodifiableList(evaluatedDates);
    }

    /** @return the day the last case conference (step 2) was held; absent when none was */
    public LocalDate getCaseConferenceHeldOn() {
        return caseConferenceHeldOn;
    }

    /** @return the last care meeting the process director called in the open escalation; absent when none */
    public CareMeeting getCareMeeting() {
        return careMeeting;
    }

    /** @return the care orders of the process directors, in the order they were given, concluded ones too */
    public List<CareOrder> getCareOrders() {
        return Collections.unmodifiableList(careOrders);
    }

    /** @return the escalation to the Meldpunt's manager that brought the open escalation to step 5; absent otherwise */
    public MeldpuntManagerEscalation getMeldpuntManagerEscalation() {
        return meldpuntManagerEscalation;
    }

    /** @return the reports of inadequate coordination, oldest first */
    public List<InadequateCoordinationReport> getInadequateCoordinationReports() {
        return Collections.unmodifiableList(inadequateCoordinationReports);
    }

    /** @return the care avoidances recorded, oldest first, each with the action plan that answered it */
    public List<CareAvoidance> getCareAvoidances() {
        return Collections.unmodifiableList(careAvoidances);
    }

    /** @return whether a care avoidance awaits the Meldpunt's action plan */
    public boolean isActionPlanAwaited() {
        return careAvoidances.stream().anyMatch(avoidance -> avoidance.actionPlan() == null);
    }

    public Set<String> getOrganisations() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(organisations));
    }

    /** @return the notices of the tasks' owners to the coordinator, oldest first */
    public List<TaskNotice> getNotices() {
        return Collections.unmodifiableList(notices);
    }

    /** @return the stagnation signals the coordinator has not acted on yet, oldest first */
    public List<Signal> getStagnationSignals() {
        return Collections.unmodifiableList(signals);
    }

    public ClosureReason getClosureReason() {
        return closureReason;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
