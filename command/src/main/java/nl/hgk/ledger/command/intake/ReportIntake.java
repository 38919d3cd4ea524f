package nl.hgk.ledger.command.intake;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.hgk.ledger.command.cases.BundleReport;
import nl.hgk.ledger.command.cases.CommandRefused;
import nl.hgk.ledger.command.cases.OpenCase;
import nl.hgk.ledger.command.cases.Refusal;
import nl.hgk.ledger.command.cases.Report;
import nl.hgk.ledger.reference.Municipalities;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Routes a report to its case: into the household's open case, or into a new one. Must run inside a transaction
 * that is retried on a concurrency failure (see {@code IdempotentRequests}): two reports about one household that
 * arrive at once both see no open case, both open one, and the second then fails on the household's primary key;
 * its retry finds the first one's case and joins it.
 */
@Component
class ReportIntake {

    private final CommandGateway commands;
    private final HouseholdCases householdCases;
    private final EventStore events;
    private final Municipalities municipalities = Municipalities.load();

    ReportIntake(CommandGateway commands, HouseholdCases householdCases, EventStore events) {
        this.commands = commands;
        this.householdCases = householdCases;
        this.events = events;
    }

    ReportReceipt receive(Report report, MetaData audit) {
        if (municipalities.find(report.municipality()).isEmpty()) {
            throw new CommandRefused(Refusal.UNKNOWN_MUNICIPALITY,
                    "no municipality " + report.municipality() + " in the CBS division of "
                            + Municipalities.REFERENCE_YEAR);
        }
        Optional<UUID> openCase = householdCases.openCaseOf(report.household());
        if (openCase.isPresent()) {
            long version = commands.sendAndWait(
                    GenericCommandMessage.asCommandMessage(new BundleReport(openCase.get(), report)).andMetaData(audit));
            return new ReportReceipt(openCase.get(), report.reportId(), version, IntakeOutcome.BUNDLED, null,
                    persons(report));
        }
        UUID repeatOf = householdCases.lastClosedCaseOf(report.household()).orElse(null);
        UUID caseId = UUID.randomUUID();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new OpenCase(caseId, report, repeatOf))
                .andMetaData(audit));
        // opening answers with the case id only; the version depends on what opening recorded (a report also sets
        // the triage limit), and this transaction sees its own events
        long version = events.lastSequenceNumberFor(caseId.toString()).orElse(0L);
        return new ReportReceipt(caseId, report.reportId(), version,
                repeatOf == null ? IntakeOutcome.CASE_OPENED : IntakeOutcome.REPEAT_REPORT, repeatOf, persons(report));
    }

    private static List<ReportReceipt.Person> persons(Report report) {
        return report.persons().stream()
                .map(person -> new ReportReceipt.Person(person.personId(), person.role()))
                .toList();
    }
}
