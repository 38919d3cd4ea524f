package nl.hgk.ledger.command.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.hgk.ledger.events.audit.AuditMetadata;
import nl.hgk.ledger.events.closure.CaseClosed;
import nl.hgk.ledger.events.closure.ClosureReason;
import nl.hgk.ledger.events.coordination.Consent;
import nl.hgk.ledger.events.coordination.ConsentDecision;
import nl.hgk.ledger.events.coordination.Coordinator;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.coordination.FamilyPlan;
import nl.hgk.ledger.events.coordination.Goal;
import nl.hgk.ledger.events.coordination.LifeDomain;
import nl.hgk.ledger.events.coordination.PlanTask;
import nl.hgk.ledger.events.coordination.TaskStatus;
import nl.hgk.ledger.events.intake.ContactType;
import nl.hgk.ledger.events.intake.FormOfViolence;
import nl.hgk.ledger.events.intake.HouseholdKey;
import nl.hgk.ledger.events.intake.ReportReceived;
import nl.hgk.ledger.events.intake.Reporter;
import nl.hgk.ledger.events.intake.ReporterSector;
import nl.hgk.ledger.events.intake.ReporterType;
import nl.hgk.ledger.events.person.InvolvedPerson;
import nl.hgk.ledger.events.person.PersonRole;
import nl.hgk.ledger.events.person.PersonalData;
import nl.hgk.ledger.reference.MunicipalityCode;
import nl.hgk.ledger.events.deadlines.TimeLimitCleared;
import nl.hgk.ledger.events.deadlines.TimeLimitSet;
import org.axonframework.eventhandling.EventMessage;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

/** Reports, persons, plans and matchers shared by the fixture tests of {@link Case}. */
final class CaseTestData {

    static final UUID CASE_ID = UUID.fromString("0f6c1c52-3a1e-4f7b-9a43-6a2b1d6f0001");
    static final UUID EARLIER_CASE_ID = UUID.fromString("0f6c1c52-3a1e-4f7b-9a43-6a2b1d6f0000");

    static final UUID REPORT_ID = UUID.fromString("5b0e7d1a-8c2f-4d6e-b1a3-000000000001");
    static final UUID SECOND_REPORT_ID = UUID.fromString("5b0e7d1a-8c2f-4d6e-b1a3-000000000002");
    static final UUID UNKNOWN_REPORT_ID = UUID.fromString("5b0e7d1a-8c2f-4d6e-b1a3-0000000000ff");

    static final UUID VICTIM_ID = UUID.fromString("9d3a0b7e-1f2c-4e5d-8a6b-000000000001");
    static final UUID PERPETRATOR_ID = UUID.fromString("9d3a0b7e-1f2c-4e5d-8a6b-000000000002");
    static final UUID CHILD_ID = UUID.fromString("9d3a0b7e-1f2c-4e5d-8a6b-000000000003");
    static final UUID GRANDMOTHER_ID = UUID.fromString("9d3a0b7e-1f2c-4e5d-8a6b-000000000004");
    static final UUID STRANGER_ID = UUID.fromString("9d3a0b7e-1f2c-4e5d-8a6b-0000000000ff");

    static final HouseholdKey HOUSEHOLD = new HouseholdKey("hh-3f9a61c2");
    static final HouseholdKey OTHER_HOUSEHOLD = new HouseholdKey("hh-77d0be14");
    static final MunicipalityCode LEIDEN = MunicipalityCode.of("GM0546");

    static final Reporter TEACHER = new Reporter(ReporterType.PROFESSIONAL, ReporterSector.EDUCATION,
            new PersonalData("A. de Vries", null, null, null, "groepsleerkracht"));
    static final Reporter ANONYMOUS = new Reporter(ReporterType.ANONYMOUS, null, null);

    static final Coordinator COORDINATOR = new Coordinator("m.jansen", "Wijkteam Leiden Noord");
    static final Coordinator OTHER_COORDINATOR = new Coordinator("s.bakker", "Jeugdbescherming West");

    /** a Monday; the huisverbod tests count from here */
    static final LocalDate IMPOSED_ON = LocalDate.of(2025, 3, 3);
    /** 10:00 in Amsterdam on the day the huisverbod of the tests is imposed: the plan's dates are ahead then */
    static final Instant ON_IMPOSITION_DAY = Instant.parse("2025-03-03T09:00:00Z");

    private CaseTestData() {
    }

    /** the mother's birth date: of age in every test */
    static final LocalDate VICTIM_BORN = LocalDate.of(1991, 6, 12);
    static final LocalDate PERPETRATOR_BORN = LocalDate.of(1988, 9, 30);
    /** the son's birth date: 9 on {@link #IMPOSED_ON}, and under 12 on every day the tests adopt or revise a plan */
    static final LocalDate CHILD_BORN = LocalDate.of(2015, 10, 8);

    /** a mother and a father of age, and their son of 9 (in 2025) */
    static List<InvolvedPerson> household() {
        return List.of(
                new InvolvedPerson(VICTIM_ID, PersonRole.VICTIM,
                        new PersonalData(null, null, VICTIM_BORN, null, "moeder")),
                new InvolvedPerson(PERPETRATOR_ID, PersonRole.PERPETRATOR,
                        new PersonalData(null, null, PERPETRATOR_BORN, null, "vader")),
                new InvolvedPerson(CHILD_ID, PersonRole.CHILD,
                        new PersonalData(null, null, CHILD_BORN, null, "zoon, 9 jaar")));
    }

