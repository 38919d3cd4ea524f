package nl.hgk.ledger.query.history;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.hgk.ledger.query.casestate.CaseState;

/**
 * The history of one case up to a moment, read from the event store when it was asked for.
 *
 * @param caseId      the case
 * @param asOf        the moment asked for; absent when the history runs up to now
 * @param generatedAt when this history was read from the event store
 * @param entries     every event recorded at or before {@code asOf}, in the order of the case (by sequence number)
 * @param state       the case as it stood after those entries. Unlike the entries it does contain the personal data
 *                    of the people involved, as the reports recorded them: keep it as confidential as the case
 * @param organisationsNow the organisations involved in the case now, whatever the moment asked for: they decide who
 *                    may read the history. Not part of the answer (the state as of the moment has its own)
 */
@Schema(description = "Every event of a case up to a moment, and the state of the case at that moment")
public record CaseHistory(UUID caseId,
                          @Schema(description = "the moment asked for; absent for now") Instant asOf,
                          Instant generatedAt,
                          List<HistoryEntry> entries,
                          // documented as a plain object: its nested records (Plan, Report, Member, ...) would take
                          // the OpenAPI schema names of the command side's request types, which share simple names
                          @Schema(implementation = Object.class, description = "the case as it stood at asOf, "
                                  + "folded from the entries: status, municipality, openedAt, members, reports, code, "
                                  + "triage, investigation, coordination, plan, escalation, huisverbod, organisations, "
                                  + "closureReason, closedAt, version. CONTAINS PERSONAL DATA of the people involved "
                                  + "(members[].personalData)")
                          CaseState state,
                          @JsonIgnore @Schema(hidden = true) Set<String> organisationsNow) {

    public CaseHistory {
        entries = List.copyOf(entries);
        organisationsNow = Set.copyOf(organisationsNow);
    }
}
