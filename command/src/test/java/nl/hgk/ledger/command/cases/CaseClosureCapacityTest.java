package nl.hgk.ledger.command.cases;

import static nl.hgk.ledger.command.cases.CaseTestData.CASE_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.COORDINATOR;
import static nl.hgk.ledger.command.cases.CaseTestData.caseOpened;
import static nl.hgk.ledger.command.cases.CaseTestData.eventsBesidesTimeLimits;
import static nl.hgk.ledger.command.cases.CaseTestData.refusedWith;
import static nl.hgk.ledger.command.cases.FixtureActors.as;
import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;

import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.audit.OrganisationType;
import nl.hgk.ledger.events.closure.CaseClosed;
import nl.hgk.ledger.events.closure.ClosureReason;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/**
 * Who closes a case: Veilig Thuis, or the coordinating organisation, which tells the Meldpunt when coordination ends
 * (seed 000 B2 §3.2). Its coordinator is {@link CaseTestData#COORDINATOR} of a local team.
 */
class CaseClosureCapacityTest {

    /** a colleague of the coordinator, of the same local team, standing in */
    private static final LedgerUser COLLEAGUE = new LedgerUser("k.smit", ActorRole.COORDINATOR,
            COORDINATOR.organisation(), "VT10", OrganisationType.LOCAL_TEAM);
    private static final LedgerUser OTHER_LOCAL_TEAM = new LedgerUser("regisseur-hm", ActorRole.COORDINATOR,
            "wijkteam-leiden-zuid", "VT10", OrganisationType.LOCAL_TEAM);
    private static final LedgerUser PROVIDER = new LedgerUser("hulpverlener-hm", ActorRole.CASE_WORKER,
            "ggz-rivierduinen", "VT10", OrganisationType.PROVIDER);

    private final FixtureConfiguration<Case> fixture = FixtureClock.caseFixture();

    private static CloseCase close() {
        return new CloseCase(CASE_ID, ClosureReason.CARE_COMPLETED, null);
    }

    @Test
    void veiligThuisClosesTheCase() {
        fixture.given(caseOpened(), new CoordinatorAppointed(CASE_ID, COORDINATOR))
                .when(as(FixtureActors.VEILIG_THUIS, asCommandMessage(close())))
                .expectEventsMatching(eventsBesidesTimeLimits(new CaseClosed(CASE_ID, ClosureReason.CARE_COMPLETED)));
    }

    @Test
    void theCoordinatorClosesTheCase() {
        fixture.given(caseOpened(), new CoordinatorAppointed(CASE_ID, COORDINATOR))
                .when(as(FixtureActors.COORDINATOR, asCommandMessage(close())))
                .expectEventsMatching(eventsBesidesTimeLimits(new CaseClosed(CASE_ID, ClosureReason.CARE_COMPLETED)));
    }

    @Test
    void aColleagueOfTheCoordinatingOrganisationClosesTheCase() {
        fixture.given(caseOpened(), new CoordinatorAppointed(CASE_ID, COORDINATOR))
                .when(as(COLLEAGUE, asCommandMessage(close())))
                .expectEventsMatching(eventsBesidesTimeLimits(new CaseClosed(CASE_ID, ClosureReason.CARE_COMPLETED)));
    }

    @Test
    void aLocalTeamThatDoesNotCoordinateClosesNothing() {
        fixture.given(caseOpened(), new CoordinatorAppointed(CASE_ID, COORDINATOR))
                .when(as(OTHER_LOCAL_TEAM, asCommandMessage(close())))
                .expectException(refusedWith(Refusal.NOT_THE_COORDINATOR))
                .expectNoEvents();
    }

    @Test
    void aProviderClosesNothing() {
        fixture.given(caseOpened(), new CoordinatorAppointed(CASE_ID, COORDINATOR))
                .when(as(PROVIDER, asCommandMessage(close())))
                .expectException(refusedWith(Refusal.NOT_THE_COORDINATOR))
                .expectNoEvents();
    }

    @Test
    void withoutACoordinatorOnlyVeiligThuisClosesTheCase() {
        fixture.given(caseOpened())
                .when(as(FixtureActors.COORDINATOR, asCommandMessage(close())))
                .expectException(refusedWith(Refusal.NOT_THE_COORDINATOR))
                .expectNoEvents();
    }

    @Test
    void theMeldpuntClosesNothing() {
        fixture.given(caseOpened(), new CoordinatorAppointed(CASE_ID, COORDINATOR))
                .when(as(FixtureActors.MELDPUNT, asCommandMessage(close())))
                .expectException(refusedWith(Refusal.OUTSIDE_CAPACITY))
                .expectNoEvents();
    }
}