    /** a report (melding) by a teacher about the household */
    static Report report(UUID reportId) {
        return new Report(reportId, HOUSEHOLD, LEIDEN, ContactType.REPORT, TEACHER,
                Set.of(FormOfViolence.PARTNER_VIOLENCE, FormOfViolence.CHILD_WITNESSING_PARTNER_VIOLENCE),
                household());
    }

    /** an advice request (adviesvraag) by a teacher about the household */
    static Report adviceRequest(UUID reportId) {
        return new Report(reportId, HOUSEHOLD, LEIDEN, ContactType.ADVICE_REQUEST, TEACHER,
                Set.of(FormOfViolence.CHILD_EMOTIONAL_NEGLECT), household());
    }

    static Report anonymousReport(UUID reportId) {
        return new Report(reportId, HOUSEHOLD, LEIDEN, ContactType.REPORT, ANONYMOUS,
                Set.of(FormOfViolence.CHILD_PHYSICAL_ABUSE), household());
    }

    /** a report by a teacher about the household that names a person the case did not know yet */
    static Report reportNamingGrandmother(UUID reportId) {
        return new Report(reportId, HOUSEHOLD, LEIDEN, ContactType.REPORT, TEACHER,
                Set.of(FormOfViolence.ELDER_ABUSE),
                List.of(new InvolvedPerson(GRANDMOTHER_ID, PersonRole.VICTIM, PersonalData.noteOnly("oma"))));
    }

    static Report reportAboutOtherHousehold(UUID reportId) {
        return new Report(reportId, OTHER_HOUSEHOLD, LEIDEN, ContactType.REPORT, TEACHER,
                Set.of(FormOfViolence.PARTNER_VIOLENCE), household());
    }

    /** the event {@link Case} applies for the report, in case {@link #CASE_ID} */
    static ReportReceived received(Report report) {
        return received(report, null);
    }

    static ReportReceived received(Report report, UUID repeatOfCaseId) {
        return new ReportReceived(CASE_ID, report.reportId(), report.household(), report.municipality(),
                "VT10", report.contactType(), report.reporter(), Set.copyOf(report.formsOfViolence()), report.persons(),
                repeatOfCaseId);
    }

    /** the first event of the usual case: opened by the teacher's report {@link #REPORT_ID} */
    static ReportReceived caseOpened() {
        return received(report(REPORT_ID));
    }

    /** the coordinator of the usual case appointed: the coordinator's steps (plan, escalation) are taken from here */
    static CoordinatorAppointed coordinatorAppointed() {
        return new CoordinatorAppointed(CASE_ID, COORDINATOR);
    }

    static CaseClosed caseClosed() {
        return new CaseClosed(CASE_ID, ClosureReason.CARE_COMPLETED);
    }

    /**
     * The answers the household of {@link #household()} owes a plan while the son is under 12 (every test date): the
     * parents' own, signed, and the mother's for the son.
     */
    static List<Consent> householdConsents() {
        return List.of(Consent.own(VICTIM_ID, ConsentDecision.GIVEN, true, null),
                Consent.own(PERPETRATOR_ID, ConsentDecision.GIVEN, true, null),
                Consent.byRepresentative(CHILD_ID, VICTIM_ID, ConsentDecision.GIVEN, true, null));
    }

    /** a family plan with the consents the household owes it */
    static FamilyPlan plan() {
        return plan(householdConsents());
    }

    /** a family plan that records these answers */
    static FamilyPlan plan(List<Consent> consents) {
        return new FamilyPlan(
                List.of(new Goal(LifeDomain.SAFETY, "no more violence at home"),
                        new Goal(LifeDomain.PARENTING, "parenting support for both parents")),
                List.of(new PlanTask(UUID.fromString("c1a5e3d0-0000-4000-8000-000000000001"),
                        "weekly home visit", "Wijkteam Leiden Noord", IMPOSED_ON.plusWeeks(6), TaskStatus.PLANNED)),
                List.of("father does not come home drunk", "mother calls 112 when threatened"),
                List.of(IMPOSED_ON.plusMonths(3)),
                consents);
    }

    /** the metadata of a command given with a reason */
    static Map<String, Object> withReason(String reason) {
        return Map.of(AuditMetadata.REASON, reason);
    }

    /**
     * Matches the events a command applied, leaving out the time limits it started or stopped: the tests of one rule
     * say what the rule records, {@link CaseDeadlinesTest} and the other time limit tests check the limits.
     */
    static Matcher<List<EventMessage<?>>> eventsBesidesTimeLimits(Object... expected) {
        List<Object> wanted = List.of(expected);
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(List<EventMessage<?>> events, Description mismatch) {
                List<Object> payloads = events.stream().<Object>map(EventMessage::getPayload)
                        .filter(payload -> !(payload instanceof TimeLimitSet || payload instanceof TimeLimitCleared))
                        .toList();
                if (!payloads.equals(wanted)) {
                    mismatch.appendText("the events besides time limits were ").appendValue(payloads);
                    return false;
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("the events ").appendValue(wanted).appendText(" besides time limits");
            }
        };
    }

    /** matches a {@link CommandRefused} with the given refusal code */
    static Matcher<CommandRefused> refusedWith(Refusal refusal) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(CommandRefused refused, Description mismatch) {
                if (refused.refusal() != refusal) {
                    mismatch.appendText("refused with ").appendValue(refused.refusal())
                            .appendText(" (").appendText(refused.getMessage()).appendText(")");
                    return false;
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a CommandRefused with refusal ").appendValue(refusal);
            }
        };
    }
}
