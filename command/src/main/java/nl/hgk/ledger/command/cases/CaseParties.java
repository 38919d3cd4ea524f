package nl.hgk.ledger.command.cases;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import nl.hgk.ledger.consent.ConsentRequirement;
import nl.hgk.ledger.events.audit.AuditMetadata;
import nl.hgk.ledger.events.intake.ReportReceived;
import nl.hgk.ledger.events.intake.Reporter;
import nl.hgk.ledger.events.intake.ReporterInformed;
import nl.hgk.ledger.events.person.InvolvedPerson;
import nl.hgk.ledger.events.person.PersonErased;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

/**
 * The people of a case and the reporters of its reports: who the case knows, who is owed feedback, and whose personal
 * data was erased. Feedback and erasure are allowed after closure too: feedback is owed in every case (seed 000 §3.4),
 * and the right to erasure outlives the case.
 */
class CaseParties {

    private final Supplier<UUID> caseId;
    // in the order the case learnt of them: a retention erasure records its subjects in that order
    private final Map<UUID, Reporter> reporters = new LinkedHashMap<>();
    private final Set<UUID> persons = new LinkedHashSet<>();
    /** the birth date a report last recorded of a person: who must consent to a plan depends on it */
    private final Map<UUID, LocalDate> birthDates = new HashMap<>();
    /** the data subjects whose key was destroyed */
    private final Set<UUID> erased = new HashSet<>();

    CaseParties(Supplier<UUID> caseId) {
        this.caseId = caseId;
    }

    boolean isPerson(UUID personId) {
        return persons.contains(personId);
    }

    boolean isErased(UUID subject) {
        return erased.contains(subject);
    }

    /** @return the people of the case as the consent rule sees them, in the order the case learnt of them */
    List<ConsentRequirement.Person> consentingPersons() {
        return persons.stream()
                .map(person -> new ConsentRequirement.Person(person, birthDates.get(person), erased.contains(person)))
                .toList();
    }

    @CommandHandler
    long handle(InformReporter command) {
        Reporter reporter = reporters.get(command.reportId());
        if (reporter == null) {
            throw new CommandRefused(Refusal.UNKNOWN_REPORT, "the report is not part of this case");
        }
        if (reporter.isAnonymous()) {
            throw new CommandRefused(Refusal.ANONYMOUS_REPORTER, "an anonymous reporter cannot be informed");
        }
        apply(new ReporterInformed(caseId.get(), command.reportId()));
        return CaseVersions.current();
    }

    /** Personal data is erased person by person; the rest of the case stays as it was. */
    @CommandHandler
    long handle(ErasePerson command, @MetaDataValue(AuditMetadata.REASON) String reason) {
        if (!isDataSubject(command.personId())) {
            throw new CommandRefused(Refusal.UNKNOWN_PERSON, "the case holds no personal data of that person");
        }
        if (erased.contains(command.personId())) {
            throw new CommandRefused(Refusal.PERSON_ALREADY_ERASED, "the personal data of that person was erased");
        }
        CommandRefused.unlessReasonGiven(reason, "erasing personal data");
        apply(new PersonErased(caseId.get(), command.personId()));
        return CaseVersions.current();
    }

    /** Erases every subject not yet erased, one event each, with the metadata the command came with. */
    void eraseEveryone() {
        dataSubjects().stream().filter(subject -> !erased.contains(subject))
                .forEach(subject -> apply(new PersonErased(caseId.get(), subject)));
    }

    /** @return the people of the case and the reporters who left contact details: everyone with personal data */
    private List<UUID> dataSubjects() {
        List<UUID> subjects = new ArrayList<>(persons);
        reporters.forEach((reportId, reporter) -> {
            if (reporter.contact() != null) {
                subjects.add(reportId);
            }
        });
        return subjects;
    }

    private boolean isDataSubject(UUID subject) {
        Reporter reporter = reporters.get(subject);
        return persons.contains(subject) || (reporter != null && reporter.contact() != null);
    }

    @EventSourcingHandler
    void on(ReportReceived event) {
        reporters.put(event.reportId(), event.reporter());
        for (InvolvedPerson person : event.persons()) {
            persons.add(person.personId());
            if (person.personalData() != null && person.personalData().birthDate() != null) {
                birthDates.put(person.personId(), person.personalData().birthDate());
            }
        }
    }

    @EventSourcingHandler
    void on(PersonErased event) {
        erased.add(event.personId());
        birthDates.remove(event.personId());
    }
}
