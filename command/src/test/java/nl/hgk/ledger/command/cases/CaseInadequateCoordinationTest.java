package nl.hgk.ledger.command.cases;

import static nl.hgk.ledger.command.cases.CaseTestData.CASE_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.caseOpened;
import static nl.hgk.ledger.command.cases.CaseTestData.coordinatorAppointed;
import static nl.hgk.ledger.command.cases.CaseTestData.refusedWith;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.command.audit.Actors;
import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.audit.OrganisationType;
import nl.hgk.ledger.events.coordination.FamilyPlan;
import nl.hgk.ledger.events.coordination.FamilyPlanAdopted;
import nl.hgk.ledger.events.coordination.PlanTask;
import nl.hgk.ledger.events.coordination.ProcessDirectorAppointed;
import nl.hgk.ledger.events.coordination.TaskStatus;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.deadlines.TimeLimitSet;
import nl.hgk.ledger.events.escalation.CareOrdered;
import nl.hgk.ledger.events.escalation.EscalationRaised;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.events.escalation.InadequateCoordinationReported;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/**
 * Seed 000 B2 §5.1.5: a professional of a party directly involved in the plan, not the coordinator, who finds that help
 * fails to come because coordination falls short, and whose request to the coordinator did not help, reports it to the
 * Meldpunt; the case is at step 4, and the Meldpunt appoints a process director within 2 working days, who assigns
 * coordination anew.
 */
class CaseInadequateCoordinationTest {

    /** Thursday 17 April 2025, 10:00 in Amsterdam */
    private static final Instant NOW = Instant.parse("2025-04-17T08:00:00Z");
    private static final LocalDate RAISED_ON = LocalDate.of(2025, 4, 10);
    /* Goede Vrijdag and Tweede Paasdag do not count: the second working day is Wednesday 23 April */
    private static final Instant PROCESS_DIRECTOR_DUE = Instant.parse("2025-04-23T22:00:00Z");
    private static final String CONCERN = "de regisseur roept al zes weken geen overleg bijeen";
    private static final String PROVIDER_ORGANISATION = "GGZ Rivierduinen";
    private static final LedgerUser PROVIDER = new LedgerUser("h.bos", ActorRole.CASE_WORKER, PROVIDER_ORGANISATION,
            "VT10", OrganisationType.PROVIDER);
    private static final LedgerUser UNINVOLVED = new LedgerUser("j.kok", ActorRole.CASE_WORKER, "Jeugdhulp Leiden",
            "VT10", OrganisationType.PROVIDER);

    private final FixtureConfiguration<Case> fixture = FixtureClock.caseFixture();

    /** a plan with a task of the provider: the provider is involved in carrying it out */
    private static FamilyPlanAdopted planWithTheProvidersTask() {
        return new FamilyPlanAdopted(CASE_ID, 1, new FamilyPlan(List.of(), List.of(new PlanTask(
                UUID.fromString("c1a5e3d0-0000-4000-8000-000000000009"), "behandeling moeder", PROVIDER_ORGANISATION,
                LocalDate.of(2025, 6, 1), TaskStatus.STARTED)), List.of(), List.of(), List.of()));
    }

    private static ReportInadequateCoordination report() {
        return new ReportInadequateCoordination(CASE_ID, RAISED_ON, CONCERN, null);
    }

    @Test
    void aProviderWithATaskReportsInadequateCoordinationAndTheCaseIsAtStepFour() {
        fixture.givenCurrentTime(NOW)
                .andGiven(caseOpened(), coordinatorAppointed(), planWithTheProvidersTask())
                .when(report(), Actors.of(PROVIDER, null))
                .expectEvents(new InadequateCoordinationReported(CASE_ID, RAISED_ON, CONCERN, null),
                        new TimeLimitSet(CASE_ID, TimeLimit.PROCESS_DIRECTOR, null, PROCESS_DIRECTOR_DUE))
                .expectScheduledDeadline(PROCESS_DIRECTOR_DUE,
                        new TimeLimits.Due(TimeLimit.PROCESS_DIRECTOR, null, PROCESS_DIRECTOR_DUE))
                .expectResultMessagePayload(4L);
    }

    @Test
    void theReportCarriesTheStepTheCaseWasAt() {
        fixture.givenCurrentTime(NOW)
                .andGiven(caseOpened(), coordinatorAppointed(), planWithTheProvidersTask(),
                        new EscalationRaised(CASE_ID, EscalationStep.CASE_CONFERENCE, null, "spoed"))
                .when(report(), Actors.of(PROVIDER, null))
                .expectEventsMatching(CaseTestData.eventsBesidesTimeLimits(new InadequateCoordinationReported(CASE_ID,
                        RAISED_ON, CONCERN, EscalationStep.CASE_CONFERENCE)));
    }

