package nl.hgk.ledger.query.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.hgk.ledger.events.careavoidance.ActionPlanApproach;
import nl.hgk.ledger.events.careavoidance.ActionPlanDrawnUp;
import nl.hgk.ledger.events.careavoidance.CareAvoidanceRecorded;
import nl.hgk.ledger.events.closure.CaseClosed;
import nl.hgk.ledger.events.deadlines.DeadlineMissed;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.deadlines.TimeLimitCleared;
import nl.hgk.ledger.events.deadlines.TimeLimitOutcome;
import nl.hgk.ledger.events.deadlines.TimeLimitSet;
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
import nl.hgk.ledger.events.escalation.AdministrativeDecisionConfirmed;
import nl.hgk.ledger.events.escalation.AdministrativeDecisionTaken;
import nl.hgk.ledger.events.escalation.CareMeetingCalled;
import nl.hgk.ledger.events.escalation.CareMeetingHeld;
import nl.hgk.ledger.events.escalation.CareOrderConcluded;
import nl.hgk.ledger.events.escalation.CareOrdered;
import nl.hgk.ledger.events.escalation.CoordinationReturned;
import nl.hgk.ledger.events.escalation.EscalatedToMeldpuntManager;
import nl.hgk.ledger.events.escalation.InadequateCoordinationReported;
import nl.hgk.ledger.events.escalation.PartyManagersConsulted;
import nl.hgk.ledger.events.escalation.CaseConferenceHeld;
import nl.hgk.ledger.events.coordination.FamilyPlanEvaluated;
import nl.hgk.ledger.events.closure.ClosureReason;
import nl.hgk.ledger.events.coordination.Consent;
import nl.hgk.ledger.events.coordination.ConsentDecider;
import nl.hgk.ledger.events.coordination.ConsentDecision;
import nl.hgk.ledger.events.coordination.Coordinator;
import nl.hgk.ledger.events.coordination.ProcessDirector;
import nl.hgk.ledger.events.coordination.ProcessDirectorAppointed;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.coordination.CoordinatorReplaced;
import nl.hgk.ledger.events.coordination.FamilyPlan;
import nl.hgk.ledger.events.coordination.FamilyPlanAdopted;
import nl.hgk.ledger.events.coordination.FamilyPlanRevised;
import nl.hgk.ledger.events.coordination.Goal;
import nl.hgk.ledger.events.coordination.LifeDomain;
import nl.hgk.ledger.events.coordination.PlanTask;
import nl.hgk.ledger.events.coordination.TaskStatus;
import nl.hgk.ledger.events.escalation.EscalationRaised;
import nl.hgk.ledger.events.escalation.EscalationResolved;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.events.huisverbod.HuisverbodEndReason;
import nl.hgk.ledger.events.huisverbod.HuisverbodEnded;
import nl.hgk.ledger.events.huisverbod.HuisverbodExtended;
import nl.hgk.ledger.events.huisverbod.HuisverbodImposed;
import nl.hgk.ledger.events.intake.ContactType;
import nl.hgk.ledger.events.intake.FormOfViolence;
import nl.hgk.ledger.events.intake.HouseholdKey;
import nl.hgk.ledger.events.intake.ReportReceived;
import nl.hgk.ledger.events.intake.Reporter;
import nl.hgk.ledger.events.intake.ReporterInformed;
import nl.hgk.ledger.events.intake.ReporterSector;
import nl.hgk.ledger.events.intake.ReporterType;
import nl.hgk.ledger.events.person.Address;
import nl.hgk.ledger.events.person.InvolvedPerson;
import nl.hgk.ledger.events.person.PersonErased;
import nl.hgk.ledger.events.person.PersonRole;
import nl.hgk.ledger.events.person.PersonalData;
import nl.hgk.ledger.events.triage.CodeAssigned;
import nl.hgk.ledger.events.triage.InvestigationConcluded;
import nl.hgk.ledger.events.triage.InvestigationConclusion;
import nl.hgk.ledger.events.triage.InvestigationStarted;
import nl.hgk.ledger.events.triage.ProcessDirection;
import nl.hgk.ledger.events.triage.SafetyCode;
import nl.hgk.ledger.events.triage.TriageDecided;
import nl.hgk.ledger.events.triage.TriageOutcome;
import nl.hgk.ledger.query.CaseEvents;
import nl.hgk.ledger.reference.MunicipalityCode;

