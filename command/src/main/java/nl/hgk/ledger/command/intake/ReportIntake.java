package nl.hgk.ledger.command.intake;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.hgk.ledger.command.cases.CommandRefused;
import nl.hgk.ledger.command.cases.ReceiveReport;
import nl.hgk.ledger.command.cases.Refusal;
import nl.hgk.ledger.command.cases.Report;
import nl.hgk.ledger.command.web.RefusalDetails;
import nl.hgk.ledger.events.intake.Reporter;
import nl.hgk.ledger.events.person.Address;
import nl.hgk.ledger.events.person.InvolvedPerson;
import nl.hgk.ledger.events.person.PersonalData;
import nl.hgk.ledger.reference.Municipalities;
import nl.hgk.ledger.reference.MunicipalityCode;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

/**
 * The one way a report enters the ledger: it chooses the case (the household's open one, or a new id, a repeat report
 * when the household's earlier case was closed) and has the case receive it. Must run inside a transaction that is
 * retried when it lost a race (see {@code WriteRequests}): two reports about one household that arrive at once both
 * see no open case and both open one; the second fails on the household's primary key, and its retry joins the first
 * one's case. A report that meets its household's case just closed is retried the same way, and opens a new case: a
 * report is never lost to a closure.
 */
@Component
public class ReportIntake {

    private final CommandGateway commands;
    private final HouseholdCases householdCases;
    private final HouseholdKeys householdKeys;
    private final Municipalities municipalities = Municipalities.load();

    ReportIntake(CommandGateway commands, HouseholdCases householdCases, HouseholdKeys householdKeys) {
        this.commands = commands;
        this.householdCases = householdCases;
        this.householdKeys = householdKeys;
    }

    /** Receives a report as the API takes it (and an import of historical cases): new ids for it and its persons. */
    public ReportReceipt receive(ReportRequest request, MetaData audit) {
        return receive(toReport(request), audit);
    }

    public ReportReceipt receive(Report report, MetaData audit) {
        if (municipalities.find(report.municipality()).isEmpty()) {
            throw new CommandRefused(Refusal.UNKNOWN_MUNICIPALITY,
                    "no municipality " + report.municipality() + " in the CBS division of "
                            + Municipalities.REFERENCE_YEAR);
        }
        Optional<UUID> openCase = householdCases.openCaseOf(report.household());
        if (openCase.isPresent()) {
            long version = send(new ReceiveReport(openCase.get(), report, null), audit);
            return new ReportReceipt(openCase.get(), report.reportId(), version, IntakeOutcome.BUNDLED, null,
                    persons(report));
        }
        UUID repeatOf = householdCases.lastClosedCaseOf(report.household()).orElse(null);
        UUID caseId = UUID.randomUUID();
        long version = send(new ReceiveReport(caseId, report, repeatOf), audit);
        return new ReportReceipt(caseId, report.reportId(), version,
                repeatOf == null ? IntakeOutcome.CASE_OPENED : IntakeOutcome.REPEAT_REPORT, repeatOf, persons(report));
    }

    private long send(ReceiveReport command, MetaData audit) {
        try {
            return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(audit));
        } catch (CommandExecutionException refused) {
            if (refused.getDetails().filter(RefusalDetails.class::isInstance).map(RefusalDetails.class::cast)
                    .map(details -> details.refusal() == Refusal.CASE_CLOSED).orElse(false)) {
                throw new ConcurrencyException("the household's case was closed while the report came in", refused);
            }
            throw refused;
        }
    }

    private Report toReport(ReportRequest request) {
        ReportRequest.Household household = request.household();
        Address address = new Address(household.street(), household.houseNumber(), household.postcode(),
                household.city());
        List<InvolvedPerson> persons = request.persons().stream()
                .map(person -> new InvolvedPerson(UUID.randomUUID(), person.role(), new PersonalData(
                        person.fullName(), person.bsn(), person.birthDate(), address, person.note())))
                .toList();
        ReportRequest.Reporter reporter = request.reporter();
        PersonalData contact = reporter.name() == null && reporter.contactDetails() == null
                ? null
                : new PersonalData(reporter.name(), null, null, null, reporter.contactDetails());
        return new Report(UUID.randomUUID(), householdKeys.of(household.postcode(), household.houseNumber()),
                MunicipalityCode.of(household.municipality()), request.contactType(),
                new Reporter(reporter.type(), reporter.sector(), contact), request.formsOfViolence(), persons);
    }

    private static List<ReportReceipt.Person> persons(Report report) {
        return report.persons().stream()
                .map(person -> new ReportReceipt.Person(person.personId(), person.role()))
                .toList();
    }
}
