package nl.hgk.ledger.query.deadlines;

import static nl.hgk.ledger.query.CasePayloads.person;
import static nl.hgk.ledger.query.CasePayloads.plan;
import static nl.hgk.ledger.query.CasePayloads.report;
import static nl.hgk.ledger.query.CasePayloads.task;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.hgk.ledger.calendar.WorkingDayCalendars;
import nl.hgk.ledger.events.closure.CaseClosed;
import nl.hgk.ledger.events.closure.ClosureReason;
import nl.hgk.ledger.events.coordination.Coordinator;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.coordination.CoordinatorReplaced;
import nl.hgk.ledger.events.coordination.FamilyPlanAdopted;
import nl.hgk.ledger.events.coordination.FamilyPlanRevised;
import nl.hgk.ledger.events.coordination.PlanTask;
import nl.hgk.ledger.events.coordination.TaskStatus;
import nl.hgk.ledger.events.delivery.EarlyStopCause;
import nl.hgk.ledger.events.delivery.HelpEffect;
import nl.hgk.ledger.events.delivery.HelpEnded;
import nl.hgk.ledger.events.delivery.HelpStarted;
import nl.hgk.ledger.events.delivery.HelpStoppedEarly;
import nl.hgk.ledger.events.delivery.NoShowCause;
import nl.hgk.ledger.events.delivery.NoShowsReported;
import nl.hgk.ledger.events.delivery.NoticeKind;
import nl.hgk.ledger.events.escalation.EscalationRaised;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.events.person.PersonRole;
import nl.hgk.ledger.query.CaseEvents;
import nl.hgk.ledger.query.ProjectionDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The stagnation signals on the deadline board, on a real PostgreSQL with the Flyway schema: an early stop and
 * repeated no-shows are on the board of the coordinating organisation, and only there, until the coordinator revises
 * the plan or escalates (or the case closes); they follow a new coordinator; handling events again changes nothing.
 */
class DeadlineBoardSignalsTest {

    private static final Instant NOW = Instant.parse("2025-04-17T08:00:00Z");
    private static final String TEAM = "sociaal-team-dordrecht";
    private static final String PROVIDER = "jeugdhulp-dordrecht";
    private static final Coordinator COORDINATOR = new Coordinator("regisseur", TEAM);
    private static final LocalDate DAY = LocalDate.of(2025, 4, 16);

    private final JdbcTemplate jdbc = ProjectionDatabase.jdbc();
    private final AnnotationEventHandlerAdapter handler =
            new AnnotationEventHandlerAdapter(new DeadlineBoardProjection(jdbc));
    private final DeadlineBoardQueries queries =
            new DeadlineBoardQueries(jdbc, Clock.fixed(NOW, ZoneOffset.UTC), WorkingDayCalendars.netherlands());
    private final PlanTask task = task("ambulante jeugdhulp", PROVIDER, LocalDate.of(2025, 6, 30),
            TaskStatus.PLANNED);
    private CaseEvents events;

    @BeforeEach
    void aCaseWithAPlanWhoseTaskAProviderOwns() {
        handler.prepareReset(null);
        events = new CaseEvents(UUID.randomUUID(), NOW.minusSeconds(86_400));
        events.add(report(events.caseId(), List.of(person(PersonRole.VICTIM, "Anna Jansen",
                LocalDate.of(1990, 2, 3)))));
        events.add(new CoordinatorAppointed(events.caseId(), COORDINATOR));
        events.by("regisseur", TEAM, "COORDINATOR").add(new FamilyPlanAdopted(events.caseId(), 1,
                plan("bel 112", LocalDate.of(2025, 7, 1), UUID.randomUUID(), task)));
        events.by("hulpverlener", PROVIDER, "CASE_WORKER")
                .add(new HelpStarted(events.caseId(), task.taskId(), DAY, "hulpverlener", COORDINATOR));
    }


    /** the board of someone of {@code organisation} in region VT24 */
    private List<DeadlineBoard.Signal> signalsOf(String organisation) {
        return queries.handle(new FindDeadlines(null, null, 5, 100, new FindDeadlines.Scope("VT24", organisation)))
                .signals();
    }

    private NoShowsReported noShows() {
        return new NoShowsReported(events.caseId(), task.taskId(), 3, Set.of(NoShowCause.CARE_AVOIDANCE),
                COORDINATOR);
    }