/**
 * Event streams for the history tests: one case that passes every event type of the published language, full of
 * personal data and free text that a history entry must never repeat, one minute between events.
 */
final class HistoryCases {

    static final Instant START = Instant.parse("2025-03-01T09:00:00Z");
    /** how many events {@link #everyEventType()} tells: one more for every event type added to the story */
    static final int EVENTS = 45;
    private static final UUID DECISION_ID = UUID.fromString("d0c15100-0000-4000-8000-000000000001");
    private static final UUID ORDER_ID = UUID.fromString("0cde0000-0000-4000-8000-000000000001");
    /** the task of every plan version of the story */
    private static final UUID TASK_ID = UUID.fromString("7a5c0000-0000-4000-8000-000000000001");

    /** Everything personal or free in the events below: none of it may appear in a description. */
    static final List<String> PRIVATE_TEXT = List.of(
            "Anna", "Piet", "Sam", "Lotte", "Oma", "Jansen", "111222333", "222333444", "Dorpsstraat", "3311 AB",
            "1990", "03-02-1990", "slaapt slecht", "J. de Vries", "078-1234567", "haar zus",
            "Geen geweld meer thuis", "Wekelijks huisbezoek", "Piet belt bij dreiging", "regisseur belt niet terug",
            "intensieve gezinsbegeleiding", "wachtlijst blokkeert de hulp", "gemeente koopt een plek in",
            "weigert elk contact", "escalatie thuis", "vindt hulp onzin");

    final UUID caseId = UUID.randomUUID();
    final UUID reportId = UUID.randomUUID();
    final UUID victim = UUID.randomUUID();
    final UUID perpetrator = UUID.randomUUID();
    final UUID child = UUID.randomUUID();
    final UUID secondChild = UUID.randomUUID();
    final UUID grandmother = UUID.randomUUID();
    final CaseEvents events = new CaseEvents(caseId, START);
    private int minute;

    /** @return the journey of {@link #caseId}: {@link #EVENTS} events, sequence 0 on, at {@link #at(int)} 0 on */
    static HistoryCases everyEventType() {
        HistoryCases story = new HistoryCases();
        story.tell();
        return story;
    }

    /** @return the moment of the event with this sequence number: {@link #START} plus that many minutes */
    static Instant at(int sequenceNumber) {
        return START.plusSeconds(60L * sequenceNumber);
    }

