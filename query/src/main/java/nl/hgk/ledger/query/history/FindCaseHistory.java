package nl.hgk.ledger.query.history;

import java.time.Instant;
import java.util.UUID;

/**
 * Asks for the history of one case, answered with a {@link CaseHistory}.
 *
 * @param caseId the case
 * @param asOf   the moment to reconstruct: only the events recorded at or before it, and the state they make; absent
 *               for now (every event). A moment in the future is the same as now.
 */
public record FindCaseHistory(UUID caseId, Instant asOf) {
}
