package nl.hgk.ledger.command.cases;

import static nl.hgk.ledger.command.cases.CaseTestData.CASE_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.caseOpened;
import static nl.hgk.ledger.command.cases.CaseTestData.coordinatorAppointed;
import static nl.hgk.ledger.command.cases.CaseTestData.eventsBesidesTimeLimits;
import static nl.hgk.ledger.command.cases.CaseTestData.refusedWith;
import static nl.hgk.ledger.command.cases.CaseTestData.withReason;
import static nl.hgk.ledger.command.cases.ProcessDirectionTestData.OTHER_MELDPUNT;
import static nl.hgk.ledger.command.cases.ProcessDirectionTestData.atStepFourWithProcessDirector;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.command.audit.Actors;
import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.audit.OrganisationType;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.deadlines.TimeLimitCleared;
import nl.hgk.ledger.events.deadlines.TimeLimitOutcome;
import nl.hgk.ledger.events.deadlines.TimeLimitSet;
import nl.hgk.ledger.events.escalation.AdministrativeDecisionConfirmed;
import nl.hgk.ledger.events.escalation.AdministrativeDecisionTaken;
import nl.hgk.ledger.events.escalation.CareMeetingCalled;
import nl.hgk.ledger.events.escalation.EscalatedToMeldpuntManager;
import nl.hgk.ledger.events.escalation.EscalationRaised;
import nl.hgk.ledger.events.escalation.EscalationResolved;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.events.escalation.PartyManagersConsulted;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/**
 * Step 5 as seed 000 B2 §5.2.4 writes it: not a step anyone raises after step 4, but the process director's option
 * inside it in a severe situation or when a care meeting will not help: consult the managers of the parties directly
 * (back to step 3's level), or escalate with the bottleneck and advice to the manager of the Meldpunt, after which the
 * client's municipality decides and confirms in writing within 24 hours.
 */
class CaseStepFiveTest {

    /** Thursday 17 April 2025, 10:00 in Amsterdam */
    private static final Instant NOW = Instant.parse("2025-04-17T08:00:00Z");
    /* Goede Vrijdag and Tweede Paasdag do not count: the second working day is Wednesday 23 April */
    private static final Instant TWO_WORKING_DAYS = Instant.parse("2025-04-23T22:00:00Z");
    private static final String BOTTLENECK = "geen aanbieder neemt de gezinsbehandeling op zich";
    private static final String ADVICE = "de gemeente wijst de GGZ-aanbieder aan en financiert de behandeling";
    private static final UUID DECISION_ID = UUID.fromString("dec15104-0000-4000-8000-000000000001");
    private static final LedgerUser MUNICIPALITY_OF_DORDRECHT = new LedgerUser("wethouder.dordrecht",
            ActorRole.CASE_WORKER, "Gemeente Dordrecht", "VT24", OrganisationType.MUNICIPALITY, "GM0505", Set.of());

    private final FixtureConfiguration<Case> fixture = FixtureClock.caseFixture();

    private static EscalatedToMeldpuntManager escalated() {
        return new EscalatedToMeldpuntManager(CASE_ID, BOTTLENECK, ADVICE);
    }

    // --- to the manager of the Meldpunt ---------------------------------------------------------------------------

    @Test
    void theProcessDirectorEscalatesToTheManagerOfTheMeldpunt() {
        fixture.givenCurrentTime(NOW)
                .andGiven(atStepFourWithProcessDirector())
                .when(new EscalateToMeldpuntManager(CASE_ID, BOTTLENECK, ADVICE, null))
                .expectEvents(escalated())
                .expectResultMessagePayload(4L);
    }

    @Test
    void atStepFiveTheClientsMunicipalityDecidesAndConfirms() {
        Instant decidedAt = NOW.minusSeconds(3600);
        fixture.givenCurrentTime(NOW)
                .andGiven(atStepFourWithProcessDirector())
                .andGiven(escalated())
                .andGivenCommands(GenericCommandMessage.asCommandMessage(new RecordAdministrativeDecision(CASE_ID,
                        DECISION_ID, decidedAt, "GGZ Rivierduinen start deze week", null)))
                .when(new ConfirmAdministrativeDecision(CASE_ID, DECISION_ID, null))
                .expectEvents(new AdministrativeDecisionConfirmed(CASE_ID, DECISION_ID),
                        new TimeLimitCleared(CASE_ID, TimeLimit.WRITTEN_CONFIRMATION, DECISION_ID.toString(),
                                decidedAt.plusSeconds(24 * 3600), TimeLimitOutcome.MET));
    }

