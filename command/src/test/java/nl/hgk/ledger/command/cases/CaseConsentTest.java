package nl.hgk.ledger.command.cases;

import static nl.hgk.ledger.command.cases.CaseTestData.CASE_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.CHILD_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.COORDINATOR;
import static nl.hgk.ledger.command.cases.CaseTestData.HOUSEHOLD;
import static nl.hgk.ledger.command.cases.CaseTestData.LEIDEN;
import static nl.hgk.ledger.command.cases.CaseTestData.PERPETRATOR_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.REPORT_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.SECOND_REPORT_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.STRANGER_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.TEACHER;
import static nl.hgk.ledger.command.cases.CaseTestData.VICTIM_ID;
import static nl.hgk.ledger.command.cases.CaseTestData.eventsBesidesTimeLimits;
import static nl.hgk.ledger.command.cases.CaseTestData.plan;
import static nl.hgk.ledger.command.cases.CaseTestData.received;
import static nl.hgk.ledger.command.cases.CaseTestData.refusedWith;
import static nl.hgk.ledger.command.cases.CaseTestData.withReason;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import nl.hgk.ledger.events.coordination.Consent;
import nl.hgk.ledger.events.coordination.ConsentDecider;
import nl.hgk.ledger.events.coordination.ConsentDecision;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.coordination.FamilyPlan;
import nl.hgk.ledger.events.coordination.FamilyPlanAdopted;
import nl.hgk.ledger.events.coordination.FamilyPlanEvaluated;
import nl.hgk.ledger.events.coordination.FamilyPlanRevised;
import nl.hgk.ledger.events.intake.ContactType;
import nl.hgk.ledger.events.intake.FormOfViolence;
import nl.hgk.ledger.events.person.InvolvedPerson;
import nl.hgk.ledger.events.person.PersonErased;
import nl.hgk.ledger.events.person.PersonRole;
import nl.hgk.ledger.events.person.PersonalData;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The consents a plan version needs on the day it is adopted or revised (seed 000 B2 §2.2): a person of 12 or more
 * answers for themselves, a legal representative for a child under 16. The household here: a mother of age, and one
 * child whose birth date each test chooses; the plans are adopted or revised on Monday 3 March 2025.
 */
class CaseConsentTest {

    /** 10:00 on Monday 3 March 2025 in Amsterdam */
    private static final Instant PLAN_DAY = Instant.parse("2025-03-03T09:00:00Z");
    private static final LocalDate MOTHER_BORN = LocalDate.of(1990, 2, 3);

    private final FixtureConfiguration<Case> fixture = FixtureClock.caseFixture();

    /** a report about the mother ({@code VICTIM_ID}) and her child ({@code CHILD_ID}), born on the given day */
    private static Report motherAndChild(LocalDate childBorn) {
        return new Report(REPORT_ID, HOUSEHOLD, LEIDEN, ContactType.REPORT, TEACHER,
                Set.of(FormOfViolence.CHILD_EMOTIONAL_NEGLECT), List.of(
                new InvolvedPerson(VICTIM_ID, PersonRole.VICTIM, new PersonalData("Anna Jansen", null, MOTHER_BORN, null, null)),
                new InvolvedPerson(CHILD_ID, PersonRole.CHILD, new PersonalData("Sam Jansen", null, childBorn, null, null))));
    }

    private static Consent mother() {
        return Consent.own(VICTIM_ID, ConsentDecision.GIVEN, true, null);
    }

    private static Consent childOwn() {
        return Consent.own(CHILD_ID, ConsentDecision.GIVEN, true, null);
    }

    private static Consent motherForTheChild() {
        return Consent.byRepresentative(CHILD_ID, VICTIM_ID, ConsentDecision.GIVEN, true, null);
    }

    private static List<Consent> consents(Consent... consents) {
        return List.of(consents);
    }

    private TestExecutor<Case> caseWithCoordinator(LocalDate childBorn) {
        return fixture.givenCurrentTime(PLAN_DAY)
                .andGiven(received(motherAndChild(childBorn)), new CoordinatorAppointed(CASE_ID, COORDINATOR));
    }

    private TestExecutor<Case> caseWithAPlan(LocalDate childBorn, FamilyPlan adopted) {
        return fixture.givenCurrentTime(PLAN_DAY).andGiven(received(motherAndChild(childBorn)),
                new CoordinatorAppointed(CASE_ID, COORDINATOR), new FamilyPlanAdopted(CASE_ID, 1, adopted));
    }

    // --- the ages -------------------------------------------------------------------------------------------------

