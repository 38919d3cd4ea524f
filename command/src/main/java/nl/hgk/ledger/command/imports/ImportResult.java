package nl.hgk.ledger.command.imports;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.http.ProblemDetail;

/**
 * The answer about one line of an import, one line of the response.
 *
 * @param line     the line's number in the request, from 1
 * @param importId the case's id in the former registration, when the line gave one
 * @param caseId   the ledger's case: imported now or before
 * @param events   how many events the case holds after its import
 * @param step     the step, from 1, that was refused or malformed
 * @param problem  why the case was not imported, as the API says it (RFC 9457)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ImportResult(int line, String importId, ImportOutcome outcome, UUID caseId, Long events, Integer step,
                    ProblemDetail problem) {

    static ImportResult imported(int line, String importId, UUID caseId, long events) {
        return new ImportResult(line, importId, ImportOutcome.IMPORTED, caseId, events, null, null);
    }

    static ImportResult importedBefore(int line, String importId, UUID caseId) {
        return new ImportResult(line, importId, ImportOutcome.ALREADY_IMPORTED, caseId, null, null, null);
    }

    static ImportResult notImported(int line, String importId, ImportOutcome outcome, Integer step,
                                    ProblemDetail problem) {
        return new ImportResult(line, importId, outcome, null, null, step, problem);
    }
}
