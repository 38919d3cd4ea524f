package nl.hgk.ledger.query.caselist;

import java.util.List;
import java.util.Objects;

import nl.hgk.ledger.access.ReachableCases;
import nl.hgk.ledger.events.triage.SafetyCode;
import nl.hgk.ledger.query.casestate.CaseState;

/**
 * Asks for one page of the case list, the most urgent first. Answered with a {@link CaseList}. It carries the
 * search's hashes, never what was searched for: a query may travel and be logged.
 *
 * @param status       OPEN or CLOSED, or absent for both
 * @param code         only cases with this safety code; absent for any (see {@code withoutCode})
 * @param withoutCode  only cases without a safety code yet
 * @param coordinator  only cases whose coordinator is of this organisation
 * @param organisation only cases this organisation is involved in
 * @param searched     only cases with a person whose keys hash to each of these (all of them, not necessarily one
 *                     person)
 * @param reach        the cases the reader may see, as the access policy decides: whatever else is asked, nothing
 *                     outside it is counted or answered
 * @param page         0 for the first page
 * @param size         1 to {@value #MAX_SIZE} cases a page
 */
record FindCases(CaseState.Status status, SafetyCode code, boolean withoutCode, String coordinator,
                        String organisation, List<BlindIndex.Digest> searched, ReachableCases reach, int page,
                        int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 25;
    /** a page further than this is no use to a person, and keeps the offset far from overflowing */
    public static final int MAX_PAGE = 10_000;

    public FindCases {
        // there is no list of everything: a query always says whose list it is
        Objects.requireNonNull(reach, "the reader's reach is required");
        if (code != null && withoutCode) {
            throw new IllegalArgumentException("a code and without a code exclude each other");
        }
        if (page < 0 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page must be 0 to " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE);
        }
        searched = searched == null ? List.of() : List.copyOf(searched);
    }

    /** @return whether the query finds people by their personal data, a read the access log records */
    public boolean searchesPersons() {
        return !searched.isEmpty();
    }
}