    /** the child's birth date, its age on the plan's day, and whose answers the plan needs for the child */
    static Stream<Arguments> ages() {
        return Stream.of(
                Arguments.of("2013-06-01", "11", false, true),
                Arguments.of("2013-03-04", "the day before the 12th birthday", false, true),
                Arguments.of("2013-03-03", "the 12th birthday", true, true),
                Arguments.of("2012-09-01", "12", true, true),
                Arguments.of("2009-09-01", "15", true, true),
                Arguments.of("2009-03-04", "the day before the 16th birthday", true, true),
                Arguments.of("2009-03-03", "the 16th birthday", true, false),
                Arguments.of("2008-09-01", "16", true, false));
    }

    private static List<Consent> needed(boolean own, boolean representative) {
        List<Consent> consents = new ArrayList<>(List.of(mother()));
        if (own) {
            consents.add(childOwn());
        }
        if (representative) {
            consents.add(motherForTheChild());
        }
        return consents;
    }

    @ParameterizedTest(name = "adopted at {1}")
    @MethodSource("ages")
    void aPlanWithTheAnswersTheAgeAsksIsAdopted(String born, String age, boolean own, boolean representative) {
        FamilyPlan plan = plan(needed(own, representative));
        caseWithCoordinator(LocalDate.parse(born))
                .when(new AdoptFamilyPlan(CASE_ID, plan, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new FamilyPlanAdopted(CASE_ID, 1, plan)));
    }

    @ParameterizedTest(name = "revised at {1}")
    @MethodSource("ages")
    void aRevisionWithTheAnswersTheAgeAsksIsRecorded(String born, String age, boolean own, boolean representative) {
        FamilyPlan plan = plan(needed(own, representative));
        caseWithAPlan(LocalDate.parse(born), plan(consents(mother())))
                .when(new ReviseFamilyPlan(CASE_ID, 2, plan, null), withReason("evaluatie"))
                .expectEventsMatching(eventsBesidesTimeLimits(new FamilyPlanRevised(CASE_ID, 2, plan)));
    }

    @ParameterizedTest(name = "adopted at {1}")
    @MethodSource("ages")
    void aPlanLackingAnAnswerTheAgeAsksIsRefused(String born, String age, boolean own, boolean representative) {
        if (own) {
            caseWithCoordinator(LocalDate.parse(born))
                    .when(new AdoptFamilyPlan(CASE_ID, plan(needed(false, representative)), null))
                    .expectException(refusedWith(Refusal.CONSENT_MISSING))
                    .expectExceptionMessage(containsString("the person " + CHILD_ID + " (12 or older) has not answered"))
                    .expectNoEvents();
        }
        if (representative) {
            caseWithCoordinator(LocalDate.parse(born))
                    .when(new AdoptFamilyPlan(CASE_ID, plan(needed(own, false)), null))
                    .expectException(refusedWith(Refusal.CONSENT_MISSING))
                    .expectExceptionMessage(containsString("the child " + CHILD_ID
                            + " (under 16) needs the answer of a legal representative"))
                    .expectNoEvents();
        }
        caseWithCoordinator(LocalDate.parse(born))
                .when(new AdoptFamilyPlan(CASE_ID, plan(consents(own ? childOwn() : motherForTheChild())), null))
                .expectException(refusedWith(Refusal.CONSENT_MISSING))
                .expectExceptionMessage(containsString("the person " + VICTIM_ID + " (12 or older) has not answered"))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "revised at {1}")
    @MethodSource("ages")
    void aRevisionLackingAnAnswerTheAgeAsksIsRefused(String born, String age, boolean own, boolean representative) {
        // every age asks an answer for the child; the version before had none
        FamilyPlan lacking = plan(consents(mother()));
        caseWithAPlan(LocalDate.parse(born), lacking)
                .when(new ReviseFamilyPlan(CASE_ID, 2, lacking, null), withReason("evaluatie"))
                .expectException(refusedWith(Refusal.CONSENT_MISSING))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "at {1}")
    @MethodSource("ages")
    void onlyTheAnswersTheAgeAllowsAreTaken(String born, String age, boolean own, boolean representative) {
        if (!own) {
            caseWithCoordinator(LocalDate.parse(born))
                    .when(new AdoptFamilyPlan(CASE_ID, plan(consents(mother(), motherForTheChild(), childOwn())), null))
                    .expectException(refusedWith(Refusal.OWN_CONSENT_UNDER_12))
                    .expectNoEvents();
        }
        if (!representative) {
            caseWithCoordinator(LocalDate.parse(born))
                    .when(new AdoptFamilyPlan(CASE_ID, plan(consents(mother(), childOwn(), motherForTheChild())), null))
                    .expectException(refusedWith(Refusal.REPRESENTED_PERSON_NOT_UNDER_16))
                    .expectNoEvents();
        }
    }