    @Test
    void aDecisionOfAnotherMunicipalityIsRefused() {
        fixture.givenCurrentTime(NOW)
                .andGiven(atStepFourWithProcessDirector())
                .andGiven(escalated())
                .when(new RecordAdministrativeDecision(CASE_ID, DECISION_ID, NOW, "jeugdhulp start direct", null),
                        Actors.of(MUNICIPALITY_OF_DORDRECHT, null))
                .expectException(refusedWith(Refusal.NOT_THE_CLIENTS_MUNICIPALITY))
                .expectNoEvents();
    }

    @Test
    void aConfirmationByAnotherMunicipalityIsRefused() {
        fixture.givenCurrentTime(NOW)
                .andGiven(atStepFourWithProcessDirector())
                .andGiven(escalated(), new AdministrativeDecisionTaken(CASE_ID, DECISION_ID, NOW, "jeugdhulp start"))
                .when(new ConfirmAdministrativeDecision(CASE_ID, DECISION_ID, null),
                        Actors.of(MUNICIPALITY_OF_DORDRECHT, null))
                .expectException(refusedWith(Refusal.NOT_THE_CLIENTS_MUNICIPALITY))
                .expectNoEvents();
    }

    @Test
    void escalatingBeforeStepFourIsRefused() {
        fixture.givenCurrentTime(NOW)
                .andGiven(caseOpened(), coordinatorAppointed(),
                        new EscalationRaised(CASE_ID, EscalationStep.MANAGEMENT, null, "kinderen onveilig"))
                .when(new EscalateToMeldpuntManager(CASE_ID, BOTTLENECK, ADVICE, null))
                .expectException(refusedWith(Refusal.NOT_AT_PROCESS_DIRECTOR_STEP))
                .expectNoEvents();
    }

    @Test
    void escalatingAgainAtStepFiveIsRefused() {
        fixture.givenCurrentTime(NOW)
                .andGiven(atStepFourWithProcessDirector())
                .andGiven(escalated())
                .when(new EscalateToMeldpuntManager(CASE_ID, BOTTLENECK, ADVICE, null))
                .expectException(refusedWith(Refusal.NOT_AT_PROCESS_DIRECTOR_STEP))
                .expectNoEvents();
    }

    @Test
    void escalatingBeforeAProcessDirectorIsAppointedIsRefused() {
        fixture.givenCurrentTime(NOW)
                .andGiven(caseOpened(), coordinatorAppointed(),
                        new EscalationRaised(CASE_ID, EscalationStep.PROCESS_DIRECTOR, null, "kinderen onveilig"))
                .when(new EscalateToMeldpuntManager(CASE_ID, BOTTLENECK, ADVICE, null))
                .expectException(refusedWith(Refusal.NO_PROCESS_DIRECTOR))
                .expectNoEvents();
    }

    @Test
    void escalatingByAnotherMeldpuntIsRefused() {
        fixture.givenCurrentTime(NOW)
                .andGiven(atStepFourWithProcessDirector())
                .when(new EscalateToMeldpuntManager(CASE_ID, BOTTLENECK, ADVICE, null), Actors.of(OTHER_MELDPUNT, null))
                .expectException(refusedWith(Refusal.NOT_THE_PROCESS_DIRECTOR))
                .expectNoEvents();
    }

    @Test
    void stepFiveIsResolvedByTheProcessDirector() {
        fixture.givenCurrentTime(NOW)
                .andGiven(atStepFourWithProcessDirector())
                .andGiven(escalated())
                .when(new ResolveEscalation(CASE_ID, null), Actors.of(FixtureActors.MELDPUNT, null))
                .expectEvents(new EscalationResolved(CASE_ID, EscalationStep.ADMINISTRATIVE));
    }

    // --- the managers of the parties ------------------------------------------------------------------------------

