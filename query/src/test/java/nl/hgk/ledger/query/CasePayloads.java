package nl.hgk.ledger.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.hgk.ledger.events.coordination.Consent;
import nl.hgk.ledger.events.coordination.ConsentDecision;
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
import nl.hgk.ledger.events.person.Address;
import nl.hgk.ledger.events.person.InvolvedPerson;
import nl.hgk.ledger.events.person.PersonRole;
import nl.hgk.ledger.events.person.PersonalData;
import nl.hgk.ledger.reference.MunicipalityCode;

/** Event payloads of a typical case, for tests that fold them: a household in Dordrecht (GM0505). */
public final class CasePayloads {

    public static final MunicipalityCode DORDRECHT = MunicipalityCode.of("GM0505");
    public static final Address HOME = new Address("Voorstraat", "12", "3311 AB", "Dordrecht");

    private CasePayloads() {
    }

    public static InvolvedPerson person(PersonRole role, String fullName, LocalDate birthDate) {
        return new InvolvedPerson(UUID.randomUUID(), role, new PersonalData(fullName, null, birthDate, HOME, null));
    }

    /** A school's report about the household: partner violence the child witnesses. */
    public static ReportReceived report(UUID caseId, List<InvolvedPerson> persons) {
        return report(caseId, UUID.randomUUID(), ContactType.REPORT, persons, null);
    }

    public static ReportReceived report(UUID caseId, UUID reportId, ContactType contactType,
                                        List<InvolvedPerson> persons, UUID repeatOfCaseId) {
        return new ReportReceived(caseId, reportId, new HouseholdKey("household-" + caseId), DORDRECHT, "VT24", contactType,
                new Reporter(ReporterType.PROFESSIONAL, ReporterSector.EDUCATION,
                        new PersonalData("J. de Mentor", null, null, null, "mentor@school.example")),
                Set.of(FormOfViolence.PARTNER_VIOLENCE, FormOfViolence.CHILD_WITNESSING_PARTNER_VIOLENCE), persons,
                repeatOfCaseId);
    }

    public static PlanTask task(String description, String ownerOrganisation, LocalDate dueDate, TaskStatus status) {
        return new PlanTask(UUID.randomUUID(), description, ownerOrganisation, dueDate, status);
    }

    /** A plan with one safety goal, the given tasks and agreement, one evaluation date, and one person's consent. */
    public static FamilyPlan plan(String safetyAgreement, LocalDate evaluation, UUID consentingPerson,
                                  PlanTask... tasks) {
        return new FamilyPlan(List.of(new Goal(LifeDomain.SAFETY, "no violence at home")), List.of(tasks),
                List.of(safetyAgreement), List.of(evaluation),
                List.of(Consent.own(consentingPerson, ConsentDecision.GIVEN, true, null)));
    }
}