    @Test
    void theAgeCountsOnTheLedgersDayInAmsterdam() {
        // 00:30 on the 12th birthday in Amsterdam, still the day before in UTC
        fixture.givenCurrentTime(Instant.parse("2025-03-02T23:30:00Z"))
                .andGiven(received(motherAndChild(LocalDate.of(2013, 3, 3))), new CoordinatorAppointed(CASE_ID, COORDINATOR))
                .when(new AdoptFamilyPlan(CASE_ID, plan(consents(mother(), motherForTheChild())), null))
                .expectException(refusedWith(Refusal.CONSENT_MISSING))
                .expectNoEvents();
    }

    @Test
    void aChildWhoTurned12SinceTheLastVersionAnswersInTheRevision() {
        LocalDate twelveToday = LocalDate.of(2013, 3, 3);
        FamilyPlan adoptedAt11 = plan(consents(mother(), motherForTheChild()));
        caseWithAPlan(twelveToday, adoptedAt11)
                .when(new ReviseFamilyPlan(CASE_ID, 2, adoptedAt11, null), withReason("evaluatie"))
                .expectException(refusedWith(Refusal.CONSENT_MISSING))
                .expectNoEvents();
        FamilyPlan withTheChild = plan(consents(mother(), motherForTheChild(), childOwn()));
        caseWithAPlan(twelveToday, adoptedAt11)
                .when(new ReviseFamilyPlan(CASE_ID, 2, withTheChild, null), withReason("evaluatie"))
                .expectEventsMatching(eventsBesidesTimeLimits(new FamilyPlanRevised(CASE_ID, 2, withTheChild)));
    }

    // --- what counts as an answer ---------------------------------------------------------------------------------

    @Test
    void aRefusalIsAnAnswerAndANotSignedOneCarriesTheClientsOpinion() {
        FamilyPlan plan = plan(consents(
                Consent.own(VICTIM_ID, ConsentDecision.REFUSED, false, PersonalData.noteOnly("wil eerst met haar zus praten")),
                Consent.byRepresentative(CHILD_ID, VICTIM_ID, ConsentDecision.REFUSED, false,
                        PersonalData.noteOnly("vindt de hulp te zwaar"))));
        caseWithCoordinator(LocalDate.of(2016, 5, 1))
                .when(new AdoptFamilyPlan(CASE_ID, plan, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new FamilyPlanAdopted(CASE_ID, 1, plan)));
    }