    @Test
    void theProcessDirectorConsultsTheManagersOfTheParties() {
        fixture.givenCurrentTime(NOW)
                .andGiven(atStepFourWithProcessDirector())
                .when(new ConsultPartyManagers(CASE_ID, null), withReason("de managers leveren binnen een week"))
                .expectEvents(new PartyManagersConsulted(CASE_ID));
    }

    @Test
    void consultingTheManagersWithdrawsACareMeetingNotYetHeld() {
        Instant due = Instant.parse("2025-05-12T22:00:00Z");
        fixture.givenCurrentTime(NOW)
                .andGiven(atStepFourWithProcessDirector())
                .andGiven(new CareMeetingCalled(CASE_ID, false, LocalDate.of(2025, 5, 12)),
                        new TimeLimitSet(CASE_ID, TimeLimit.CARE_MEETING, null, due))
                .when(new ConsultPartyManagers(CASE_ID, null), withReason("zorgoverleg helpt niet"))
                .expectEvents(new PartyManagersConsulted(CASE_ID),
                        new TimeLimitCleared(CASE_ID, TimeLimit.CARE_MEETING, null, due, TimeLimitOutcome.WITHDRAWN));
    }

    @Test
    void consultingTheManagersNeedsAReason() {
        fixture.givenCurrentTime(NOW)
                .andGiven(atStepFourWithProcessDirector())
                .when(new ConsultPartyManagers(CASE_ID, null))
                .expectException(refusedWith(Refusal.REASON_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void consultingTheManagersByAnotherMeldpuntIsRefused() {
        fixture.givenCurrentTime(NOW)
                .andGiven(atStepFourWithProcessDirector())
                .when(new ConsultPartyManagers(CASE_ID, null), Actors.of(OTHER_MELDPUNT, "managers gebeld"))
                .expectException(refusedWith(Refusal.NOT_THE_PROCESS_DIRECTOR))
                .expectNoEvents();
    }

    @Test
    void consultingTheManagersAtStepFiveIsRefused() {
        fixture.givenCurrentTime(NOW)
                .andGiven(atStepFourWithProcessDirector())
                .andGiven(escalated())
                .when(new ConsultPartyManagers(CASE_ID, null), withReason("managers gebeld"))
                .expectException(refusedWith(Refusal.NOT_AT_PROCESS_DIRECTOR_STEP))
                .expectNoEvents();
    }

    /**
     * Back at step 3's level the coordinator carries the case again: it resolves it, or raises it to step 4 once more,
     * and the Meldpunt appoints a process director anew within 2 working days.
     */
    @Test
    void afterTheManagersTheCoordinatorRaisesToStepFourAgain() {
        fixture.givenCurrentTime(NOW)
                .andGiven(atStepFourWithProcessDirector())
                .andGiven(new PartyManagersConsulted(CASE_ID))
                .when(new RaiseEscalation(CASE_ID, EscalationStep.PROCESS_DIRECTOR, null, null),
                        withReason("de managers komen hun afspraken niet na"))
                .expectEvents(new EscalationRaised(CASE_ID, EscalationStep.PROCESS_DIRECTOR, EscalationStep.MANAGEMENT,
                        null), new TimeLimitSet(CASE_ID, TimeLimit.PROCESS_DIRECTOR, null, TWO_WORKING_DAYS));
    }

    @Test
    void afterTheManagersTheProcessDirectorsTakeoverHasEnded() {
        fixture.givenCurrentTime(NOW)
                .andGiven(atStepFourWithProcessDirector())
                .andGiven(new PartyManagersConsulted(CASE_ID))
                .when(new CallCareMeeting(CASE_ID, true, null, null))
                .expectException(refusedWith(Refusal.NO_PROCESS_DIRECTOR))
                .expectNoEvents();
    }

    @Test
    void afterTheManagersTheCoordinatorResolvesAtStepThree() {
        fixture.givenCurrentTime(NOW)
                .andGiven(atStepFourWithProcessDirector())
                .andGiven(new PartyManagersConsulted(CASE_ID))
                .when(new ResolveEscalation(CASE_ID, null))
                .expectEventsMatching(eventsBesidesTimeLimits(
                        new EscalationResolved(CASE_ID, EscalationStep.MANAGEMENT)));
    }
}
