package nl.hgk.ledger.query.casestate;

import static nl.hgk.ledger.query.CasePayloads.person;
import static nl.hgk.ledger.query.CasePayloads.plan;
import static nl.hgk.ledger.query.CasePayloads.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.hgk.ledger.events.closure.CaseClosed;
import nl.hgk.ledger.events.closure.ClosureReason;
import nl.hgk.ledger.events.coordination.Coordinator;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.coordination.FamilyPlanAdopted;
import nl.hgk.ledger.events.coordination.FamilyPlanRevised;
import nl.hgk.ledger.events.coordination.PlanTask;
import nl.hgk.ledger.events.coordination.TaskStatus;
import nl.hgk.ledger.events.delivery.ClientTransferred;
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
import nl.hgk.ledger.events.escalation.EscalationRaised;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.events.person.PersonRole;
import nl.hgk.ledger.query.ApplicationJson;
import nl.hgk.ledger.query.CaseEvents;
import org.junit.jupiter.api.Test;

/** The notices about the plan's tasks in the fold, and the stagnation signals they raise until the coordinator acts. */
class CaseStateNoticesTest {

    private static final Instant START = Instant.parse("2026-11-02T09:00:00Z");
    private static final Coordinator COORDINATOR = new Coordinator("regisseur", "sociaal-team-dordrecht");
    private static final CaseState.Actor PROVIDER = new CaseState.Actor("hulpverlener", "jeugdhulp-dordrecht",
            "CASE_WORKER");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    private final UUID caseId = UUID.randomUUID();
    private final CaseEvents events = new CaseEvents(caseId, START);
    private final PlanTask task = new PlanTask(UUID.randomUUID(), "ambulante jeugdhulp", "jeugdhulp-dordrecht",
            LocalDate.of(2026, 12, 31), TaskStatus.PLANNED);

    /** a case with a coordinator and a plan, then the provider giving notices a minute apart */
    private void planAdopted() {
        UUID victim = UUID.randomUUID();
        events.add(report(caseId, List.of(person(PersonRole.VICTIM, "Anna Jansen", LocalDate.of(1990, 2, 3)))));
        events.add(new CoordinatorAppointed(caseId, COORDINATOR));
        events.by("regisseur", "sociaal-team-dordrecht", "COORDINATOR").add(new FamilyPlanAdopted(caseId, 1,
                plan("bel 112", LocalDate.of(2027, 1, 15), victim, task)));
        events.by(PROVIDER.user(), PROVIDER.organisation(), PROVIDER.role());
    }

    private void later(int minutes, Object payload) {
        events.at(START.plusSeconds(60L * minutes)).add(payload);
    }

    @Test
    void everyNoticeIsKeptWithTheFieldsOfItsKind() {
        planAdopted();
        later(1, new HelpStarted(caseId, task.taskId(), DAY, "hulpverlener", COORDINATOR));
        later(2, new NoShowsReported(caseId, task.taskId(), 3, Set.of(NoShowCause.ILLNESS), COORDINATOR));
        later(3, new ClientTransferred(caseId, task.taskId(), "hulpverlener", "collega", COORDINATOR));
        later(4, new OtherPartyProposed(caseId, task.taskId(), "ggz-dordrecht", FormOfHelp.MENTAL_HEALTH_CARE,
                COORDINATOR));
        later(5, new HelpEnded(caseId, task.taskId(), DAY, HelpEffect.GOALS_PARTLY_ACHIEVED, COORDINATOR));

        UUID id = task.taskId();
        assertThat(CaseState.of(events.all()).getNotices()).containsExactly(
                new CaseState.TaskNotice(id, NoticeKind.HELP_STARTED, START.plusSeconds(60), PROVIDER, DAY, null,
                        null, null, null, "hulpverlener", null, null, null),
                new CaseState.TaskNotice(id, NoticeKind.NO_SHOWS, START.plusSeconds(120), PROVIDER, null, null, null,
                        3, Set.of(NoShowCause.ILLNESS), null, null, null, null),
                new CaseState.TaskNotice(id, NoticeKind.CLIENT_TRANSFERRED, START.plusSeconds(180), PROVIDER, null,
                        null, null, null, null, "collega", "hulpverlener", null, null),
                new CaseState.TaskNotice(id, NoticeKind.OTHER_PARTY_PROPOSED, START.plusSeconds(240), PROVIDER, null,
                        null, null, null, null, null, null, "ggz-dordrecht", FormOfHelp.MENTAL_HEALTH_CARE),
                new CaseState.TaskNotice(id, NoticeKind.HELP_ENDED, START.plusSeconds(300), PROVIDER, DAY,
                        HelpEffect.GOALS_PARTLY_ACHIEVED, null, null, null, null, null, null, null));
        assertThat(CaseState.of(events.all()).getStagnationSignals()).as("no-shows; the end acts on nothing")
                .containsExactly(new CaseState.Signal(id, NoticeKind.NO_SHOWS, START.plusSeconds(120),
                        "jeugdhulp-dordrecht"));
    }

