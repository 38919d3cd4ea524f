package nl.hgk.ledger.command.cases;

import static nl.hgk.ledger.command.cases.CaseTestData.CASE_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.IMPOSED_ON;
import static nl.hgk.ledger.command.cases.CaseTestData.ON_IMPOSITION_DAY;
import static nl.hgk.ledger.command.cases.CaseTestData.PERPETRATOR_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.caseOpened;
import static nl.hgk.ledger.command.cases.CaseTestData.eventsBesidesTimeLimits;
import static nl.hgk.ledger.command.cases.CaseTestData.refusedWith;
import static nl.hgk.ledger.command.cases.FixtureActors.as;
import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;

import java.util.List;
import java.util.Set;

import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.audit.AuditMetadata;
import nl.hgk.ledger.events.audit.OrganisationType;
import nl.hgk.ledger.events.audit.Qualification;
import nl.hgk.ledger.events.huisverbod.HuisverbodEndReason;
import nl.hgk.ledger.events.huisverbod.HuisverbodEnded;
import nl.hgk.ledger.events.huisverbod.HuisverbodExtended;
import nl.hgk.ledger.events.huisverbod.HuisverbodImposed;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;
import org.junit.jupiter.api.Test;

/**
 * Who imposes, extends and ends a huisverbod (law; seed 004 §3.1): the mayor of the municipality the household lives
 * in (the case's is Leiden); a police hulpofficier van justitie imposes one on the mayor's behalf, but only the mayor
 * extends it; the ledger itself ends one that expired.
 */
class CaseHuisverbodCapacityTest {

    private static final LedgerUser MAYOR_OF_DORDRECHT = new LedgerUser("burgemeester", ActorRole.CASE_WORKER,
            "burgemeester-dordrecht", "VT24", OrganisationType.MAYOR, "GM0505", Set.of());
    private static final LedgerUser HULPOFFICIER = new LedgerUser("hulpofficier-hm", ActorRole.CASE_WORKER,
            "politie-den-haag", "VT10", OrganisationType.POLICE, null, Set.of(Qualification.AUXILIARY_PROSECUTOR));
    private static final LedgerUser AGENT = new LedgerUser("politie-hm", ActorRole.CASE_WORKER,
            "politie-den-haag", "VT10", OrganisationType.POLICE);

    private final FixtureConfiguration<Case> fixture = FixtureClock.caseFixture();

    private static HuisverbodImposed imposed() {
        return new HuisverbodImposed(CASE_ID, PERPETRATOR_ID, IMPOSED_ON, IMPOSED_ON.plusDays(10));
    }

    private static ImposeHuisverbod impose() {
        return new ImposeHuisverbod(CASE_ID, PERPETRATOR_ID, IMPOSED_ON, null);
    }

    private static ExtendHuisverbod extend() {
        return new ExtendHuisverbod(CASE_ID, IMPOSED_ON.plusDays(20), null);
    }

    private static EndHuisverbod end() {
        return new EndHuisverbod(CASE_ID, IMPOSED_ON.plusDays(2), HuisverbodEndReason.LIFTED_BY_MAYOR, null);
    }

    // --- the mayor of the household's municipality ---------------------------------------------------------------

