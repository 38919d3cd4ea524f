package nl.hgk.ledger.query.figures;

import static nl.hgk.ledger.query.figures.FigureCase.dutch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.hgk.ledger.events.closure.CaseClosed;
import nl.hgk.ledger.events.closure.ClosureReason;
import nl.hgk.ledger.events.coordination.Coordinator;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.coordination.CoordinatorReplaced;
import nl.hgk.ledger.events.coordination.FamilyPlan;
import nl.hgk.ledger.events.coordination.FamilyPlanAdopted;
import nl.hgk.ledger.events.coordination.FamilyPlanRevised;
import nl.hgk.ledger.events.escalation.EscalatedToMeldpuntManager;
import nl.hgk.ledger.events.delivery.EarlyStopCause;
import nl.hgk.ledger.events.delivery.HelpStarted;
import nl.hgk.ledger.events.delivery.HelpStoppedEarly;
import nl.hgk.ledger.events.delivery.NoShowCause;
import nl.hgk.ledger.events.delivery.NoShowsReported;
import nl.hgk.ledger.events.escalation.EscalationRaised;
import nl.hgk.ledger.events.escalation.InadequateCoordinationReported;
import nl.hgk.ledger.events.escalation.PartyManagersConsulted;
import nl.hgk.ledger.events.escalation.EscalationResolved;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.events.huisverbod.HuisverbodEndReason;
import nl.hgk.ledger.events.huisverbod.HuisverbodEnded;
import nl.hgk.ledger.events.huisverbod.HuisverbodExtended;
import nl.hgk.ledger.events.huisverbod.HuisverbodImposed;
import nl.hgk.ledger.events.intake.ContactType;
import nl.hgk.ledger.events.intake.FormOfViolence;
import nl.hgk.ledger.events.intake.Reporter;
import nl.hgk.ledger.events.intake.ReporterInformed;
import nl.hgk.ledger.events.intake.ReporterSector;
import nl.hgk.ledger.events.intake.ReporterType;
import nl.hgk.ledger.events.person.PersonalData;
import nl.hgk.ledger.events.triage.CodeAssigned;
import nl.hgk.ledger.events.triage.InvestigationConcluded;
import nl.hgk.ledger.events.triage.InvestigationConclusion;
import nl.hgk.ledger.events.triage.InvestigationStarted;
import nl.hgk.ledger.events.triage.ProcessDirection;
import nl.hgk.ledger.events.triage.SafetyCode;
import nl.hgk.ledger.events.triage.TriageDecided;
import nl.hgk.ledger.events.triage.TriageOutcome;
import nl.hgk.ledger.query.ProjectionDatabase;
import nl.hgk.ledger.query.web.InvalidQuery;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * The regional figures projection on a real PostgreSQL with the Flyway schema: what each event does to the figures,
 * period attribution, the triage norm across holidays, repeat reports, suppression, redelivery, reset and CSV. The
 * tables are emptied before each test, so each test's counts are its own. Dordrecht (GM0505) lies in VT24.
 */
class RegionalFiguresProjectionTest {

    private static final String DORDRECHT = "GM0505";
    private static final String ALBLASSERDAM = "GM0482";
    private static final String REGION = "VT24";

    private final JdbcTemplate jdbc = ProjectionDatabase.jdbc();
    private final RegionalFiguresProjection projection = new RegionalFiguresProjection(jdbc);
    private final AnnotationEventHandlerAdapter handler = new AnnotationEventHandlerAdapter(projection);
    private final RegionalFiguresQueries queries = new RegionalFiguresQueries(
            new FigureFacts(jdbc, new JdbcTransactionManager(ProjectionDatabase.dataSource())));
    private final List<FigureCase> cases = new ArrayList<>();

    @BeforeEach
    void emptyTheProjection() {
        handler.prepareReset(null);
    }

    // ---- ReportReceived ----

    @Test
    void adviceRequestsAndReportsCountOnceUnderEachCategoryTheyTouch() {
        for (int i = 0; i < 6; i++) {
            keep(FigureCase.report(DORDRECHT, dutch(2025, 2, 3, 10, i)));
        }
        for (int i = 0; i < 5; i++) {
            keep(FigureCase.open(DORDRECHT, dutch(2025, 2, 4, 11, i), ContactType.ADVICE_REQUEST, FigureCase.CITIZEN,
                    null, FormOfViolence.ELDER_ABUSE));
        }
        // a bundled report about child abuse only: one more report, one more under child abuse
        cases.get(0).bundle(dutch(2025, 2, 5, 9, 0), ContactType.REPORT, FigureCase.PROFESSIONAL_IN_EDUCATION,
                FormOfViolence.CHILD_PHYSICAL_ABUSE, FormOfViolence.CHILD_EMOTIONAL_NEGLECT);
        replay();

        for (RegionalFigures figures : List.of(figures(null, DORDRECHT, "2025-H1"), figures(REGION, null, "2025"))) {
            assertThat(count(figures, "contacts.reports")).isEqualTo(7);
            assertThat(count(figures, "contacts.reports.CHILD_ABUSE")).isEqualTo(7);
            assertThat(count(figures, "contacts.reports.DOMESTIC_VIOLENCE")).isEqualTo(6);
            assertThat(count(figures, "contacts.reports.ELDER_ABUSE")).isZero();
            assertThat(count(figures, "contacts.adviceRequests")).isEqualTo(5);
            assertThat(count(figures, "contacts.adviceRequests.ELDER_ABUSE")).isEqualTo(5);
            assertThat(count(figures, "contacts.adviceRequests.CHILD_ABUSE")).isZero();
        }
        assertThat(count(figures(REGION, null, "2025-H2"), "contacts.reports")).isZero();
    }

