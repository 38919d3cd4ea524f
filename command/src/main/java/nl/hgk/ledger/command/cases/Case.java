package nl.hgk.ledger.command.cases;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import nl.hgk.ledger.access.Capacities;
import nl.hgk.ledger.access.CaseStep;
import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.calendar.WorkingDayCalendars;
import nl.hgk.ledger.events.CaseStream;
import nl.hgk.ledger.events.audit.AuditMetadata;
import nl.hgk.ledger.events.audit.OrganisationType;
import nl.hgk.ledger.events.closure.CaseClosed;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.events.intake.HouseholdKey;
import nl.hgk.ledger.events.intake.ReportReceived;
import nl.hgk.ledger.events.person.InvolvedPerson;
import nl.hgk.ledger.reference.Municipalities;
import nl.hgk.ledger.reference.MunicipalityCode;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The case of one household, from its first report to its closure: one consistency boundary (closing checks the
 * huisverbod and the escalation together), in parts that each hold their own state and rules: {@link CaseParties},
 * {@link CaseOrganisations}, {@link Triage}, {@link Coordination}, {@link CareDelivery}, {@link CareAvoidance},
 * {@link Escalation}, {@link ProcessDirection}, {@link AdministrativeDecisions}, {@link Huisverbod} and
 * {@link CaseTimeLimits}. The case itself receives reports, closes, and states once the guards every command passes
 * ({@link #guard}).
 * <p>
 * Every command handler decides and applies events; it answers the case version they produced, so that a client can
 * edit again without a stale version. Event-sourcing handlers only record the state the rules need.
 */
@Aggregate(type = CaseStream.AGGREGATE_TYPE)
class Case {

    private static final Municipalities MUNICIPALITIES = Municipalities.load();

    @AggregateIdentifier
    private UUID caseId;
    private HouseholdKey household;
    /** the Veilig Thuis region of the household's municipality: its working days count the limits */
    private String region;
    /**
     * the household's municipality, as its first report gave it: the client's municipality, whose steps at escalation
     * step 5 are its own, and whose mayor's huisverbod is the case's
     */
    private MunicipalityCode municipality;
    private boolean closed;

    @AggregateMember
    private final CaseTimeLimits limits = new CaseTimeLimits(this::id, this::region);
    @AggregateMember
    private final CaseParties parties = new CaseParties(this::id);
    @AggregateMember
    private final Triage triage = new Triage(this::id, limits);
    @AggregateMember
    private final CaseOrganisations organisations = new CaseOrganisations();
    @AggregateMember
    private final ProcessDirection direction = new ProcessDirection(this::id, limits, this::escalationStep);
    @AggregateMember
    private final Coordination coordination = new Coordination(this::id, parties, triage, limits, direction);
    @AggregateMember
    private final Escalation escalation = new Escalation(this::id, limits, coordination, direction, organisations);
    @AggregateMember
    private final AdministrativeDecisions decisions = new AdministrativeDecisions(this::id, limits,
            this::escalationStep, this::municipality);
    @AggregateMember
    private final CareAvoidance careAvoidance = new CareAvoidance(this::id, parties, coordination);
    @AggregateMember
    private final Huisverbod huisverbod = new Huisverbod(this::id, this::municipality, parties, limits);
    @AggregateMember
    private final CareDelivery delivery = new CareDelivery(this::id, coordination, limits);

    Case() {
        // for Axon: created by the first report, rebuilt from its events
    }

    /**
     * What every command on a case passes first, whichever part handles it: a command given on an older version than
     * the case's is a conflict before it is anything else (the user must first see the case as it is now); a closed
     * case takes no command but those {@link AllowedOnClosedCase}. The command then runs with the time limits' tools.
     */
    @CommandHandlerInterceptor
    Object guard(CommandMessage<?> command, InterceptorChain chain, ConflictResolver conflicts,
                 DeadlineManager deadlines, Clock clock, WorkingDayCalendars calendars, LedgerUser actor)
            throws Exception {
        requireCapacity(command.getPayload(), actor);
        conflicts.detectConflicts(laterEvents -> !laterEvents.isEmpty());
        if (closed && !(command.getPayload() instanceof AllowedOnClosedCase)) {
            throw new CommandRefused(Refusal.CASE_CLOSED, "the case is closed");
        }
        return limits.during(deadlines, clock, calendars, chain::proceed);
    }

    /**
     * A step outside the capacity of the organisation someone acts for is refused before anything else: who may take
     * it does not depend on the case ({@link Capacities}). Which party of the case it belongs to is each part's rule.
     */
    private static void requireCapacity(Object command, LedgerUser actor) {
        CaseStep step = ((CaseCommand) command).caseStep();
        if (actor == null) {
            throw new CommandRefused(Refusal.OUTSIDE_CAPACITY, "a step in a case is taken by someone: nobody was named");
        }
        if (!Capacities.permit(actor, step)) {
            throw new CommandRefused(Refusal.OUTSIDE_CAPACITY, "an organisation of type "
                    + (actor.organisationType() == null ? "(none)" : actor.organisationType())
                    + " does not take the step " + step + " (it is for " + Capacities.takenBy(step) + ")");
        }
    }

    /**
     * An advice request or report opens the case, or joins it while it is open (bundling: the radar function of Veilig
     * Thuis). The first report waiting for triage starts the triage limit.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(ReceiveReport command) {
        Report report = command.report();
        boolean opens = caseId == null;
        if (!opens && !household.equals(report.household())) {
            throw new CommandRefused(Refusal.OTHER_HOUSEHOLD, "the report is about another household than the case");
        }
        requireBornAlready(report);
        boolean startsTriage = triage.startsTheTriageLimit(report.contactType());
        apply(new ReportReceived(command.caseId(), report.reportId(), report.household(), report.municipality(),
                MUNICIPALITIES.regionOf(report.municipality()).orElse(null), report.contactType(),
                report.reporter(), Set.copyOf(report.formsOfViolence()), report.persons(),
                opens ? command.repeatOfCaseId() : null));
        if (startsTriage) {
            triage.startTheTriageLimit();
        }
        return CaseVersions.current();
    }

    private void requireBornAlready(Report report) {
        LocalDate today = CaseDates.today(limits.now());
        for (InvolvedPerson person : report.persons()) {
            LocalDate born = person.personalData() == null ? null : person.personalData().birthDate();
            if (born != null && born.isAfter(today)) {
                throw new CommandRefused(Refusal.BIRTH_DATE_IN_FUTURE, "a birth date of " + born + " is still to come");
            }
        }
    }

    /**
     * Veilig Thuis closes a case, or the coordinating organisation does: the coordinator tells the Meldpunt when
     * coordination ends (seed 000 B2 §3.2). Another party that delivers care does not close the family's case.
     */
    @CommandHandler
    long handle(CloseCase command, LedgerUser actor) {
        if (actor.organisationType() != OrganisationType.VEILIG_THUIS && !coordination.coordinatedBy(actor)) {
            throw new CommandRefused(Refusal.NOT_THE_COORDINATOR, "a case is closed by Veilig Thuis or by the "
                    + "coordinating organisation, not by " + actor.organisation());
        }
        if (huisverbod.isRunning()) {
            throw new CommandRefused(Refusal.HUISVERBOD_RUNNING,
                    "a case is not closed while a huisverbod runs (until " + huisverbod.endsOn() + ")");
        }
        if (escalation.isOpen()) {
            throw new CommandRefused(Refusal.ESCALATION_OPEN,
                    "a case is not closed while an escalation is open (step " + escalation.step().level() + ")");
        }
        apply(new CaseClosed(caseId, command.reason()));
        limits.withdrawAll();
        return CaseVersions.current();
    }

    /**
     * The retention period of the closed file ended: every subject not yet erased is erased, one event each, with the
     * metadata the command came with (the ledger itself and the rule as the reason).
     */
    @CommandHandler
    long handle(EraseCaseData command, @MetaDataValue(AuditMetadata.REASON) String reason) {
        if (!closed) {
            throw new CommandRefused(Refusal.CASE_OPEN, "the data of an open case is not erased by a retention rule");
        }
        CommandRefused.unlessReasonGiven(reason, "erasing the personal data of a case");
        parties.eraseEveryone();
        return CaseVersions.current();
    }

    private UUID id() {
        return caseId;
    }

    private String region() {
        return region;
    }

    private MunicipalityCode municipality() {
        return municipality;
    }

    private EscalationStep escalationStep() {
        return escalation.step();
    }

    @EventSourcingHandler
    void on(ReportReceived event) {
        caseId = event.caseId();
        household = event.household();
        if (region == null) {
            region = event.region();
        }
        if (municipality == null) {
            municipality = event.municipality();
        }
    }

    @EventSourcingHandler
    void on(CaseClosed event) {
        closed = true;
    }
}
