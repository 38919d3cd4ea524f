package nl.hgk.ledger.query.figures;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

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
import nl.hgk.ledger.query.CaseEvents;
import nl.hgk.ledger.reference.Municipalities;
import nl.hgk.ledger.reference.MunicipalityCode;

/** One case's events for the figures tests: opened by a contact, then whatever happens to it, at given times. */
final class FigureCase {

    private static final Municipalities REGIONS = Municipalities.load();

    static final Reporter PROFESSIONAL_IN_EDUCATION = new Reporter(ReporterType.PROFESSIONAL, ReporterSector.EDUCATION,
            PersonalData.noteOnly("mentor@school.example"));
    static final Reporter CITIZEN = new Reporter(ReporterType.CITIZEN, null, PersonalData.noteOnly("buurman"));
    static final Reporter ANONYMOUS = new Reporter(ReporterType.ANONYMOUS, null, null);

    private final CaseEvents events;
    private final String municipality;
    private final UUID firstReportId;
    private final UUID victim = UUID.randomUUID();

    private FigureCase(CaseEvents events, String municipality, UUID firstReportId) {
        this.events = events;
        this.municipality = municipality;
        this.firstReportId = firstReportId;
    }

    /** @return a time in the Netherlands */
    static Instant dutch(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(Period.ZONE).toInstant();
    }

    /** A case opened by a professional's report about partner violence that children witnessed. */
    static FigureCase report(String municipality, Instant at) {
        return open(municipality, at, ContactType.REPORT, PROFESSIONAL_IN_EDUCATION, null,
                FormOfViolence.PARTNER_VIOLENCE, FormOfViolence.CHILD_WITNESSING_PARTNER_VIOLENCE);
    }

    static FigureCase open(String municipality, Instant at, ContactType type, Reporter reporter, UUID repeatOf,
                           FormOfViolence... forms) {
        UUID caseId = UUID.randomUUID();
        UUID reportId = UUID.randomUUID();
        FigureCase opened = new FigureCase(new CaseEvents(caseId, at), municipality, reportId);
        opened.events.add(received(caseId, reportId, municipality, type, reporter, repeatOf, opened.victim, forms));
        return opened;
    }

    /** Another contact joins the case. */
    UUID bundle(Instant at, ContactType type, Reporter reporter, FormOfViolence... forms) {
        UUID reportId = UUID.randomUUID();
        events.at(at).add(received(caseId(), reportId, municipality, type, reporter, null, UUID.randomUUID(), forms));
        return reportId;
    }

    FigureCase then(Instant at, Object payload) {
        events.at(at).add(payload);
        return this;
    }

    /** An event that names its case, made for this case. */
    FigureCase then(Instant at, Function<UUID, ?> payloadOfCase) {
        return then(at, (Object) payloadOfCase.apply(caseId()));
    }

    UUID caseId() {
        return events.caseId();
    }

    UUID firstReportId() {
        return firstReportId;
    }

    UUID victim() {
        return victim;
    }

    CaseEvents events() {
        return events;
    }

    private static ReportReceived received(UUID caseId, UUID reportId, String municipality, ContactType type,
                                           Reporter reporter, UUID repeatOf, UUID personId,
                                           FormOfViolence... forms) {
        return new ReportReceived(caseId, reportId, new HouseholdKey("hh-" + caseId), MunicipalityCode.of(municipality),
                REGIONS.regionOf(MunicipalityCode.of(municipality)).orElse(null), type, reporter, Set.of(forms),
                List.of(new InvolvedPerson(personId, PersonRole.VICTIM, PersonalData.noteOnly("A. Voorbeeld"))),
                repeatOf);
    }
}