    @Test
    void reportsCountByReporterTypeAndProfessionalsBySector() {
        for (int i = 0; i < 5; i++) {
            keep(FigureCase.open(DORDRECHT, dutch(2025, 3, 3, 9, i), ContactType.REPORT,
                    FigureCase.PROFESSIONAL_IN_EDUCATION, null, FormOfViolence.CHILD_PHYSICAL_ABUSE));
            keep(FigureCase.open(DORDRECHT, dutch(2025, 3, 3, 10, i), ContactType.REPORT, new Reporter(
                    ReporterType.PROFESSIONAL, ReporterSector.HEALTHCARE, PersonalData.noteOnly("huisarts")), null,
                    FormOfViolence.CHILD_PHYSICAL_ABUSE));
            keep(FigureCase.open(DORDRECHT, dutch(2025, 3, 3, 11, i), ContactType.REPORT, FigureCase.CITIZEN, null,
                    FormOfViolence.PARTNER_VIOLENCE));
            keep(FigureCase.open(DORDRECHT, dutch(2025, 3, 3, 12, i), ContactType.REPORT, new Reporter(
                    ReporterType.POLICE, ReporterSector.POLICE, PersonalData.noteOnly("politie")), null,
                    FormOfViolence.PARTNER_VIOLENCE));
            // advice requests are not reports: they count in no reporter figure
            keep(FigureCase.open(DORDRECHT, dutch(2025, 3, 3, 13, i), ContactType.ADVICE_REQUEST,
                    FigureCase.PROFESSIONAL_IN_EDUCATION, null, FormOfViolence.PARTNER_VIOLENCE));
        }
        replay();

        RegionalFigures figures = figures(null, DORDRECHT, "2025-H1");
        assertThat(count(figures, "contacts.reports")).isEqualTo(20);
        assertThat(count(figures, "reports.byReporterType.PROFESSIONAL")).isEqualTo(10);
        assertThat(count(figures, "reports.byReporterType.CITIZEN")).isEqualTo(5);
        assertThat(count(figures, "reports.byReporterType.POLICE")).isEqualTo(5);
        assertThat(count(figures, "reports.byReporterType.ANONYMOUS")).isZero();
        assertThat(count(figures, "reports.bySector.EDUCATION")).isEqualTo(5);
        assertThat(count(figures, "reports.bySector.HEALTHCARE")).isEqualTo(5);
        assertThat(count(figures, "reports.bySector.POLICE")).isZero();
        assertThat(count(figures, "reports.bySector.NONE")).isZero();
    }

    // ---- suppression ----

    @Test
    void countsFromOneToFourAreShownAsLessThanFiveAndASecondCellGoesWithThem() {
        for (int i = 0; i < 10; i++) {
            keep(FigureCase.report(DORDRECHT, dutch(2025, 4, 1, 9, i)));
        }
        for (int i = 0; i < 6; i++) {
            keep(FigureCase.open(DORDRECHT, dutch(2025, 4, 1, 10, i), ContactType.REPORT, new Reporter(
                    ReporterType.PROFESSIONAL, ReporterSector.HEALTHCARE, PersonalData.noteOnly("huisarts")), null,
                    FormOfViolence.PARTNER_VIOLENCE));
        }
        for (int i = 0; i < 2; i++) {
            keep(FigureCase.open(DORDRECHT, dutch(2025, 4, 1, 11, i), ContactType.REPORT, FigureCase.CITIZEN, null,
                    FormOfViolence.PARTNER_VIOLENCE));
        }
        replay();

        for (RegionalFigures figures : List.of(figures(REGION, DORDRECHT, "2025-H1"), figures(REGION, null, "2025"))) {
            assertThat(figures.suppression()).contains("\"<5\"").contains("1 to 4").contains("secondary")
                    .contains("Aantallen van 1 tot en met 4");
            assertThat(count(figures, "contacts.reports")).isEqualTo(18);
            assertThat(figures.figure("reports.byReporterType.CITIZEN")).hasValue(new Figure(
                    "reports.byReporterType.CITIZEN", "Reports by citizens", "count", null, "<5", true));
            // 18 - 0 - 0 - 16 would give the 2 away: the professionals are withheld too, and then, in their own
            // breakdown by sector, the smaller sector
            assertThat(display(figures, "reports.byReporterType.PROFESSIONAL")).isEqualTo("x");
            assertThat(display(figures, "reports.bySector.HEALTHCARE")).isEqualTo("x");
            assertThat(count(figures, "reports.bySector.EDUCATION")).isEqualTo(10);
            assertThat(count(figures, "reports.byReporterType.POLICE")).isZero();
        }
    }

    @Test
    void aMunicipalityCannotBeWorkedOutFromTheRegionAndItsOtherMunicipalities() {
        for (int i = 0; i < 20; i++) {
            keep(FigureCase.report(DORDRECHT, dutch(2025, 5, 12, 9, i)));
        }
        for (int i = 0; i < 2; i++) {
            keep(FigureCase.report(ALBLASSERDAM, dutch(2025, 5, 12, 10, i)));
        }
        replay();

        assertThat(count(figures(REGION, null, "2025-H1"), "contacts.reports")).isEqualTo(22);
        assertThat(display(figures(null, ALBLASSERDAM, "2025-H1"), "contacts.reports")).isEqualTo("<5");
        assertThat(display(figures(null, DORDRECHT, "2025-H1"), "contacts.reports")).isEqualTo("x");
        // and not from the year and its other half-year either
        assertThat(display(figures(null, ALBLASSERDAM, "2025"), "contacts.reports")).isEqualTo("<5");
        assertThat(display(figures(null, DORDRECHT, "2025"), "contacts.reports")).isEqualTo("x");
    }

    @Test
    void everyPublishedGroupWithAWithheldCellHasAtLeastTwo() {
        for (int i = 0; i < 13; i++) {
            FigureCase opened = keep(FigureCase.report(i % 3 == 0 ? ALBLASSERDAM : DORDRECHT,
                    dutch(2025, i < 9 ? 3 : 9, 2 + i, 9, 0)));
            opened.then(dutch(2025, i < 9 ? 3 : 9, 3 + i, 9, 0), new CodeAssigned(opened.caseId(),
                    SafetyCode.values()[i % 3], null, SafetyCode.values()[i % 3].processDirection()));
        }
        replay();

        for (String municipality : new String[] {null, DORDRECHT, ALBLASSERDAM}) {
            for (String period : List.of("2025", "2025-H1", "2025-H2")) {
                RegionalFigures figures = figures(REGION, municipality, period);
                for (Linked<String> group : FigureCatalogue.links()) {
                    long withheld = group.parts().stream().filter(part -> suppressed(figures, part)).count()
                            + (suppressed(figures, group.total()) ? 1 : 0);
                    assertThat(withheld).as("%s %s %s", municipality, period, group).isNotEqualTo(1);
                }
            }
        }
    }

    // ---- period attribution ----