    @Test
    void repeatedNoShowsAreOnTheBoardOfTheCoordinatingOrganisationOnly() {
        DomainEventMessage<?> notice = events.add(noShows());
        events.deliverTo(handler);

        assertThat(signalsOf(TEAM)).containsExactly(new DeadlineBoard.Signal(events.caseId(), task.taskId(),
                NoticeKind.NO_SHOWS, notice.getTimestamp(), PROVIDER, "GM0505", "VT24", null));
        assertThat(signalsOf("veilig-thuis-zhz")).as("Veilig Thuis does not coordinate the case").isEmpty();
        assertThat(signalsOf(PROVIDER)).as("the provider gave the notice; it is not theirs to act on").isEmpty();
        assertThat(signalsOf(null)).isEmpty();
    }

    @Test
    void theBoardsFiltersApplyToTheSignals() {
        events.add(noShows());
        events.deliverTo(handler);

        assertThat(queries.handle(new FindDeadlines("VT10", null, 5, 100, new FindDeadlines.Scope("VT24", TEAM)))
                .signals()).as("another region asked for").isEmpty();
        assertThat(queries.handle(new FindDeadlines(null, "ggz-elders", 5, 100, new FindDeadlines.Scope("VT24", TEAM)))
                .signals()).as("an organisation not involved asked for").isEmpty();
        assertThat(queries.handle(new FindDeadlines(null, PROVIDER, 5, 100, new FindDeadlines.Scope("VT24", TEAM)))
                .signals()).hasSize(1);
    }

    @Test
    void anEarlyStopIsOnTheBoardUntilThePlanIsRevised() {
        events.add(new HelpStoppedEarly(events.caseId(), task.taskId(), DAY, EarlyStopCause.CLIENT_STOPPED,
                COORDINATOR));
        events.deliverTo(handler);
        assertThat(signalsOf(TEAM)).extracting(DeadlineBoard.Signal::kind)
                .containsExactly(NoticeKind.HELP_STOPPED_EARLY);

        events.by("regisseur", TEAM, "COORDINATOR").add(new FamilyPlanRevised(events.caseId(), 2,
                plan("bel 112", LocalDate.of(2025, 7, 1), UUID.randomUUID(), task)));
        events.deliverTo(handler);
        assertThat(signalsOf(TEAM)).isEmpty();
    }

    @Test
    void anEscalationActsOnTheSignalsBeforeItButNotOnALaterOne() {
        events.add(noShows());
        events.by("regisseur", TEAM, "COORDINATOR").add(new EscalationRaised(events.caseId(), EscalationStep.ADVICE,
                null, null));
        DomainEventMessage<?> later = events.by("hulpverlener", PROVIDER, "CASE_WORKER").add(noShows());
        events.deliverTo(handler);

        assertThat(signalsOf(TEAM)).extracting(DeadlineBoard.Signal::raisedAt).containsExactly(later.getTimestamp());
        events.deliverTo(handler);
        assertThat(signalsOf(TEAM)).as("handling the case again changes nothing").hasSize(1);
    }

    @Test
    void theClosureActsOnEverySignal() {
        events.add(noShows());
        events.add(new CaseClosed(events.caseId(), ClosureReason.CARE_ENDED));
        events.deliverTo(handler);

        assertThat(signalsOf(TEAM)).isEmpty();
    }

    @Test
    void anOpenSignalFollowsANewCoordinator() {
        events.add(noShows());
        events.by("casemanager", "veilig-thuis-zhz", "CASE_WORKER").add(new CoordinatorReplaced(events.caseId(),
                COORDINATOR, new Coordinator("jgt-1", "jgt-zwijndrecht")));
        events.deliverTo(handler);

        assertThat(signalsOf(TEAM)).isEmpty();
        assertThat(signalsOf("jgt-zwijndrecht")).hasSize(1);
    }

    @Test
    void theStartAndTheEndOfTheHelpAreNoSignals() {
        events.add(new HelpEnded(events.caseId(), task.taskId(), DAY, HelpEffect.GOALS_ACHIEVED, COORDINATOR));
        events.deliverTo(handler);

        assertThat(signalsOf(TEAM)).isEmpty();
    }
}