    @Test
    void anEarlyStopAndNoShowsAreSignalsUntilThePlanIsRevised() {
        planAdopted();
        later(1, new HelpStarted(caseId, task.taskId(), DAY, "hulpverlener", COORDINATOR));
        later(2, new HelpStoppedEarly(caseId, task.taskId(), DAY, EarlyStopCause.CLIENT_STOPPED, COORDINATOR));
        assertThat(CaseState.of(events.all()).getStagnationSignals()).extracting(CaseState.Signal::kind)
                .containsExactly(NoticeKind.HELP_STOPPED_EARLY);

        events.by("regisseur", "sociaal-team-dordrecht", "COORDINATOR");
        later(3, new FamilyPlanRevised(caseId, 2, plan("bel 112", LocalDate.of(2027, 1, 15), UUID.randomUUID(),
                task)));
        assertThat(CaseState.of(events.all()).getStagnationSignals()).isEmpty();
        assertThat(CaseState.of(events.all()).getNotices()).as("the notices stay").hasSize(2);
    }

    @Test
    void anEscalationActsOnTheSignalsBeforeItAndNotOnALaterOne() {
        planAdopted();
        later(1, new NoShowsReported(caseId, task.taskId(), 2, Set.of(NoShowCause.UNKNOWN), COORDINATOR));
        later(2, new EscalationRaised(caseId, EscalationStep.ADVICE, null, null));
        later(3, new NoShowsReported(caseId, task.taskId(), 4, Set.of(NoShowCause.CARE_AVOIDANCE), COORDINATOR));

        assertThat(CaseState.of(events.all()).getStagnationSignals()).extracting(CaseState.Signal::raisedAt)
                .containsExactly(START.plusSeconds(180));
    }

    @Test
    void theClosureActsOnEverySignal() {
        planAdopted();
        later(1, new NoShowsReported(caseId, task.taskId(), 2, Set.of(NoShowCause.UNKNOWN), COORDINATOR));
        later(2, new CaseClosed(caseId, ClosureReason.CARE_ENDED));

        assertThat(CaseState.of(events.all()).getStagnationSignals()).isEmpty();
    }

    @Test
    void noticesAndSignalsSurviveTheStoredJson() throws Exception {
        planAdopted();
        later(1, new NoShowsReported(caseId, task.taskId(), 2, Set.of(NoShowCause.ADDICTION, NoShowCause.OTHER),
                COORDINATOR));
        later(2, new OtherPartyProposed(caseId, task.taskId(), "ggz-dordrecht", FormOfHelp.ADDICTION_CARE,
                COORDINATOR));
        CaseState state = CaseState.of(events.all());
        ObjectMapper json = ApplicationJson.objectMapper();

        CaseState read = json.readValue(json.writeValueAsString(state), CaseState.class);

        assertThat(read.getNotices()).isEqualTo(state.getNotices());
        assertThat(read.getStagnationSignals()).isEqualTo(state.getStagnationSignals()).hasSize(1);
    }
}
