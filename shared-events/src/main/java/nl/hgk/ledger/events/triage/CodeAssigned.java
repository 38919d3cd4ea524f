package nl.hgk.ledger.events.triage;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * A safety code was assigned to the case, for the first time or as a change of the earlier one; or, after an
 * investigation, determined on its findings (seed 000 §3.3), which may confirm the code triage gave: then
 * {@code previousCode} equals {@code code}, and nothing changed but that the code is now the investigation's.
 *
 * @param previousCode     the code it replaced or confirmed; absent the first time
 * @param processDirection who holds process direction as a consequence of the code
 */
@Revision("1")
public record CodeAssigned(UUID caseId, SafetyCode code, SafetyCode previousCode, ProcessDirection processDirection) {
}
