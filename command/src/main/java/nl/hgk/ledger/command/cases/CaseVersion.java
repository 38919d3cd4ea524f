package nl.hgk.ledger.command.cases;

import java.util.UUID;

/**
 * The answer to a command on a case.
 *
 * @param version the case version the command produced: give it as {@code expectedVersion} in the next command
 */
public record CaseVersion(UUID caseId, long version) {
}
