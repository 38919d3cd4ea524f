package nl.hgk.ledger.command.cases;

import static nl.hgk.ledger.command.cases.CaseTestData.CASE_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.COORDINATOR;
import static nl.hgk.ledger.command.cases.CaseTestData.IMPOSED_ON;
import static nl.hgk.ledger.command.cases.CaseTestData.ON_IMPOSITION_DAY;
import static nl.hgk.ledger.command.cases.CaseTestData.VICTIM_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.caseClosed;
import static nl.hgk.ledger.command.cases.CaseTestData.caseOpened;
import static nl.hgk.ledger.command.cases.CaseTestData.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.command.audit.Actors;
import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.audit.OrganisationType;
import nl.hgk.ledger.events.coordination.Consent;
import nl.hgk.ledger.events.coordination.ConsentDecision;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.coordination.FamilyPlan;
import nl.hgk.ledger.events.coordination.FamilyPlanAdopted;
import nl.hgk.ledger.events.coordination.FamilyPlanRevised;
import nl.hgk.ledger.events.coordination.Goal;
import nl.hgk.ledger.events.coordination.LifeDomain;
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
import nl.hgk.ledger.events.delivery.OtherPartyProposed;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The six notices of the organisation that owns a task of the family plan to the coordinator (B2 §2.3): each is
 * recorded when its owner gives it, refused to anyone else, and refused where the order of the help does not allow it.
 * A notice records only itself: no time limit starts or stops (the events are expected exactly).
 */
class CaseCareDeliveryTest {

    private static final String JEUGDHULP = "Jeugdhulp Hollands Midden";
    private static final UUID YOUTH_CARE_TASK = UUID.fromString("c1a5e3d0-0000-4000-8000-0000000000a1");
    private static final UUID HOME_VISIT_TASK = UUID.fromString("c1a5e3d0-0000-4000-8000-0000000000a2");
    private static final UUID NO_SUCH_TASK = UUID.fromString("c1a5e3d0-0000-4000-8000-0000000000ff");
    private static final LocalDate STARTED_ON = IMPOSED_ON.minusDays(7);

    /** a professional of the care provider that owns {@link #YOUTH_CARE_TASK} */
    private static final LedgerUser PROVIDER = new LedgerUser("j.smit", ActorRole.CASE_WORKER, JEUGDHULP, "VT10",
            OrganisationType.PROVIDER);
    /** a colleague of {@link #PROVIDER}, standing in */
    private static final LedgerUser COLLEAGUE = new LedgerUser("k.mulder", ActorRole.CASE_WORKER, JEUGDHULP, "VT10",
            OrganisationType.PROVIDER);
    /** a care provider of the case that owns no task of the plan */
    private static final LedgerUser OTHER_PROVIDER = new LedgerUser("r.vos", ActorRole.CASE_WORKER,
            "GGZ Rivierduinen", "VT10", OrganisationType.PROVIDER);
    private static final LedgerUser POLICE = new LedgerUser("agent.de.boer", ActorRole.CASE_WORKER,
            "Politie Hollands Midden", "VT10", OrganisationType.POLICE);

    private final FixtureConfiguration<Case> fixture = FixtureClock.caseFixture();

    private static FamilyPlan plan(String youthCareOwner) {
        return new FamilyPlan(List.of(new Goal(LifeDomain.PARENTING, "parenting support")),
                List.of(new PlanTask(YOUTH_CARE_TASK, "ambulant youth care", youthCareOwner,
                                IMPOSED_ON.plusWeeks(8), TaskStatus.PLANNED),
                        new PlanTask(HOME_VISIT_TASK, "weekly home visit", COORDINATOR.organisation(),
                                IMPOSED_ON.plusWeeks(6), TaskStatus.PLANNED)),
                List.of(), List.of(IMPOSED_ON.plusMonths(3)),
                CaseTestData.householdConsents());
    }

    /** events 0 to 2: the case, its coordinator, a plan whose youth care task {@link #PROVIDER}'s organisation owns */
    private static Object[] withPlan(Object... more) {
        List<Object> events = new ArrayList<>(List.of(caseOpened(), new CoordinatorAppointed(CASE_ID,
                COORDINATOR), new FamilyPlanAdopted(CASE_ID, 1, plan(JEUGDHULP))));
        events.addAll(List.of(more));
        return events.toArray();
    }

