package nl.hgk.ledger.command.intake;

import java.util.List;
import java.util.UUID;

import nl.hgk.ledger.events.person.PersonRole;

/**
 * The answer to a received report.
 *
 * @param version        the case version after the report: give it as {@code expectedVersion} in the next command
 * @param repeatOfCaseId for a repeat report, the household's earlier case
 * @param persons        the identifiers given to the people of the report, to refer to them in later commands
 *                       (consent to a plan, a huisverbod); their personal data is not repeated here
 */
public record ReportReceipt(UUID caseId, UUID reportId, long version, IntakeOutcome outcome, UUID repeatOfCaseId,
                            List<Person> persons) {

    /** A person of the report: their identifier and role. */
    public record Person(UUID personId, PersonRole role) {
    }
}