    @Test
    void anAnswerNotSignedWithoutTheClientsOpinionIsRefused() {
        caseWithCoordinator(LocalDate.of(2016, 5, 1))
                .when(new AdoptFamilyPlan(CASE_ID, plan(consents(Consent.own(VICTIM_ID, ConsentDecision.GIVEN, false, null),
                        motherForTheChild())), null))
                .expectException(refusedWith(Refusal.OPINION_REQUIRED))
                .expectNoEvents();
        caseWithCoordinator(LocalDate.of(2016, 5, 1))
                .when(new AdoptFamilyPlan(CASE_ID, plan(consents(mother(), Consent.byRepresentative(CHILD_ID, VICTIM_ID,
                        ConsentDecision.REFUSED, false, PersonalData.noteOnly("   ")))), null))
                .expectException(refusedWith(Refusal.OPINION_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void bothParentsMayAnswerForTheirChild() {
        Report withFather = new Report(SECOND_REPORT_ID, HOUSEHOLD, LEIDEN, ContactType.REPORT, TEACHER,
                Set.of(FormOfViolence.PARTNER_VIOLENCE), List.of(new InvolvedPerson(PERPETRATOR_ID,
                PersonRole.PERPETRATOR, new PersonalData(null, null, LocalDate.of(1987, 1, 1), null, null))));
        FamilyPlan plan = plan(consents(mother(), Consent.own(PERPETRATOR_ID, ConsentDecision.GIVEN, true, null),
                motherForTheChild(),
                Consent.byRepresentative(CHILD_ID, PERPETRATOR_ID, ConsentDecision.REFUSED, true, null)));
        fixture.givenCurrentTime(PLAN_DAY)
                .andGiven(received(motherAndChild(LocalDate.of(2016, 5, 1))), received(withFather),
                        new CoordinatorAppointed(CASE_ID, COORDINATOR))
                .when(new AdoptFamilyPlan(CASE_ID, plan, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new FamilyPlanAdopted(CASE_ID, 1, plan)));
    }

    @Test
    void theSameAnswerTwiceIsRefused() {
        caseWithCoordinator(LocalDate.of(2016, 5, 1))
                .when(new AdoptFamilyPlan(CASE_ID, plan(consents(mother(), motherForTheChild(),
                        Consent.own(VICTIM_ID, ConsentDecision.REFUSED, true, null))), null))
                .expectException(refusedWith(Refusal.CONSENT_DUPLICATED))
                .expectNoEvents();
    }

    @Test
    void anAnswerThatDoesNotSayWhoAnsweredOrWhetherItWasSignedIsRefused() {
        caseWithCoordinator(LocalDate.of(2016, 5, 1))
                .when(new AdoptFamilyPlan(CASE_ID, plan(consents(motherForTheChild(),
                        new Consent(VICTIM_ID, ConsentDecider.PERSON, null, ConsentDecision.GIVEN, null, null))), null))
                .expectException(refusedWith(Refusal.CONSENT_INCOMPLETE))
                .expectNoEvents();
        caseWithCoordinator(LocalDate.of(2016, 5, 1))
                .when(new AdoptFamilyPlan(CASE_ID, plan(consents(motherForTheChild(),
                        new Consent(VICTIM_ID, null, null, ConsentDecision.GIVEN, true, null))), null))
                .expectException(refusedWith(Refusal.CONSENT_INCOMPLETE))
                .expectNoEvents();
    }

    // --- the representative ---------------------------------------------------------------------------------------

    @Test
    void aRepresentativeWhoIsNoPersonOfTheCaseIsRefused() {
        caseWithCoordinator(LocalDate.of(2016, 5, 1))
                .when(new AdoptFamilyPlan(CASE_ID, plan(consents(mother(),
                        Consent.byRepresentative(CHILD_ID, STRANGER_ID, ConsentDecision.GIVEN, true, null))), null))
                .expectException(refusedWith(Refusal.INVALID_REPRESENTATIVE))
                .expectNoEvents();
    }

    @Test
    void aRepresentativeAnswerThatNamesNobodyOrThePersonThemselvesIsRefused() {
        caseWithCoordinator(LocalDate.of(2016, 5, 1))
                .when(new AdoptFamilyPlan(CASE_ID, plan(consents(mother(), new Consent(CHILD_ID,
                        ConsentDecider.LEGAL_REPRESENTATIVE, null, ConsentDecision.GIVEN, true, null))), null))
                .expectException(refusedWith(Refusal.INVALID_REPRESENTATIVE))
                .expectNoEvents();
        caseWithCoordinator(LocalDate.of(2010, 5, 1))
                .when(new AdoptFamilyPlan(CASE_ID, plan(consents(mother(), childOwn(),
                        Consent.byRepresentative(CHILD_ID, CHILD_ID, ConsentDecision.GIVEN, true, null))), null))
                .expectException(refusedWith(Refusal.INVALID_REPRESENTATIVE))
                .expectNoEvents();
    }

    @Test
    void aRepresentativeWhoseDataWasErasedIsRefused() {
        fixture.givenCurrentTime(PLAN_DAY)
                .andGiven(received(motherAndChild(LocalDate.of(2016, 5, 1))),
                        new CoordinatorAppointed(CASE_ID, COORDINATOR), new PersonErased(CASE_ID, VICTIM_ID))
                .when(new AdoptFamilyPlan(CASE_ID, plan(consents(motherForTheChild())), null))
                .expectException(refusedWith(Refusal.INVALID_REPRESENTATIVE))
                .expectNoEvents();
    }

    @Test
    void aRevisionOfAPlanRecordedBeforeRepresentativesWereNamedNamesThem() {
        // as a plan of revision 1 reads: "ingestemd door wettelijk vertegenwoordiger", nobody named, signing unknown
        FamilyPlan old = plan(consents(new Consent(VICTIM_ID, ConsentDecider.PERSON, null, ConsentDecision.GIVEN, null,
                        null),
                new Consent(CHILD_ID, ConsentDecider.LEGAL_REPRESENTATIVE, null, ConsentDecision.GIVEN, null, null)));
        caseWithAPlan(LocalDate.of(2016, 5, 1), old)
                .when(new ReviseFamilyPlan(CASE_ID, 2, old, null), withReason("evaluatie"))
                .expectException(refusedWith(Refusal.CONSENT_INCOMPLETE))
                .expectNoEvents();
        FamilyPlan named = plan(consents(mother(), motherForTheChild()));
        caseWithAPlan(LocalDate.of(2016, 5, 1), old)
                .when(new ReviseFamilyPlan(CASE_ID, 2, named, null), withReason("evaluatie"))
                .expectEventsMatching(eventsBesidesTimeLimits(new FamilyPlanRevised(CASE_ID, 2, named)));
    }

    @Test
    void aPlanRecordedWithoutTheConsentsItNeedsIsNotCheckedAgain() {
        FamilyPlan withoutConsents = plan(List.of());
        LocalDate evaluation = withoutConsents.evaluationDates().get(0);
        fixture.givenCurrentTime(PLAN_DAY)
                .andGiven(received(motherAndChild(LocalDate.of(2016, 5, 1))),
                        new CoordinatorAppointed(CASE_ID, COORDINATOR), new FamilyPlanAdopted(CASE_ID, 1, withoutConsents))
                .when(new EvaluateFamilyPlan(CASE_ID, evaluation, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new FamilyPlanEvaluated(CASE_ID, 1, evaluation)));
    }

    // --- what the ledger knows of a person ------------------------------------------------------------------------

    @Test
    void aPersonWithoutABirthDateAnswersForThemselvesAndMayBeRepresented() {
        Report noBirthDate = new Report(REPORT_ID, HOUSEHOLD, LEIDEN, ContactType.REPORT, TEACHER,
                Set.of(FormOfViolence.CHILD_EMOTIONAL_NEGLECT), List.of(
                new InvolvedPerson(VICTIM_ID, PersonRole.VICTIM, new PersonalData(null, null, MOTHER_BORN, null, null)),
                new InvolvedPerson(CHILD_ID, PersonRole.CHILD, PersonalData.noteOnly("dochter"))));
        fixture.givenCurrentTime(PLAN_DAY).andGiven(received(noBirthDate), new CoordinatorAppointed(CASE_ID, COORDINATOR))
                .when(new AdoptFamilyPlan(CASE_ID, plan(consents(mother(), motherForTheChild())), null))
                .expectException(refusedWith(Refusal.CONSENT_MISSING))
                .expectExceptionMessage(allOf(
                        containsString("the person " + CHILD_ID + " (birth date not recorded: counted as 12 or older)"),
                        not(containsString("dochter"))))
                .expectNoEvents();
        FamilyPlan both = plan(consents(mother(), childOwn(), motherForTheChild()));
        fixture.givenCurrentTime(PLAN_DAY).andGiven(received(noBirthDate), new CoordinatorAppointed(CASE_ID, COORDINATOR))
                .when(new AdoptFamilyPlan(CASE_ID, both, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new FamilyPlanAdopted(CASE_ID, 1, both)));
    }

    @Test
    void theBirthDateALaterReportRecordsCounts() {
        Report laterWithBirthDate = new Report(SECOND_REPORT_ID, HOUSEHOLD, LEIDEN, ContactType.REPORT, TEACHER,
                Set.of(FormOfViolence.CHILD_EMOTIONAL_NEGLECT), List.of(new InvolvedPerson(CHILD_ID, PersonRole.CHILD,
                new PersonalData(null, null, LocalDate.of(2016, 5, 1), null, null))));
        fixture.givenCurrentTime(PLAN_DAY)
                .andGiven(received(motherAndChild(null)), received(laterWithBirthDate),
                        new CoordinatorAppointed(CASE_ID, COORDINATOR))
                .when(new AdoptFamilyPlan(CASE_ID, plan(consents(mother(), childOwn(), motherForTheChild())), null))
                .expectException(refusedWith(Refusal.OWN_CONSENT_UNDER_12))
                .expectNoEvents();
    }

    @Test
    void aPersonWhoseDataWasErasedIsNotAsked() {
        FamilyPlan plan = plan(consents(mother()));
        fixture.givenCurrentTime(PLAN_DAY)
                .andGiven(received(motherAndChild(LocalDate.of(2010, 5, 1))),
                        new CoordinatorAppointed(CASE_ID, COORDINATOR), new PersonErased(CASE_ID, CHILD_ID))
                .when(new AdoptFamilyPlan(CASE_ID, plan, null))
                .expectEventsMatching(eventsBesidesTimeLimits(new FamilyPlanAdopted(CASE_ID, 1, plan)));
    }

    @Test
    void theRefusalNamesNoOneByName() {
        caseWithCoordinator(LocalDate.of(2011, 5, 1))
                .when(new AdoptFamilyPlan(CASE_ID, plan(List.of()), null))
                .expectException(refusedWith(Refusal.CONSENT_MISSING))
                .expectExceptionMessage(allOf(containsString(VICTIM_ID.toString()), containsString(CHILD_ID.toString()),
                        not(containsString("Jansen")), not(containsString("2011"))))
                .expectNoEvents();
    }
}