    private static HelpStarted started() {
        return new HelpStarted(CASE_ID, YOUTH_CARE_TASK, STARTED_ON, PROVIDER.name(), COORDINATOR);
    }

    private static MetaData by(LedgerUser user) {
        return Actors.of(user, null);
    }

    // --- the six notices, given by the owner ----------------------------------------------------------------------

    @Test
    void theStartOfTheHelpNamesWhoGivesIt() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(withPlan())
                .when(new NotifyHelpStarted(CASE_ID, YOUTH_CARE_TASK, STARTED_ON, null, null), by(PROVIDER))
                .expectEvents(started())
                .expectResultMessagePayload(3L);
    }

    @Test
    void theStartMayNameAnotherProfessionalOfTheOrganisation() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(withPlan())
                .when(new NotifyHelpStarted(CASE_ID, YOUTH_CARE_TASK, IMPOSED_ON, "a.bos", null), by(PROVIDER))
                .expectEvents(new HelpStarted(CASE_ID, YOUTH_CARE_TASK, IMPOSED_ON, "a.bos", COORDINATOR));
    }

    @Test
    void aColleagueOfTheOwnerMayGiveANotice() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(withPlan(started()))
                .when(new NotifyHelpEnded(CASE_ID, YOUTH_CARE_TASK, IMPOSED_ON, HelpEffect.GOALS_ACHIEVED, null),
                        by(COLLEAGUE))
                .expectEvents(new HelpEnded(CASE_ID, YOUTH_CARE_TASK, IMPOSED_ON, HelpEffect.GOALS_ACHIEVED,
                        COORDINATOR));
    }

    @Test
    void theEndOfTheHelpIsToldWithItsEffect() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(withPlan(started()))
                .when(new NotifyHelpEnded(CASE_ID, YOUTH_CARE_TASK, STARTED_ON, HelpEffect.GOALS_PARTLY_ACHIEVED,
                        null), by(PROVIDER))
                .expectEvents(new HelpEnded(CASE_ID, YOUTH_CARE_TASK, STARTED_ON, HelpEffect.GOALS_PARTLY_ACHIEVED,
                        COORDINATOR))
                .expectResultMessagePayload(4L);
    }

    @Test
    void anEarlyStopIsToldWithItsCause() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(withPlan(started()))
                .when(new NotifyHelpStoppedEarly(CASE_ID, YOUTH_CARE_TASK, IMPOSED_ON,
                        EarlyStopCause.CLIENT_STOPPED, null), by(PROVIDER))
                .expectEvents(new HelpStoppedEarly(CASE_ID, YOUTH_CARE_TASK, IMPOSED_ON, EarlyStopCause.CLIENT_STOPPED,
                        COORDINATOR));
    }

    @Test
    void noShowsMayBeToldBeforeTheHelpCouldStart() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(withPlan())
                .when(new NotifyNoShows(CASE_ID, YOUTH_CARE_TASK, 3,
                        Set.of(NoShowCause.CARE_AVOIDANCE, NoShowCause.PRESSURE_FROM_HOUSEHOLD), null), by(PROVIDER))
                .expectEvents(new NoShowsReported(CASE_ID, YOUTH_CARE_TASK, 3,
                        Set.of(NoShowCause.CARE_AVOIDANCE, NoShowCause.PRESSURE_FROM_HOUSEHOLD), COORDINATOR));
    }

    @Test
    void noShowsAreToldAgainWhileTheHelpGoesOn() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(withPlan(started(), new NoShowsReported(CASE_ID,
                        YOUTH_CARE_TASK, 2, Set.of(NoShowCause.UNKNOWN), COORDINATOR)))
                .when(new NotifyNoShows(CASE_ID, YOUTH_CARE_TASK, 2, Set.of(NoShowCause.ILLNESS), null), by(PROVIDER))
                .expectEvents(new NoShowsReported(CASE_ID, YOUTH_CARE_TASK, 2, Set.of(NoShowCause.ILLNESS),
                        COORDINATOR));
    }

    @Test
    void aTransferNamesThePreviousAndTheNextProfessional() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(withPlan(started()))
                .when(new NotifyClientTransferred(CASE_ID, YOUTH_CARE_TASK, "k.mulder", null), by(PROVIDER))
                .expectEvents(new ClientTransferred(CASE_ID, YOUTH_CARE_TASK, PROVIDER.name(), "k.mulder",
                        COORDINATOR));
    }

    @Test
    void aSecondTransferStartsFromTheProfessionalOfTheFirst() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(withPlan(started(), new ClientTransferred(CASE_ID,
                        YOUTH_CARE_TASK, PROVIDER.name(), "k.mulder", COORDINATOR)))
                .when(new NotifyClientTransferred(CASE_ID, YOUTH_CARE_TASK, "a.bos", null), by(COLLEAGUE))
                .expectEvents(new ClientTransferred(CASE_ID, YOUTH_CARE_TASK, "k.mulder", "a.bos", COORDINATOR));
    }

    @Test
    void aProposalNamesTheOtherPartyAndTheFormOfHelp() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(withPlan())
                .when(new ProposeOtherParty(CASE_ID, YOUTH_CARE_TASK, "GGZ Rivierduinen", FormOfHelp.MENTAL_HEALTH_CARE,
                        null), by(PROVIDER))
                .expectEvents(new OtherPartyProposed(CASE_ID, YOUTH_CARE_TASK, "GGZ Rivierduinen",
                        FormOfHelp.MENTAL_HEALTH_CARE, COORDINATOR));
    }

    @Test
    void theCoordinatorsOwnOrganisationGivesTheNoticesOfItsOwnTask() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(withPlan())
                .when(new NotifyHelpStarted(CASE_ID, HOME_VISIT_TASK, IMPOSED_ON, null, null),
                        by(FixtureActors.COORDINATOR))
                .expectEvents(new HelpStarted(CASE_ID, HOME_VISIT_TASK, IMPOSED_ON, COORDINATOR.userId(), COORDINATOR));
    }

    @Test
    void aTaskGivenToAnotherOwnerStartsItsHelpAnew() {
        FamilyPlanRevised toOtherProvider = new FamilyPlanRevised(CASE_ID, 2, plan(OTHER_PROVIDER.organisation()));
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(withPlan(started(),
                        new HelpStoppedEarly(CASE_ID, YOUTH_CARE_TASK, IMPOSED_ON, EarlyStopCause.HELP_DOES_NOT_FIT,
                                COORDINATOR), toOtherProvider))
                .when(new NotifyHelpStarted(CASE_ID, YOUTH_CARE_TASK, IMPOSED_ON, null, null), by(OTHER_PROVIDER))
                .expectEvents(new HelpStarted(CASE_ID, YOUTH_CARE_TASK, IMPOSED_ON, OTHER_PROVIDER.name(),
                        COORDINATOR));
    }

    @Test
    void theLedgerItselfIsNoPartyToRefuse() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(withPlan())
                .when(new NotifyHelpStarted(CASE_ID, YOUTH_CARE_TASK, IMPOSED_ON, "j.smit", null),
                        by(LedgerUser.SYSTEM))
                .expectEvents(new HelpStarted(CASE_ID, YOUTH_CARE_TASK, IMPOSED_ON, "j.smit", COORDINATOR));
    }

    // --- who gives a notice ---------------------------------------------------------------------------------------

    /** one of each notice, valid once the help started */
    static Stream<NotifyCoordinator> everyNotice() {
        return Stream.of(
                new NotifyHelpStarted(CASE_ID, YOUTH_CARE_TASK, IMPOSED_ON, null, null),
                new NotifyHelpEnded(CASE_ID, YOUTH_CARE_TASK, IMPOSED_ON, HelpEffect.GOALS_ACHIEVED, null),
                new NotifyHelpStoppedEarly(CASE_ID, YOUTH_CARE_TASK, IMPOSED_ON, EarlyStopCause.CLIENT_MOVED, null),
                new NotifyNoShows(CASE_ID, YOUTH_CARE_TASK, 2, Set.of(NoShowCause.UNKNOWN), null),
                new NotifyClientTransferred(CASE_ID, YOUTH_CARE_TASK, "k.mulder", null),
                new ProposeOtherParty(CASE_ID, YOUTH_CARE_TASK, "Schuldhulp Leiden", FormOfHelp.DEBT_COUNSELLING,
                        null));
    }

    @ParameterizedTest
    @MethodSource("everyNotice")
    void aNoticeFromAnotherOrganisationThanTheTasksOwnerIsRefused(NotifyCoordinator notice) {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(withPlan())
                .when(notice, by(OTHER_PROVIDER))
                .expectException(refusedWith(Refusal.NOT_THE_TASK_OWNER))
                .expectNoEvents();
    }

    @ParameterizedTest
    @MethodSource("everyNotice")
    void theCoordinatorDoesNotGiveTheNoticesOfAProvidersTask(NotifyCoordinator notice) {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(withPlan())
                .when(notice, by(FixtureActors.COORDINATOR))
                .expectException(refusedWith(Refusal.NOT_THE_TASK_OWNER))
                .expectNoEvents();
    }

    @Test
    void aNoticeIsNoStepOfThePolice() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(withPlan())
                .when(new NotifyHelpStarted(CASE_ID, YOUTH_CARE_TASK, IMPOSED_ON, null, null), by(POLICE))
                .expectException(refusedWith(Refusal.OUTSIDE_CAPACITY))
                .expectNoEvents();
    }

    @Test
    void aNoticeOnlyTheOldOwnerCouldGiveIsRefusedOnceThePlanMovedTheTask() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(withPlan(new FamilyPlanRevised(CASE_ID, 2,
                        plan(OTHER_PROVIDER.organisation()))))
                .when(new NotifyHelpStarted(CASE_ID, YOUTH_CARE_TASK, IMPOSED_ON, null, null), by(PROVIDER))
                .expectException(refusedWith(Refusal.NOT_THE_TASK_OWNER))
                .expectNoEvents();
    }

    // --- which task -----------------------------------------------------------------------------------------------

    @Test
    void aNoticeBeforeThereIsAPlanIsRefused() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(caseOpened(), new CoordinatorAppointed(CASE_ID,
                        COORDINATOR))
                .when(new NotifyHelpStarted(CASE_ID, YOUTH_CARE_TASK, IMPOSED_ON, null, null), by(PROVIDER))
                .expectException(refusedWith(Refusal.NO_PLAN))
                .expectNoEvents();
    }

    @Test
    void aNoticeAboutATaskThePlanDoesNotHoldIsRefused() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(withPlan())
                .when(new NotifyHelpStarted(CASE_ID, NO_SUCH_TASK, IMPOSED_ON, null, null), by(PROVIDER))
                .expectException(refusedWith(Refusal.UNKNOWN_TASK))
                .expectNoEvents();
    }

    @Test
    void aNoticeOnAClosedCaseIsRefused() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(withPlan(started(), caseClosed()))
                .when(new NotifyHelpEnded(CASE_ID, YOUTH_CARE_TASK, IMPOSED_ON, HelpEffect.GOALS_ACHIEVED, null),
                        by(PROVIDER))
                .expectException(refusedWith(Refusal.CASE_CLOSED))
                .expectNoEvents();
    }

    // --- the order of the help ------------------------------------------------------------------------------------

    @Test
    void aSecondStartIsRefused() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(withPlan(started()))
                .when(new NotifyHelpStarted(CASE_ID, YOUTH_CARE_TASK, IMPOSED_ON, null, null), by(PROVIDER))
                .expectException(refusedWith(Refusal.HELP_ALREADY_STARTED))
                .expectNoEvents();
    }

    static Stream<NotifyCoordinator> noticesAfterTheStart() {
        return Stream.of(
                new NotifyHelpEnded(CASE_ID, YOUTH_CARE_TASK, IMPOSED_ON, HelpEffect.GOALS_ACHIEVED, null),
                new NotifyHelpStoppedEarly(CASE_ID, YOUTH_CARE_TASK, IMPOSED_ON, EarlyStopCause.CLIENT_MOVED, null),
                new NotifyClientTransferred(CASE_ID, YOUTH_CARE_TASK, "k.mulder", null));
    }

    @ParameterizedTest
    @MethodSource("noticesAfterTheStart")
    void anEndAStopOrATransferBeforeTheStartWasToldIsRefused(NotifyCoordinator notice) {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(withPlan())
                .when(notice, by(PROVIDER))
                .expectException(refusedWith(Refusal.HELP_NOT_STARTED))
                .expectNoEvents();
    }

    @ParameterizedTest
    @MethodSource("everyNotice")
    void nothingIsToldAfterTheHelpEnded(NotifyCoordinator notice) {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(withPlan(started(), new HelpEnded(CASE_ID,
                        YOUTH_CARE_TASK, IMPOSED_ON, HelpEffect.GOALS_ACHIEVED, COORDINATOR)))
                .when(notice, by(PROVIDER))
                .expectException(refusedWith(Refusal.HELP_ALREADY_ENDED))
                .expectNoEvents();
    }

    @ParameterizedTest
    @MethodSource("everyNotice")
    void nothingIsToldAfterTheHelpStoppedEarly(NotifyCoordinator notice) {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(withPlan(started(), new HelpStoppedEarly(CASE_ID,
                        YOUTH_CARE_TASK, IMPOSED_ON, EarlyStopCause.CLIENT_UNREACHABLE, COORDINATOR)))
                .when(notice, by(PROVIDER))
                .expectException(refusedWith(Refusal.HELP_ALREADY_ENDED))
                .expectNoEvents();
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(withPlan(started()))
                .when(new NotifyHelpEnded(CASE_ID, YOUTH_CARE_TASK, STARTED_ON.minusDays(1),
                        HelpEffect.GOALS_ACHIEVED, null), by(PROVIDER))
                .expectException(refusedWith(Refusal.HELP_ENDED_BEFORE_START))
                .expectNoEvents();
    }

    @Test
    void anEarlyStopBeforeTheStartIsRefused() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(withPlan(started()))
                .when(new NotifyHelpStoppedEarly(CASE_ID, YOUTH_CARE_TASK, STARTED_ON.minusDays(1),
                        EarlyStopCause.OTHER, null), by(PROVIDER))
                .expectException(refusedWith(Refusal.HELP_ENDED_BEFORE_START))
                .expectNoEvents();
    }

    static Stream<NotifyCoordinator> noticesDatedTomorrow() {
        LocalDate tomorrow = IMPOSED_ON.plusDays(1);
        return Stream.of(
                new NotifyHelpStarted(CASE_ID, HOME_VISIT_TASK, tomorrow, null, null),
                new NotifyHelpEnded(CASE_ID, YOUTH_CARE_TASK, tomorrow, HelpEffect.GOALS_ACHIEVED, null),
                new NotifyHelpStoppedEarly(CASE_ID, YOUTH_CARE_TASK, tomorrow, EarlyStopCause.CLIENT_MOVED, null));
    }

    @ParameterizedTest
    @MethodSource("noticesDatedTomorrow")
    void aStartEndOrStopStillToComeIsRefused(NotifyCoordinator notice) {
        LedgerUser owner = notice.taskId().equals(HOME_VISIT_TASK) ? FixtureActors.COORDINATOR : PROVIDER;
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(withPlan(started()))
                .when(notice, by(owner))
                .expectException(refusedWith(Refusal.DATE_IN_FUTURE))
                .expectNoEvents();
    }

    @Test
    void oneMissedAppointmentIsNoRepeatedNoShow() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(withPlan())
                .when(new NotifyNoShows(CASE_ID, YOUTH_CARE_TASK, 1, Set.of(NoShowCause.ILLNESS), null), by(PROVIDER))
                .expectException(refusedWith(Refusal.NO_SHOWS_NOT_REPEATED))
                .expectNoEvents();
    }

    @Test
    void noShowsWithoutAPossibleCauseAreRefused() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(withPlan())
                .when(new NotifyNoShows(CASE_ID, YOUTH_CARE_TASK, 2, Set.of(), null), by(PROVIDER))
                .expectException(refusedWith(Refusal.NO_SHOW_CAUSE_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void aTransferToTheProfessionalWhoGivesTheHelpIsRefused() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(withPlan(started()))
                .when(new NotifyClientTransferred(CASE_ID, YOUTH_CARE_TASK, PROVIDER.name(), null), by(COLLEAGUE))
                .expectException(refusedWith(Refusal.PROFESSIONAL_UNCHANGED))
                .expectNoEvents();
    }

    @Test
    void aProposalNamingTheTasksOwnOrganisationIsRefused() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(withPlan())
                .when(new ProposeOtherParty(CASE_ID, YOUTH_CARE_TASK, JEUGDHULP, FormOfHelp.YOUTH_CARE, null),
                        by(PROVIDER))
                .expectException(refusedWith(Refusal.PROPOSAL_NAMES_THE_TASK_OWNER))
                .expectNoEvents();
    }

    @Test
    void refusingANoticeToAnotherOrganisationIsAboutWhoActs() {
        assertThat(Refusal.NOT_THE_TASK_OWNER.aboutWhoActs()).isTrue();
        assertThat(Refusal.HELP_ALREADY_ENDED.aboutWhoActs()).isFalse();
    }
}
