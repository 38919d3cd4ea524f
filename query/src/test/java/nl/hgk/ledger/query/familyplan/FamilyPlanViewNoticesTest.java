package nl.hgk.ledger.query.familyplan;

import static nl.hgk.ledger.query.CasePayloads.person;
import static nl.hgk.ledger.query.CasePayloads.plan;
import static nl.hgk.ledger.query.CasePayloads.report;
import static nl.hgk.ledger.query.CasePayloads.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.hgk.ledger.events.coordination.Coordinator;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.coordination.FamilyPlanAdopted;
import nl.hgk.ledger.events.coordination.FamilyPlanRevised;
import nl.hgk.ledger.events.coordination.PlanTask;
import nl.hgk.ledger.events.coordination.TaskStatus;
import nl.hgk.ledger.events.delivery.EarlyStopCause;
import nl.hgk.ledger.events.delivery.HelpStarted;
import nl.hgk.ledger.events.delivery.HelpStoppedEarly;
import nl.hgk.ledger.events.delivery.NoShowCause;
import nl.hgk.ledger.events.delivery.NoShowsReported;
import nl.hgk.ledger.events.delivery.NoticeKind;
import nl.hgk.ledger.events.person.PersonRole;
import nl.hgk.ledger.query.CaseEvents;
import nl.hgk.ledger.query.casestate.CaseState;
import org.junit.jupiter.api.Test;

/** The family plan view shows per task the notices its owner gave, and the stagnation signals still open. */
class FamilyPlanViewNoticesTest {

    private static final Instant START = Instant.parse("2026-11-02T09:00:00Z");
    private static final Coordinator COORDINATOR = new Coordinator("regisseur", "sociaal-team-dordrecht");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final LocalDate DUE = LocalDate.of(2026, 12, 31);

    private final UUID caseId = UUID.randomUUID();
    private final UUID victim = UUID.randomUUID();
    private final CaseEvents events = new CaseEvents(caseId, START);
    private final PlanTask homeVisit = task("wekelijks huisbezoek", "sociaal-team-dordrecht", DUE, TaskStatus.PLANNED);
    private final PlanTask youthCare = task("ambulante jeugdhulp", "jeugdhulp-dordrecht", DUE, TaskStatus.PLANNED);
    private final PlanTask mentalHealth = task("ggz-behandeling", "ggz-dordrecht", DUE, TaskStatus.PLANNED);

    @Test
    void perTaskInThePlansOrderThenTasksThePlanNoLongerHolds() {
        events.add(report(caseId, List.of(person(PersonRole.VICTIM, "Anna Jansen", LocalDate.of(1990, 2, 3)))));
        events.add(new CoordinatorAppointed(caseId, COORDINATOR));
        events.add(new FamilyPlanAdopted(caseId, 1, plan("bel 112", DUE, victim, mentalHealth, homeVisit, youthCare)));
        events.add(new HelpStarted(caseId, mentalHealth.taskId(), DAY, "behandelaar", COORDINATOR));
        events.add(new HelpStarted(caseId, youthCare.taskId(), DAY, "hulpverlener", COORDINATOR));
        events.add(new HelpStoppedEarly(caseId, mentalHealth.taskId(), DAY, EarlyStopCause.CLIENT_MOVED, COORDINATOR));
        events.add(new FamilyPlanRevised(caseId, 2, plan("bel 112", DUE, victim, youthCare, homeVisit)));
        events.add(new NoShowsReported(caseId, youthCare.taskId(), 2, Set.of(NoShowCause.ILLNESS), COORDINATOR));

        FamilyPlanView view = FamilyPlanView.of(caseId, CaseState.of(events.all()), START);

        assertThat(view.notices()).extracting(FamilyPlanView.TaskNotices::taskId,
                FamilyPlanView.TaskNotices::inCurrentPlan).containsExactly(
                tuple(youthCare.taskId(), true),
                tuple(mentalHealth.taskId(), false));
        assertThat(view.notices().get(0).notices()).extracting(CaseState.TaskNotice::kind)
                .containsExactly(NoticeKind.HELP_STARTED, NoticeKind.NO_SHOWS);
        assertThat(view.notices().get(1).notices()).extracting(CaseState.TaskNotice::kind)
                .containsExactly(NoticeKind.HELP_STARTED, NoticeKind.HELP_STOPPED_EARLY);
        assertThat(view.stagnationSignals()).as("the revision acted on the early stop, not on the later no-shows")
                .extracting(CaseState.Signal::kind).containsExactly(NoticeKind.NO_SHOWS);
        assertThat(view.plan().tasks()).as("a notice does not change the plan").extracting(PlanTask::status)
                .containsOnly(TaskStatus.PLANNED);
    }

    @Test
    void aCaseWithoutNoticesShowsNone() {
        events.add(report(caseId, List.of(person(PersonRole.VICTIM, "Anna Jansen", LocalDate.of(1990, 2, 3)))));

        FamilyPlanView view = FamilyPlanView.of(caseId, CaseState.of(events.all()), START);

        assertThat(view.notices()).isEmpty();
        assertThat(view.stagnationSignals()).isEmpty();
    }
}