    @Test
    void anEventCountsInTheHalfYearOfItsDutchTime() {
        for (int i = 0; i < 5; i++) {
            // 30 June 23:30 in Dordrecht is still the first half-year, though it is 21:30 in UTC
            keep(FigureCase.report(DORDRECHT, Instant.parse("2025-06-30T21:30:00Z").plusSeconds(i)));
            // 1 July 00:30 in Dordrecht: the second half-year, though it is 30 June in UTC
            keep(FigureCase.report(DORDRECHT, Instant.parse("2025-06-30T22:30:00Z").plusSeconds(i)));
            // New Year's night: 2026 in Dordrecht, 2025 in UTC
            keep(FigureCase.report(DORDRECHT, Instant.parse("2025-12-31T23:30:00Z").plusSeconds(i)));
        }
        replay();

        assertThat(count(figures(REGION, null, "2025-H1"), "contacts.reports")).isEqualTo(5);
        assertThat(count(figures(REGION, null, "2025-H2"), "contacts.reports")).isEqualTo(5);
        assertThat(count(figures(REGION, null, "2025"), "contacts.reports")).isEqualTo(10);
        assertThat(count(figures(REGION, null, "2026-H1"), "contacts.reports")).isEqualTo(5);
        RegionalFigures h2 = figures(REGION, null, "2025-H2");
        assertThat(h2.from()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(h2.to()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    // ---- CodeAssigned ----

    @Test
    void firstSafetyCodesCountByCodeAndLaterCodesAsChangesInTheirOwnPeriod() {
        for (int i = 0; i < 10; i++) {
            FigureCase opened = keep(FigureCase.report(DORDRECHT, dutch(2025, 6, 2, 9, i)));
            SafetyCode code = i < 5 ? SafetyCode.GREEN : SafetyCode.ORANGE;
            opened.then(dutch(2025, 6, 3, 9, i), new CodeAssigned(opened.caseId(), code, null,
                    code.processDirection()));
            if (i >= 5) {
                opened.then(dutch(2025, 7, 2, 9, i), new CodeAssigned(opened.caseId(), SafetyCode.RED,
                        SafetyCode.ORANGE, ProcessDirection.VEILIG_THUIS));
            }
        }
        replay();

        RegionalFigures h1 = figures(REGION, DORDRECHT, "2025-H1");
        assertThat(count(h1, "safetyCodes.first")).isEqualTo(10);
        assertThat(count(h1, "safetyCodes.first.GREEN")).isEqualTo(5);
        assertThat(count(h1, "safetyCodes.first.ORANGE")).isEqualTo(5);
        assertThat(count(h1, "safetyCodes.first.RED")).isZero();
        assertThat(count(h1, "safetyCodes.changes")).isZero();
        RegionalFigures h2 = figures(REGION, DORDRECHT, "2025-H2");
        assertThat(count(h2, "safetyCodes.first")).isZero();
        assertThat(count(h2, "safetyCodes.changes")).isEqualTo(5);
        assertThat(count(figures(REGION, DORDRECHT, "2025"), "safetyCodes.changes")).isEqualTo(5);
    }

    @Test
    void aCodeConfirmedOnTheFindingsOfAnInvestigationIsNeitherAFirstCodeNorAChange() {
        // five: fewer would be suppressed
        for (int i = 0; i < 5; i++) {
            FigureCase opened = keep(FigureCase.report(DORDRECHT, dutch(2025, 3, 2, 9, i)));
            opened.then(dutch(2025, 3, 3, 9, i), new CodeAssigned(opened.caseId(), SafetyCode.ORANGE, null,
                    ProcessDirection.VEILIG_THUIS));
            opened.then(dutch(2025, 4, 3, 9, i), new CodeAssigned(opened.caseId(), SafetyCode.ORANGE,
                    SafetyCode.ORANGE, ProcessDirection.VEILIG_THUIS));
        }
        replay();

        RegionalFigures h1 = figures(REGION, DORDRECHT, "2025-H1");
        assertThat(count(h1, "safetyCodes.first.ORANGE")).isEqualTo(5);
        assertThat(count(h1, "safetyCodes.changes")).isZero();
    }

    // ---- TriageDecided ----

    @Test
    void theFiveWorkingDayNormSkipsGoedeVrijdagAndTweedePaasdag() {
        // received Friday 11 April 2025; the 5th working day after it is Tuesday 22 April (Goede Vrijdag 18 April,
        // Pasen 20 and 21 April), though 22 April is the 7th weekday after the receipt
        Instant received = dutch(2025, 4, 11, 10, 0);
        for (int i = 0; i < 5; i++) {
            FigureCase inTime = keep(FigureCase.report(DORDRECHT, received.plusSeconds(i)));
            inTime.then(dutch(2025, 4, 22, 16, 0), new TriageDecided(inTime.caseId(), TriageOutcome.LOCAL_FIELD));
            FigureCase late = keep(FigureCase.report(DORDRECHT, received.plusSeconds(10 + i)));
            late.then(dutch(2025, 4, 23, 9, 0),
                    new TriageDecided(late.caseId(), TriageOutcome.VEILIG_THUIS_INVESTIGATION));
            keep(FigureCase.report(DORDRECHT, received.plusSeconds(20 + i)));
        }
        replay();

        RegionalFigures figures = figures(REGION, DORDRECHT, "2025-H1");
        assertThat(count(figures, "triage.decisions")).isEqualTo(10);
        assertThat(count(figures, "triage.decisions.LOCAL_FIELD")).isEqualTo(5);
        assertThat(count(figures, "triage.decisions.VEILIG_THUIS_INVESTIGATION")).isEqualTo(5);
        assertThat(count(figures, "triage.decisions.NO_FOLLOW_UP")).isZero();
        assertThat(count(figures, "triage.reports.withinNorm")).isEqualTo(5);
        assertThat(count(figures, "triage.reports.late")).isEqualTo(5);
        assertThat(count(figures, "triage.reports.notTriaged")).isEqualTo(5);
        assertThat(figures.figure("triage.reports.shareWithinNorm").orElseThrow())
                .extracting(Figure::value, Figure::display, Figure::unit)
                .containsExactly(new BigDecimal("50.0"), "50.0", "percent");
    }

    @Test
    void aTriageDecisionCoversTheReportsBeforeItAndALaterReportWaitsForTheNext() {
        for (int i = 0; i < 5; i++) {
            FigureCase opened = keep(FigureCase.report(DORDRECHT, dutch(2025, 9, 1, 9, i)));
            opened.then(dutch(2025, 9, 2, 9, 0), new TriageDecided(opened.caseId(), TriageOutcome.LOCAL_FIELD));
            // Monday 8 September: the next decision comes on Tuesday 23 September, the 11th working day
            opened.bundle(dutch(2025, 9, 8, 9, 0), ContactType.REPORT, FigureCase.CITIZEN,
                    FormOfViolence.PARTNER_VIOLENCE);
            opened.bundle(dutch(2025, 9, 8, 10, 0), ContactType.ADVICE_REQUEST, FigureCase.CITIZEN,
                    FormOfViolence.PARTNER_VIOLENCE);
            opened.then(dutch(2025, 9, 23, 9, 0), new TriageDecided(opened.caseId(), TriageOutcome.LOCAL_FIELD));
        }
        replay();

        RegionalFigures figures = figures(REGION, DORDRECHT, "2025-H2");
        assertThat(count(figures, "contacts.reports")).isEqualTo(10);
        assertThat(count(figures, "triage.reports.withinNorm")).isEqualTo(5);
        assertThat(count(figures, "triage.reports.late")).isEqualTo(5);
        assertThat(count(figures, "triage.reports.notTriaged")).isZero();
        assertThat(display(figures, "triage.reports.shareWithinNorm")).isEqualTo("50.0");
    }

    @Test
    void aShareOnALateCountOfOneToFourIsWithheld() {
        // received Monday 1 September 2025: within the norm up to Monday 8 September
        for (int i = 0; i < 7; i++) {
            FigureCase opened = keep(FigureCase.report(DORDRECHT, dutch(2025, 9, 1, 9, i)));
            opened.then(dutch(2025, 9, i < 5 ? 8 : 9, 17, 0), new TriageDecided(opened.caseId(),
                    TriageOutcome.LOCAL_FIELD));
        }
        replay();

        RegionalFigures figures = figures(REGION, DORDRECHT, "2025-H2");
        assertThat(count(figures, "contacts.reports")).isEqualTo(7);
        assertThat(display(figures, "triage.reports.late")).isEqualTo("<5");
        // 7 reports, 0 not triaged: the 5 within the norm would tell the 2, and so would a share of 71.4%
        assertThat(display(figures, "triage.reports.withinNorm")).isEqualTo("x");
        assertThat(count(figures, "triage.reports.notTriaged")).isZero();
        assertThat(figures.figure("triage.reports.shareWithinNorm").orElseThrow())
                .extracting(Figure::value, Figure::display, Figure::suppressed).containsExactly(null, "x", true);
    }

    // ---- CoordinatorAppointed, FamilyPlanAdopted (and CodeAssigned): lead times ----

    @Test
    void leadTimesRunFromTheFirstReportAndNeedFiveCases() {
        Instant first = dutch(2025, 3, 3, 9, 0);
        int[] daysToCode = {1, 2, 3, 4, 10};
        for (int i = 0; i < 5; i++) {
            FigureCase opened = keep(FigureCase.report(DORDRECHT, first));
            opened.then(first.plus(Duration.ofDays(daysToCode[i])), new CodeAssigned(opened.caseId(),
                    SafetyCode.ORANGE, null, ProcessDirection.VEILIG_THUIS));
            if (i < 4) {
                opened.then(first.plus(Duration.ofDays(20 + i)), new CoordinatorAppointed(opened.caseId(),
                        new Coordinator("regisseur", "sociaal-team-dordrecht")));
            }
        }
        // a coordinator before the case's first report (a case opened by an advice request) is left out
        FigureCase advice = keep(FigureCase.open(DORDRECHT, first, ContactType.ADVICE_REQUEST, FigureCase.CITIZEN,
                null, FormOfViolence.PARTNER_VIOLENCE));
        advice.then(first.plus(Duration.ofDays(1)), new CoordinatorAppointed(advice.caseId(),
                new Coordinator("regisseur", "sociaal-team-dordrecht")));
        advice.bundle(first.plus(Duration.ofDays(2)), ContactType.REPORT, FigureCase.CITIZEN,
                FormOfViolence.PARTNER_VIOLENCE);
        replay();

        RegionalFigures figures = figures(REGION, DORDRECHT, "2025-H1");
        assertThat(count(figures, "leadTimes.reportToCode.cases")).isEqualTo(5);
        assertThat(figures.figure("leadTimes.reportToCode.medianDays").orElseThrow())
                .extracting(Figure::value, Figure::display, Figure::unit)
                .containsExactly(new BigDecimal("3.0"), "3.0", "days");
        // percentile_cont(0.9) of 1, 2, 3, 4, 10: 4 + 0.6 × (10 - 4)
        assertThat(display(figures, "leadTimes.reportToCode.p90Days")).isEqualTo("7.6");
        assertThat(display(figures, "leadTimes.reportToCoordinator.cases")).isEqualTo("<5");
        assertThat(display(figures, "leadTimes.reportToCoordinator.medianDays")).isEqualTo("x");
        assertThat(display(figures, "leadTimes.reportToCoordinator.p90Days")).isEqualTo("x");
        assertThat(count(figures, "leadTimes.reportToPlan.cases")).isZero();
        assertThat(display(figures, "leadTimes.reportToPlan.medianDays")).isEqualTo("n/a");

        // the fifth coordinator and five plans: now both lead times are shown
        for (int i = 0; i < 5; i++) {
            FigureCase opened = cases.get(i);
            if (i == 4) {
                opened.then(first.plus(Duration.ofDays(30)), new CoordinatorAppointed(opened.caseId(),
                        new Coordinator("regisseur", "sociaal-team-dordrecht")));
            }
            opened.then(first.plus(Duration.ofDays(40 + i)).plus(Duration.ofHours(12)),
                    new FamilyPlanAdopted(opened.caseId(), 1, plan()));
        }
        handler.prepareReset(null);
        replay();
        RegionalFigures later = figures(REGION, DORDRECHT, "2025-H1");
        assertThat(count(later, "leadTimes.reportToCoordinator.cases")).isEqualTo(5);
        assertThat(display(later, "leadTimes.reportToCoordinator.medianDays")).isEqualTo("22.0");
        assertThat(count(later, "leadTimes.reportToPlan.cases")).isEqualTo(5);
        assertThat(display(later, "leadTimes.reportToPlan.medianDays")).isEqualTo("42.5");
    }

    // ---- EscalationRaised ----

    @Test
    void escalationsCountByTheStepRaisedTo() {
        for (int i = 0; i < 10; i++) {
            FigureCase opened = keep(FigureCase.report(DORDRECHT, dutch(2025, 2, 3, 9, i)));
            if (i < 5) {
                opened.then(dutch(2025, 3, 3, 9, i), new EscalationRaised(opened.caseId(), EscalationStep.ADVICE,
                        null, null));
                opened.then(dutch(2025, 3, 10, 9, i), new EscalationRaised(opened.caseId(),
                        EscalationStep.CASE_CONFERENCE, EscalationStep.ADVICE, null));
            } else {
                opened.then(dutch(2025, 3, 3, 9, i), new EscalationRaised(opened.caseId(),
                        EscalationStep.PROCESS_DIRECTOR, null, "kinderen direct onveilig"));
            }
        }
        replay();

        RegionalFigures figures = figures(REGION, DORDRECHT, "2025-H1");
        assertThat(count(figures, "escalations.raised")).isEqualTo(15);
        assertThat(count(figures, "escalations.raised.ADVICE")).isEqualTo(5);
        assertThat(count(figures, "escalations.raised.CASE_CONFERENCE")).isEqualTo(5);
        assertThat(count(figures, "escalations.raised.MANAGEMENT")).isZero();
        assertThat(count(figures, "escalations.raised.PROCESS_DIRECTOR")).isEqualTo(5);
        assertThat(count(figures, "escalations.raised.ADMINISTRATIVE")).isZero();
    }

    /**
     * Seed 000 B2 §5.1.5 and §5.2.4: a report of inadequate coordination starts the process direction of step 4, the
     * process director's escalation to the Meldpunt's manager is step 5; consulting the managers is no escalation.
     */
    @Test
    void inadequateCoordinationCountsAtStepFourAndTheMeldpuntManagerAtStepFive() {
        for (int i = 0; i < 10; i++) {
            FigureCase opened = keep(FigureCase.report(DORDRECHT, dutch(2025, 2, 3, 9, i)));
            opened.then(dutch(2025, 3, 3, 9, i), new InadequateCoordinationReported(opened.caseId(),
                    LocalDate.of(2025, 2, 28), "geen overleg", null));
            if (i < 6) {
                opened.then(dutch(2025, 3, 10, 9, i), new EscalatedToMeldpuntManager(opened.caseId(), "wachtlijst",
                        "gemeente koopt in"));
            } else {
                opened.then(dutch(2025, 3, 10, 9, i), new PartyManagersConsulted(opened.caseId()));
            }
        }
        replay();

        RegionalFigures figures = figures(REGION, DORDRECHT, "2025-H1");
        assertThat(count(figures, "escalations.raised")).isEqualTo(16);
        assertThat(count(figures, "escalations.raised.PROCESS_DIRECTOR")).isEqualTo(10);
        assertThat(count(figures, "escalations.raised.ADMINISTRATIVE")).isEqualTo(6);
        assertThat(count(figures, "escalations.raised.MANAGEMENT")).isZero();
    }

    // ---- HuisverbodImposed, HuisverbodExtended, HuisverbodEnded ----

    @Test
    void huisverbodenCountAsImposedExtendedAndEndedByReason() {
        for (int i = 0; i < 10; i++) {
            FigureCase opened = keep(FigureCase.report(DORDRECHT, dutch(2025, 2, 3, 9, i)));
            LocalDate imposed = LocalDate.of(2025, 2, 4);
            opened.then(dutch(2025, 2, 4, 12, i), new HuisverbodImposed(opened.caseId(), opened.victim(), imposed,
                    imposed.plusDays(10)));
            if (i < 5) {
                opened.then(dutch(2025, 2, 12, 12, i), new HuisverbodExtended(opened.caseId(), imposed.plusDays(10),
                        imposed.plusDays(28)));
                opened.then(dutch(2025, 3, 4, 12, i), new HuisverbodEnded(opened.caseId(), imposed.plusDays(28),
                        HuisverbodEndReason.EXPIRED));
            } else {
                opened.then(dutch(2025, 2, 8, 12, i), new HuisverbodEnded(opened.caseId(), LocalDate.of(2025, 2, 8),
                        HuisverbodEndReason.LIFTED_BY_MAYOR));
            }
        }
        replay();

        RegionalFigures figures = figures(REGION, DORDRECHT, "2025-H1");
        assertThat(count(figures, "huisverbod.imposed")).isEqualTo(10);
        assertThat(count(figures, "huisverbod.extended")).isEqualTo(5);
        assertThat(count(figures, "huisverbod.ended")).isEqualTo(10);
        assertThat(count(figures, "huisverbod.ended.EXPIRED")).isEqualTo(5);
        assertThat(count(figures, "huisverbod.ended.LIFTED_BY_MAYOR")).isEqualTo(5);
        assertThat(count(figures, "huisverbod.ended.LIFTED_BY_COURT")).isZero();
    }

    // ---- CaseClosed ----

    @Test
    void closuresCountByReasonInThePeriodOfClosure() {
        for (int i = 0; i < 10; i++) {
            FigureCase opened = keep(FigureCase.report(DORDRECHT, dutch(2025, 5, 1, 9, i)));
            opened.then(dutch(2025, 8, 1, 9, i), new CaseClosed(opened.caseId(),
                    i < 5 ? ClosureReason.CARE_COMPLETED : ClosureReason.NO_FURTHER_ACTION));
        }
        replay();

        assertThat(count(figures(REGION, DORDRECHT, "2025-H1"), "closures")).isZero();
        RegionalFigures h2 = figures(REGION, DORDRECHT, "2025-H2");
        assertThat(count(h2, "closures")).isEqualTo(10);
        assertThat(count(h2, "closures.CARE_COMPLETED")).isEqualTo(5);
        assertThat(count(h2, "closures.NO_FURTHER_ACTION")).isEqualTo(5);
        assertThat(count(h2, "closures.ADVICE_GIVEN")).isZero();
    }

    // ---- repeat reports: ReportReceived with repeatOfCaseId, and the earlier CaseClosed ----

    @Test
    void aRepeatReportIsWithin12MonthsWhenReceivedBeforeTheSameMomentAYearAfterTheClosure() {
        Instant closed = dutch(2024, 3, 1, 10, 0);
        for (int i = 0; i < 11; i++) {
            FigureCase earlier = keep(FigureCase.report(DORDRECHT, dutch(2024, 1, 10, 9, i)));
            earlier.then(closed, new CaseClosed(earlier.caseId(), ClosureReason.CARE_COMPLETED));
            if (i < 5) {
                keep(FigureCase.open(DORDRECHT, dutch(2025, 2, 28, 23, 59), ContactType.REPORT,
                        FigureCase.PROFESSIONAL_IN_EDUCATION, earlier.caseId(), FormOfViolence.PARTNER_VIOLENCE));
            } else if (i < 10) {
                // exactly 12 months after the closure: no longer within
                keep(FigureCase.open(DORDRECHT, closed.atZone(Period.ZONE).plusMonths(12).toInstant(),
                        ContactType.REPORT, FigureCase.PROFESSIONAL_IN_EDUCATION, earlier.caseId(),
                        FormOfViolence.PARTNER_VIOLENCE));
            } else {
                // an advice request that opens a new case is not a repeat report
                keep(FigureCase.open(DORDRECHT, dutch(2025, 2, 1, 9, 0), ContactType.ADVICE_REQUEST,
                        FigureCase.CITIZEN, earlier.caseId(), FormOfViolence.PARTNER_VIOLENCE));
            }
        }
        replay();

        RegionalFigures figures = figures(REGION, DORDRECHT, "2025-H1");
        assertThat(count(figures, "repeatReports")).isEqualTo(10);
        assertThat(count(figures, "repeatReports.within12Months")).isEqualTo(5);
        assertThat(count(figures, "repeatReports.after12Months")).isEqualTo(5);
        assertThat(count(figures(REGION, DORDRECHT, "2024-H1"), "closures.CARE_COMPLETED")).isEqualTo(11);
        assertThat(count(figures(REGION, DORDRECHT, "2024-H1"), "repeatReports")).isZero();
    }

    // ---- ReporterInformed ----

    @Test
    void feedbackCountsOncePerReportAndOnlyForReportersWhoCanBeInformed() {
        for (int i = 0; i < 10; i++) {
            FigureCase opened = keep(FigureCase.report(DORDRECHT, dutch(2025, 1, 6, 9, i)));
            if (i < 5) {
                opened.then(dutch(2025, 1, 20, 9, i), new ReporterInformed(opened.caseId(), opened.firstReportId()));
                // informed again: still one report whose reporter was informed
                opened.then(dutch(2025, 7, 20, 9, i), new ReporterInformed(opened.caseId(), opened.firstReportId()));
            }
            keep(FigureCase.open(DORDRECHT, dutch(2025, 1, 6, 10, i), ContactType.REPORT, FigureCase.ANONYMOUS, null,
                    FormOfViolence.CHILD_PHYSICAL_NEGLECT));
        }
        replay();

        RegionalFigures h1 = figures(REGION, DORDRECHT, "2025-H1");
        assertThat(count(h1, "reports.byReporterType.ANONYMOUS")).isEqualTo(10);
        assertThat(count(h1, "reporterFeedback.given")).isEqualTo(5);
        assertThat(count(h1, "reporterFeedback.reports")).isEqualTo(10);
        assertThat(count(h1, "reporterFeedback.reports.informed")).isEqualTo(5);
        assertThat(count(h1, "reporterFeedback.reports.notInformed")).isEqualTo(5);
        assertThat(count(figures(REGION, DORDRECHT, "2025-H2"), "reporterFeedback.given")).isZero();
    }

    // ---- the notices of the tasks' owners (B2 §2.3) ----

    @Test
    void earlyStopsAndNoShowsCountByTheTypeOfTheOrganisationThatToldThem() {
        UUID task = UUID.randomUUID();
        Coordinator coordinator = new Coordinator("regisseur", "sociaal-team-dordrecht");
        for (int i = 0; i < 6; i++) {
            FigureCase one = keep(FigureCase.report(DORDRECHT, dutch(2025, 2, 3, 9, i)));
            one.events().by("hulpverlener", "jeugdhulp-dordrecht", "CASE_WORKER", "PROVIDER");
            one.then(dutch(2025, 3, 3, 9, i), new HelpStoppedEarly(one.caseId(), task, LocalDate.of(2025, 3, 3),
                    EarlyStopCause.CLIENT_STOPPED, coordinator));
            if (i < 5) {
                one.then(dutch(2025, 2, 20, 9, i), new NoShowsReported(one.caseId(), task, 2 + i,
                        Set.of(NoShowCause.UNKNOWN), coordinator));
            }
            // the start and the end of help are no figure
            one.then(dutch(2025, 2, 10, 9, i), new HelpStarted(one.caseId(), task, LocalDate.of(2025, 2, 10),
                    "hulpverlener", coordinator));
        }
        for (int i = 0; i < 2; i++) {
            FigureCase one = keep(FigureCase.report(DORDRECHT, dutch(2025, 2, 4, 9, i)));
            one.events().by("gi-medewerker", "jeugdbescherming-west", "CASE_WORKER", "CHILD_PROTECTION");
            one.then(dutch(2025, 2, 21, 9, i), new NoShowsReported(one.caseId(), task, 3,
                    Set.of(NoShowCause.CARE_AVOIDANCE), coordinator));
        }
        replay();

        RegionalFigures firstHalf = figures(REGION, null, "2025-H1");
        assertThat(count(firstHalf, "providerNotices.stoppedEarly")).isEqualTo(6);
        assertThat(count(firstHalf, "providerNotices.stoppedEarly.PROVIDER")).isEqualTo(6);
        assertThat(count(firstHalf, "providerNotices.stoppedEarly.LOCAL_TEAM")).isZero();
        assertThat(count(firstHalf, "providerNotices.stoppedEarly.OTHER")).isZero();
        assertThat(count(firstHalf, "providerNotices.noShows")).isEqualTo(7);
        // 2 by child protection are "<5"; 7 - 2 would give them away, so the provider's 5 are withheld too
        assertThat(display(firstHalf, "providerNotices.noShows.CHILD_PROTECTION")).isEqualTo("<5");
        assertThat(display(firstHalf, "providerNotices.noShows.PROVIDER")).isEqualTo("x");
        assertThat(count(firstHalf, "providerNotices.noShows.VEILIG_THUIS")).isZero();
        assertThat(firstHalf.figure("providerNotices.noShows.MAYOR")).as("a mayor owns no task").isEmpty();
        assertThat(count(figures(REGION, null, "2025-H2"), "providerNotices.noShows")).isZero();
    }

    @Test
    void aNoticeRecordedWithoutATypeCountsApart() {
        UUID task = UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            // the ledger itself records without an organisation type
            FigureCase one = keep(FigureCase.report(DORDRECHT, dutch(2025, 2, 3, 9, i)));
            one.then(dutch(2025, 3, 3, 9, i), new HelpStoppedEarly(one.caseId(), task, LocalDate.of(2025, 3, 3),
                    EarlyStopCause.OTHER, new Coordinator("regisseur", "sociaal-team-dordrecht")));
        }
        replay();

        RegionalFigures figures = figures(REGION, null, "2025");
        assertThat(count(figures, "providerNotices.stoppedEarly")).isEqualTo(5);
        assertThat(count(figures, "providerNotices.stoppedEarly.OTHER")).isEqualTo(5);
        assertThat(count(figures, "providerNotices.stoppedEarly.PROVIDER")).isZero();
    }

    // ---- the events no figure counts ----

    @Test
    void investigationsReplacedCoordinatorsRevisedPlansAndResolvedEscalationsChangeNoFigure() {
        List<FigureCase> opened = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            FigureCase one = keep(FigureCase.report(DORDRECHT, dutch(2025, 2, 3, 9, i)));
            one.then(dutch(2025, 2, 4, 9, i), new CodeAssigned(one.caseId(), SafetyCode.RED, null,
                    ProcessDirection.VEILIG_THUIS));
            one.then(dutch(2025, 2, 5, 9, i), new TriageDecided(one.caseId(), TriageOutcome.VEILIG_THUIS_INVESTIGATION));
            one.then(dutch(2025, 2, 6, 9, i), new CoordinatorAppointed(one.caseId(),
                    new Coordinator("regisseur", "sociaal-team-dordrecht")));
            one.then(dutch(2025, 2, 7, 9, i), new FamilyPlanAdopted(one.caseId(), 1, plan()));
            one.then(dutch(2025, 2, 8, 9, i), new EscalationRaised(one.caseId(), EscalationStep.ADVICE, null, null));
            opened.add(one);
        }
        replay();
        RegionalFigures before = figures(REGION, null, "2025");

        for (FigureCase one : opened) {
            one.then(dutch(2025, 3, 1, 9, 0), new InvestigationStarted(one.caseId()));
            one.then(dutch(2025, 3, 2, 9, 0), new InvestigationConcluded(one.caseId(),
                    InvestigationConclusion.UNSAFETY_ESTABLISHED));
            one.then(dutch(2025, 3, 3, 9, 0), new CoordinatorReplaced(one.caseId(),
                    new Coordinator("regisseur", "sociaal-team-dordrecht"), new Coordinator("ander", "wijkteam")));
            one.then(dutch(2025, 3, 4, 9, 0), new FamilyPlanRevised(one.caseId(), 2, plan()));
            one.then(dutch(2025, 3, 5, 9, 0), new EscalationResolved(one.caseId(), EscalationStep.ADVICE));
        }
        handler.prepareReset(null);
        replay();

        assertThat(figures(REGION, null, "2025")).isEqualTo(before);
    }

    // ---- redelivery and reset ----

    @Test
    void aRedeliveredEventCountsOnce() {
        for (int i = 0; i < 6; i++) {
            FigureCase opened = keep(FigureCase.report(DORDRECHT, dutch(2025, 2, 3, 9, i)));
            opened.then(dutch(2025, 2, 4, 9, i), new CodeAssigned(opened.caseId(), SafetyCode.ORANGE, null,
                    ProcessDirection.VEILIG_THUIS));
            opened.then(dutch(2025, 2, 5, 9, i), new TriageDecided(opened.caseId(), TriageOutcome.LOCAL_FIELD));
            opened.then(dutch(2025, 2, 6, 9, i), new EscalationRaised(opened.caseId(), EscalationStep.ADVICE, null,
                    null));
            opened.then(dutch(2025, 2, 7, 9, i), new ReporterInformed(opened.caseId(), opened.firstReportId()));
            opened.then(dutch(2025, 2, 8, 9, i), new CaseClosed(opened.caseId(), ClosureReason.CARE_COMPLETED));
        }
        replay();
        RegionalFigures once = figures(REGION, null, "2025-H1");

        replay();

        assertThat(figures(REGION, null, "2025-H1")).isEqualTo(once);
        assertThat(count(once, "contacts.reports")).isEqualTo(6);
        assertThat(count(once, "escalations.raised")).isEqualTo(6);
    }

    @Test
    void aResetEmptiesTheTablesAndAReplayGivesTheSameFigures() {
        for (int i = 0; i < 7; i++) {
            FigureCase opened = keep(FigureCase.report(DORDRECHT, dutch(2025, 2, 3, 9, i)));
            opened.then(dutch(2025, 2, 4, 9, i), new CodeAssigned(opened.caseId(), SafetyCode.GREEN, null,
                    ProcessDirection.LOCAL_FIELD));
        }
        replay();
        RegionalFigures before = figures(REGION, null, "2025");

        handler.prepareReset(null);

        for (String table : List.of("figures_case", "figures_contact", "figures_case_event")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table, Long.class)).as(table).isZero();
        }
        assertThat(count(figures(REGION, null, "2025"), "contacts.reports")).isZero();
        replay();
        assertThat(figures(REGION, null, "2025")).isEqualTo(before);
    }

    // ---- the query ----

    @Test
    void theAnswerHoldsNoPersonalDataAndNoIdentifiers() throws Exception {
        for (int i = 0; i < 5; i++) {
            FigureCase opened = keep(FigureCase.report(DORDRECHT, dutch(2025, 2, 3, 9, i)));
            opened.then(dutch(2025, 2, 4, 9, i), new ReporterInformed(opened.caseId(), opened.firstReportId()));
        }
        replay();

        String json = JsonMapper.builder().addModule(new JavaTimeModule()).build()
                .writeValueAsString(figures(REGION, DORDRECHT, "2025-H1"));
        assertThat(json).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                .doesNotContain("Voorbeeld").doesNotContain("mentor@school.example").doesNotContain("hh-");
        for (FigureCase opened : cases) {
            assertThat(json).doesNotContain(opened.caseId().toString()).doesNotContain(opened.firstReportId().toString());
        }
        assertThat(json).contains("\"value\":null");
    }

    @Test
    void theAnswerNamesItsScopeAndDefinitions() {
        RegionalFigures figures = figures("VT24", "GM0505", "2025-H1");
        assertThat(figures.period()).isEqualTo("2025-H1");
        assertThat(figures.region()).isEqualTo(new RegionalFigures.Area("VT24", "Zuid-Holland-Zuid"));
        assertThat(figures.municipality()).isEqualTo(new RegionalFigures.Area("GM0505", "Dordrecht"));
        assertThat(figures.definitions()).containsKeys("period", "contacts", "triage", "leadTimes", "repeatReports");
        assertThat(figures.definitions().get("contacts")).contains("once under each category");
        assertThat(figures.sections()).extracting(FigureSection::key).containsExactly("contacts", "reporters",
                "safetyCodes", "triage", "leadTimes", "escalations", "repeatReports", "huisverbod", "closures",
                "reporterFeedback", "timeLimits", "providerNotices");
        assertThat(figures(null, "GM0505", "2025").region().code()).isEqualTo("VT24");
        assertThat(figures("VT24", null, "2025").municipality()).isNull();
    }

    @Test
    void anInvalidQueryNamesItsParameter() {
        assertThatThrownBy(() -> figures("VT24", null, "2025-H3")).isInstanceOf(InvalidQuery.class)
                .extracting(e -> ((InvalidQuery) e).parameter()).isEqualTo("period");
        assertThatThrownBy(() -> figures("VT24", null, null)).isInstanceOf(InvalidQuery.class)
                .extracting(e -> ((InvalidQuery) e).parameter()).isEqualTo("period");
        assertThatThrownBy(() -> figures("VT16", null, "2025")).isInstanceOf(InvalidQuery.class)
                .extracting(e -> ((InvalidQuery) e).parameter()).isEqualTo("region");
        assertThatThrownBy(() -> figures(null, "GM9999", "2025")).isInstanceOf(InvalidQuery.class)
                .extracting(e -> ((InvalidQuery) e).parameter()).isEqualTo("municipality");
        assertThatThrownBy(() -> figures("VT08", "GM0505", "2025")).isInstanceOf(InvalidQuery.class)
                .hasMessageContaining("GM0505 (Dordrecht) lies in VT24 Zuid-Holland-Zuid, not in VT08")
                .extracting(e -> ((InvalidQuery) e).parameter()).isEqualTo("municipality");
        assertThatThrownBy(() -> figures(null, null, "2025")).isInstanceOf(InvalidQuery.class)
                .extracting(e -> ((InvalidQuery) e).parameter()).isEqualTo("region");
    }

    // ---- CSV ----

    @Test
    void theCsvHasOneRowPerFigureWithTheDisplayedValue() {
        for (int i = 0; i < 8; i++) {
            keep(FigureCase.report(DORDRECHT, dutch(2025, 4, 1, 9, i)));
        }
        for (int i = 0; i < 3; i++) {
            keep(FigureCase.open(DORDRECHT, dutch(2025, 4, 1, 10, i), ContactType.REPORT, FigureCase.CITIZEN, null,
                    FormOfViolence.PARTNER_VIOLENCE));
        }
        replay();
        RegionalFigures figures = figures(REGION, DORDRECHT, "2025-H1");

        String csv = FiguresCsv.write(figures);

        assertThat(csv).endsWith("\r\n");
        List<String> lines = List.of(csv.split("\r\n"));
        long figureCount = figures.sections().stream().mapToLong(section -> section.figures().size()).sum();
        assertThat(lines).hasSize(1 + 5 + (int) figureCount + 1 + figures.definitions().size());
        assertThat(lines.get(0)).isEqualTo("section,figure,label,value,unit");
        assertThat(lines).contains("scope,period,Period,2025-H1,", "scope,region,Veilig Thuis region,VT24 Zuid-Holland-Zuid,",
                "scope,municipality,Municipality,GM0505 Dordrecht,",
                "contacts,contacts.reports,Reports (meldingen),11,count",
                "reporters,reports.byReporterType.CITIZEN,Reports by citizens,<5,count",
                "reporters,reports.byReporterType.PROFESSIONAL,Reports by professionals,x,count",
                "triage,triage.reports.shareWithinNorm,Share of triaged reports triaged within 5 working days,n/a,percent");
        // the statement has commas and quotes: one quoted field, quotes doubled
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("notes,suppression,Suppression,\"These")
                .contains("\"\"<5\"\"").endsWith("\","));
        for (String line : lines.subList(1, lines.size())) {
            assertThat(fields(line)).as(line).hasSize(5);
        }
    }

    // ---- helpers ----

    private FigureCase keep(FigureCase opened) {
        cases.add(opened);
        return opened;
    }

    /** Hands every kept case's events to the projection, case by case, as a tracking processor would. */
    private void replay() {
        for (FigureCase opened : cases) {
            for (EventMessage<?> event : opened.events().all()) {
                try {
                    handler.handle(event);
                } catch (Exception e) {
                    throw new IllegalStateException("the projection failed on " + event.getPayloadType(), e);
                }
            }
        }
    }

    private RegionalFigures figures(String region, String municipality, String period) {
        return queries.handle(new FindRegionalFigures(region, municipality, period));
    }

    private static long count(RegionalFigures figures, String key) {
        Figure figure = figures.figure(key).orElseThrow(() -> new AssertionError("no figure " + key));
        assertThat(figure.suppressed()).as("%s suppressed: %s", key, figure.display()).isFalse();
        assertThat(figure.unit()).isEqualTo("count");
        return figure.value().longValue();
    }

    private static String display(RegionalFigures figures, String key) {
        return figures.figure(key).orElseThrow(() -> new AssertionError("no figure " + key)).display();
    }

    private static boolean suppressed(RegionalFigures figures, String key) {
        return figures.figure(key).orElseThrow(() -> new AssertionError("no figure " + key)).suppressed();
    }

    private static FamilyPlan plan() {
        return new FamilyPlan(List.of(), List.of(), List.of("contact the police at any threat"), List.of(), List.of());
    }

    /** Splits one CSV line into its fields, honouring quotes. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