    @Test
    void theMayorOfTheCasesMunicipalityImposesIt() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(caseOpened())
                .when(as(FixtureActors.MAYOR_OF_LEIDEN, asCommandMessage(impose())))
                .expectEventsMatching(eventsBesidesTimeLimits(imposed()));
    }

    @Test
    void theMayorOfTheCasesMunicipalityExtendsIt() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY.plusSeconds(86_400 * 3)).andGiven(caseOpened(), imposed())
                .when(as(FixtureActors.MAYOR_OF_LEIDEN, asCommandMessage(extend())))
                .expectEventsMatching(eventsBesidesTimeLimits(
                        new HuisverbodExtended(CASE_ID, IMPOSED_ON.plusDays(10), IMPOSED_ON.plusDays(20))));
    }

    @Test
    void theMayorOfTheCasesMunicipalityEndsIt() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY.plusSeconds(86_400 * 3)).andGiven(caseOpened(), imposed())
                .when(as(FixtureActors.MAYOR_OF_LEIDEN, asCommandMessage(end())))
                .expectEventsMatching(eventsBesidesTimeLimits(
                        new HuisverbodEnded(CASE_ID, IMPOSED_ON.plusDays(2), HuisverbodEndReason.LIFTED_BY_MAYOR)));
    }

    @Test
    void theMayorOfAnotherMunicipalityImposesNone() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(caseOpened())
                .when(as(MAYOR_OF_DORDRECHT, asCommandMessage(impose())))
                .expectException(refusedWith(Refusal.NOT_THE_CASES_MAYOR))
                .expectNoEvents();
    }

    @Test
    void theMayorOfAnotherMunicipalityExtendsNone() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(caseOpened(), imposed())
                .when(as(MAYOR_OF_DORDRECHT, asCommandMessage(extend())))
                .expectException(refusedWith(Refusal.NOT_THE_CASES_MAYOR))
                .expectNoEvents();
    }

    @Test
    void theMayorOfAnotherMunicipalityEndsNone() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY.plusSeconds(86_400 * 3)).andGiven(caseOpened(), imposed())
                .when(as(MAYOR_OF_DORDRECHT, asCommandMessage(end())))
                .expectException(refusedWith(Refusal.NOT_THE_CASES_MAYOR))
                .expectNoEvents();
    }

    @Test
    void theCasesMunicipalityIsThatOfItsFirstReport() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(caseOpened())
                .when(as(FixtureActors.MUNICIPALITY_OF_LEIDEN, asCommandMessage(impose())))
                .expectException(refusedWith(Refusal.OUTSIDE_CAPACITY))
                .expectNoEvents();
    }

    // --- the hulpofficier van justitie ----------------------------------------------------------------------------

    @Test
    void aHulpofficierImposesItOnTheMayorsBehalfAndTheEventSaysWhoDid() {
        // as the ledger's AuditConfiguration does: who gave the command is copied onto the events it causes
        fixture.registerCommandHandlerInterceptor((unitOfWork, chain) -> {
            unitOfWork.registerCorrelationDataProvider(
                    new SimpleCorrelationDataProvider(AuditMetadata.KEYS.toArray(String[]::new)));
            return chain.proceed();
        });
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(caseOpened())
                .when(as(HULPOFFICIER, asCommandMessage(impose())))
                .expectEventsMatching(eventsBesidesTimeLimits(imposed()))
                .expectEventsMatching(imposedWith(OrganisationType.POLICE.name(),
                        Qualification.AUXILIARY_PROSECUTOR.name()));
    }

    @Test
    void aHulpofficierDoesNotExtendIt() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(caseOpened(), imposed())
                .when(as(HULPOFFICIER, asCommandMessage(extend())))
                .expectException(refusedWith(Refusal.OUTSIDE_CAPACITY))
                .expectNoEvents();
    }

    @Test
    void aHulpofficierDoesNotEndIt() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY.plusSeconds(86_400 * 3)).andGiven(caseOpened(), imposed())
                .when(as(HULPOFFICIER, asCommandMessage(end())))
                .expectException(refusedWith(Refusal.OUTSIDE_CAPACITY))
                .expectNoEvents();
    }

    @Test
    void aPoliceOfficerWhoIsNoHulpofficierImposesNone() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(caseOpened())
                .when(as(AGENT, asCommandMessage(impose())))
                .expectException(refusedWith(Refusal.OUTSIDE_CAPACITY))
                .expectNoEvents();
    }

    @Test
    void veiligThuisImposesNone() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY).andGiven(caseOpened())
                .when(as(FixtureActors.VEILIG_THUIS, asCommandMessage(impose())))
                .expectException(refusedWith(Refusal.OUTSIDE_CAPACITY))
                .expectNoEvents();
    }

    // --- the ledger itself ----------------------------------------------------------------------------------------

    @Test
    void theLedgerItselfEndsAnExpiredOne() {
        fixture.givenCurrentTime(ON_IMPOSITION_DAY.plusSeconds(86_400 * 11)).andGiven(caseOpened(), imposed())
                .when(as(LedgerUser.SYSTEM, asCommandMessage(new EndHuisverbod(CASE_ID, IMPOSED_ON.plusDays(10),
                        HuisverbodEndReason.EXPIRED, null))))
                .expectEventsMatching(eventsBesidesTimeLimits(
                        new HuisverbodEnded(CASE_ID, IMPOSED_ON.plusDays(10), HuisverbodEndReason.EXPIRED)));
    }

    /** the imposition's metadata: the organisation type and qualifications of who imposed it */
    private static Matcher<List<EventMessage<?>>> imposedWith(String organisationType, String qualifications) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(List<EventMessage<?>> events, Description mismatch) {
                EventMessage<?> imposition = events.stream()
                        .filter(event -> event.getPayload() instanceof HuisverbodImposed).findFirst().orElseThrow();
                if (!organisationType.equals(imposition.getMetaData().get(AuditMetadata.ORGANISATION_TYPE))
                        || !qualifications.equals(imposition.getMetaData().get(AuditMetadata.QUALIFICATIONS))) {
                    mismatch.appendText("the imposition's metadata was ").appendValue(imposition.getMetaData());
                    return false;
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("an imposition by a ").appendValue(organisationType).appendText(" with ")
                        .appendValue(qualifications);
            }
        };
    }
}