    private void tell() {
        next().add(new ReportReceived(caseId, reportId, new HouseholdKey("hh-1"), new MunicipalityCode("GM0505"),
                "VT24", ContactType.REPORT,
                new Reporter(ReporterType.PROFESSIONAL, ReporterSector.EDUCATION,
                        new PersonalData("J. de Vries", null, null, null, "078-1234567")),
                Set.of(FormOfViolence.CHILD_WITNESSING_PARTNER_VIOLENCE, FormOfViolence.PARTNER_VIOLENCE),
                List.of(person(victim, PersonRole.VICTIM, "Anna Jansen", "111222333", "slaapt slecht"),
                        person(perpetrator, PersonRole.PERPETRATOR, "Piet Jansen", "222333444", null),
                        person(child, PersonRole.CHILD, "Sam Jansen", null, null),
                        person(secondChild, PersonRole.CHILD, "Lotte Jansen", null, null)),
                null));
        next().add(new CodeAssigned(caseId, SafetyCode.GREEN, null, ProcessDirection.LOCAL_FIELD));
        next().add(new ReportReceived(caseId, UUID.randomUUID(), new HouseholdKey("hh-1"),
                new MunicipalityCode("GM0505"), "VT24", ContactType.ADVICE_REQUEST,
                new Reporter(ReporterType.ANONYMOUS, null, null), Set.of(FormOfViolence.ELDER_ABUSE),
                List.of(person(grandmother, PersonRole.SUPPORT_NETWORK, "Oma Jansen", null, null)), null));
        next().add(new CodeAssigned(caseId, SafetyCode.ORANGE, SafetyCode.GREEN, ProcessDirection.VEILIG_THUIS),
                "tweede signaal <script>alert('x')</script>");
        next().add(new TriageDecided(caseId, TriageOutcome.VEILIG_THUIS_INVESTIGATION));
        next().add(new InvestigationStarted(caseId));
        next().add(new HuisverbodImposed(caseId, perpetrator, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 30)));
        next().add(new HuisverbodExtended(caseId, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 18)));
        next().add(new InvestigationConcluded(caseId, InvestigationConclusion.UNSAFETY_ESTABLISHED));
        next().add(new CoordinatorAppointed(caseId, new Coordinator("regisseur", "sociaal-team-dordrecht")));
        next().by("regisseur", "sociaal-team-dordrecht", "COORDINATOR")
                // as a plan recorded before consents named representatives and signatures reads (ConsentUpcaster)
                .add(new FamilyPlanAdopted(caseId, 1, plan(
                        new Consent(victim, ConsentDecider.PERSON, null, ConsentDecision.GIVEN, null, null),
                        new Consent(secondChild, ConsentDecider.LEGAL_REPRESENTATIVE, null, ConsentDecision.GIVEN,
                                null, null))));
        next().add(new FamilyPlanRevised(caseId, 2, plan(
                        Consent.own(victim, ConsentDecision.REFUSED, false,
                                PersonalData.noteOnly("wil eerst met haar zus praten")),
                        Consent.byRepresentative(secondChild, victim, ConsentDecision.GIVEN, true, null))),
                "veiligheidsafspraak toegevoegd");
        next().by("casemanager", "veilig-thuis-zhz", "CASE_WORKER").add(new CoordinatorReplaced(caseId,
                        new Coordinator("regisseur", "sociaal-team-dordrecht"),
                        new Coordinator("regisseur2", "wijkteam-zwijndrecht")),
                "regisseur met verlof");
        next().by("regisseur2", "wijkteam-zwijndrecht", "COORDINATOR")
                .add(new EscalationRaised(caseId, EscalationStep.ADVICE, null, null), "hulp komt niet op gang");
        next().add(new EscalationRaised(caseId, EscalationStep.PROCESS_DIRECTOR, EscalationStep.ADVICE,
                "kinderen direct onveilig"), "partijen leveren niet");
        next().add(new ProcessDirectorAppointed(caseId, new ProcessDirector("procesregisseur", "meldpunt-zhz")));
        next().add(new EscalationResolved(caseId, EscalationStep.PROCESS_DIRECTOR));
        next().by("casemanager", "veilig-thuis-zhz", "CASE_WORKER")
                .add(new HuisverbodEnded(caseId, LocalDate.of(2026, 12, 18), HuisverbodEndReason.EXPIRED));
        next().add(new ReporterInformed(caseId, reportId));
        next().by("system", "hgk-ledger", "SYSTEM").add(new DeadlineMissed(caseId, TimeLimit.TRIAGE, null,
                Instant.parse("2026-12-20T23:00:00Z")), "triagetermijn van 5 werkdagen verstreken");
        next().by("regisseur2", "wijkteam-zwijndrecht", "COORDINATOR").add(new TimeLimitSet(caseId,
                TimeLimit.PLAN_EVALUATION, "2027-01-15", Instant.parse("2027-01-15T23:00:00Z")));
        next().add(new FamilyPlanEvaluated(caseId, 2, LocalDate.of(2027, 1, 15)));
        next().add(new TimeLimitCleared(caseId, TimeLimit.PLAN_EVALUATION, "2027-01-15",
                Instant.parse("2027-01-15T23:00:00Z"), TimeLimitOutcome.MET));
        next().add(new CaseConferenceHeld(caseId, LocalDate.of(2026, 12, 21)));
        next().add(new AdministrativeDecisionTaken(caseId, DECISION_ID, Instant.parse("2026-12-22T09:00:00Z"),
                "jeugdhulp start direct"));
        next().add(new AdministrativeDecisionConfirmed(caseId, DECISION_ID));
        next().by("casemanager", "veilig-thuis-zhz", "CASE_WORKER")
                .add(new CaseClosed(caseId, ClosureReason.CARE_COMPLETED), "doelen bereikt");
        next().by("privacy", "veilig-thuis-zhz", "PRIVACY_OFFICER")
                .add(new PersonErased(caseId, grandmother), "verzoek tot verwijdering (AVG art. 17)");
        next().by("system", "hgk-ledger", "SYSTEM").add(new PersonErased(caseId, reportId),
                "bewaartermijn Veilig Thuis-dossier verstreken");
        // added to the published language later than the story above: at its end, so the times above stay as they were
        next().by("p.devries", "meldpunt-zhz", "COORDINATOR").add(new CareMeetingCalled(caseId, false,
                LocalDate.of(2026, 12, 23)));
        next().add(new CareMeetingHeld(caseId, LocalDate.of(2026, 12, 22)));
        next().by("hulpverlener", "jeugdhulp-dordrecht", "CASE_WORKER").add(new InadequateCoordinationReported(caseId,
                LocalDate.of(2026, 12, 20), "regisseur belt niet terug", null));
        next().by("p.devries", "meldpunt-zhz", "CASE_WORKER").add(new CareOrdered(caseId, ORDER_ID,
                "jeugdhulp-dordrecht", "intensieve gezinsbegeleiding", LocalDate.of(2027, 1, 31)));
        next().add(new CareOrderConcluded(caseId, ORDER_ID, true));
        next().add(new PartyManagersConsulted(caseId), "managers zeggen plek toe");
        next().add(new EscalatedToMeldpuntManager(caseId, "wachtlijst blokkeert de hulp", "gemeente koopt een plek in"));
        next().add(new CoordinationReturned(caseId, new Coordinator("m.smit", "jeugdhulp-dordrecht"),
                new Coordinator("regisseur2", "wijkteam-zwijndrecht")));
        next().by("regisseur2", "wijkteam-zwijndrecht", "COORDINATOR").add(new CareAvoidanceRecorded(caseId,
                perpetrator, PersonalData.noteOnly("Piet weigert elk contact"),
                PersonalData.noteOnly("escalatie thuis"), PersonalData.noteOnly("vindt hulp onzin")));
        next().by("p.devries", "meldpunt-zhz", "CASE_WORKER")
                .add(new ActionPlanDrawnUp(caseId, ActionPlanApproach.NEW_COORDINATOR));
        Coordinator coordinator = new Coordinator("regisseur2", "wijkteam-zwijndrecht");
        next().by("j.smit", "veilig-thuis-zhz", "CASE_WORKER").add(new HelpStarted(caseId, TASK_ID,
                LocalDate.of(2026, 12, 1), "j.smit", coordinator));
        next().add(new NoShowsReported(caseId, TASK_ID, 3, Set.of(NoShowCause.PRESSURE_FROM_HOUSEHOLD,
                NoShowCause.CARE_AVOIDANCE), coordinator));
        next().add(new ClientTransferred(caseId, TASK_ID, "j.smit", "k.mulder", coordinator));
        next().add(new OtherPartyProposed(caseId, TASK_ID, "schuldhulp-dordrecht", FormOfHelp.DEBT_COUNSELLING,
                coordinator));
        next().add(new HelpStoppedEarly(caseId, TASK_ID, LocalDate.of(2026, 12, 20),
                EarlyStopCause.HELP_DOES_NOT_FIT, coordinator));
        next().add(new HelpEnded(caseId, UUID.randomUUID(), LocalDate.of(2026, 12, 21), HelpEffect.GOALS_ACHIEVED,
                coordinator));
    }

    /** @return a report that opens a new case while an earlier case of the household was closed */
    static CaseEvents repeatReport(UUID earlierCase) {
        CaseEvents events = new CaseEvents(UUID.randomUUID(), START);
        events.add(new ReportReceived(events.caseId(), UUID.randomUUID(), new HouseholdKey("hh-1"),
                new MunicipalityCode("GM0505"), "VT24", ContactType.REPORT,
                new Reporter(ReporterType.POLICE, ReporterSector.POLICE, null), Set.of(FormOfViolence.PARTNER_VIOLENCE),
                List.of(person(UUID.randomUUID(), PersonRole.VICTIM, "Anna Jansen", null, null)), earlierCase));
        return events;
    }

    private CaseEvents next() {
        return events.at(at(minute++));
    }

    private static InvolvedPerson person(UUID id, PersonRole role, String name, String bsn, String note) {
        return new InvolvedPerson(id, role, new PersonalData(name, bsn, LocalDate.of(1990, 2, 3),
                new Address("Dorpsstraat", "12", "3311 AB", "Dordrecht"), note));
    }

    private static FamilyPlan plan(Consent... consents) {
        return new FamilyPlan(
                List.of(new Goal(LifeDomain.SAFETY, "Geen geweld meer thuis <b>nu</b>"),
                        new Goal(LifeDomain.PARENTING, "Rust in de opvoeding")),
                List.of(new PlanTask(TASK_ID, "Wekelijks huisbezoek", "veilig-thuis-zhz",
                        LocalDate.of(2026, 12, 31), TaskStatus.PLANNED)),
                List.of("Piet belt bij dreiging de politie"),
                List.of(LocalDate.of(2027, 1, 15), LocalDate.of(2026, 12, 20)),
                List.of(consents));
    }
}