    @Test
    void anOrganisationThatActedOnTheCaseIsInvolved() {
        Object byTheProvider = GenericEventMessage.asEventMessage(
                new EscalationRaised(CASE_ID, EscalationStep.ADVICE, null, null)).andMetaData(Actors.of(PROVIDER, null));
        fixture.givenCurrentTime(NOW)
                .andGiven(caseOpened(), coordinatorAppointed(), byTheProvider)
                .when(report(), Actors.of(PROVIDER, null))
                .expectEventsMatching(CaseTestData.eventsBesidesTimeLimits(new InadequateCoordinationReported(CASE_ID,
                        RAISED_ON, CONCERN, EscalationStep.ADVICE)));
    }

    @Test
    void aPartyOrderedToDeliverCareIsInvolved() {
        fixture.givenCurrentTime(NOW)
                .andGiven(caseOpened(), coordinatorAppointed(),
                        new CareOrdered(CASE_ID, UUID.randomUUID(), PROVIDER_ORGANISATION, "behandeling",
                                LocalDate.of(2025, 6, 1)))
                .when(report(), Actors.of(PROVIDER, null))
                .expectEventsMatching(CaseTestData.eventsBesidesTimeLimits(
                        new InadequateCoordinationReported(CASE_ID, RAISED_ON, CONCERN, null)));
    }

    @Test
    void anOrganisationNotInvolvedIsRefused() {
        fixture.givenCurrentTime(NOW)
                .andGiven(caseOpened(), coordinatorAppointed(), planWithTheProvidersTask())
                .when(report(), Actors.of(UNINVOLVED, null))
                .expectException(refusedWith(Refusal.NOT_INVOLVED))
                .expectNoEvents();
    }

    @Test
    void theCoordinatingOrganisationIsRefused() {
        fixture.givenCurrentTime(NOW)
                .andGiven(caseOpened(), coordinatorAppointed(), planWithTheProvidersTask())
                .when(report(), Actors.of(FixtureActors.COORDINATOR, null))
                .expectException(refusedWith(Refusal.OWN_COORDINATION))
                .expectNoEvents();
    }

    @Test
    void aCaseWithoutACoordinatorIsRefused() {
        fixture.givenCurrentTime(NOW)
                .andGiven(caseOpened(), planWithTheProvidersTask())
                .when(report(), Actors.of(PROVIDER, null))
                .expectException(refusedWith(Refusal.NO_COORDINATOR))
                .expectNoEvents();
    }

    @Test
    void raisedWithTheCoordinatorOnADayStillToComeIsRefused() {
        fixture.givenCurrentTime(NOW)
                .andGiven(caseOpened(), coordinatorAppointed(), planWithTheProvidersTask())
                .when(new ReportInadequateCoordination(CASE_ID, LocalDate.of(2025, 4, 18), CONCERN, null),
                        Actors.of(PROVIDER, null))
                .expectException(refusedWith(Refusal.DATE_IN_FUTURE))
                .expectNoEvents();
    }

    @Test
    void raisedWithTheCoordinatorTodayIsRecorded() {
        fixture.givenCurrentTime(NOW)
                .andGiven(caseOpened(), coordinatorAppointed(), planWithTheProvidersTask())
                .when(new ReportInadequateCoordination(CASE_ID, LocalDate.of(2025, 4, 17), CONCERN, null),
                        Actors.of(PROVIDER, null))
                .expectEventsMatching(CaseTestData.eventsBesidesTimeLimits(new InadequateCoordinationReported(CASE_ID,
                        LocalDate.of(2025, 4, 17), CONCERN, null)));
    }

    @Test
    void aCaseAlreadyAtStepFourIsRefused() {
        fixture.givenCurrentTime(NOW)
                .andGiven(caseOpened(), coordinatorAppointed(), planWithTheProvidersTask(),
                        new EscalationRaised(CASE_ID, EscalationStep.PROCESS_DIRECTOR, null, "spoed"))
                .when(report(), Actors.of(PROVIDER, null))
                .expectException(refusedWith(Refusal.PROCESS_DIRECTION_UNDER_WAY))
                .expectNoEvents();
    }

    @Test
    void theMeldpuntAppointsAProcessDirectorAfterTheReport() {
        fixture.givenCurrentTime(NOW)
                .andGiven(caseOpened(), coordinatorAppointed(), planWithTheProvidersTask(),
                        new InadequateCoordinationReported(CASE_ID, RAISED_ON, CONCERN, null))
                .when(new AppointProcessDirector(CASE_ID, ProcessDirectionTestData.DIRECTOR, null))
                .expectEventsMatching(CaseTestData.eventsBesidesTimeLimits(
                        new ProcessDirectorAppointed(CASE_ID,
                                ProcessDirectionTestData.DIRECTOR)));
    }
}
