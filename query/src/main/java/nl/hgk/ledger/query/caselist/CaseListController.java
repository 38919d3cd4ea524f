package nl.hgk.ledger.query.caselist;

import java.util.concurrent.CompletionException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.hgk.ledger.access.AccessPolicy;
import nl.hgk.ledger.access.CaseAction;
import nl.hgk.ledger.access.CaseScope;
import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.access.SignedInUser;
import nl.hgk.ledger.query.access.AccessLog;
import nl.hgk.ledger.query.access.CaseReads;
import nl.hgk.ledger.query.rebuild.ReadsView;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case list and search over HTTP. Answers go through Axon's query bus, like every other reader of a view. Which
 * cases a reader sees is the access policy's reach for reading a family plan: the list shows what the family plan
 * view shows of a case, to whom it shows it. A search by personal data is a read of it: every case it answers is
 * checked against the policy and written to the access log ({@link CaseReads}) before the page is answered.
 */
@RestController
@ReadsView(CaseListProjection.PROCESSING_GROUP)
@RequestMapping("/api/cases")
@Tag(name = "Cases", description = "The case list and search (casuslijst): the cases in the reader's scope, the most "
        + "urgent first, found by status, code, organisation, or a person's BSN, address, or name and birth date")
class CaseListController {

    private static final String PROBLEM = "application/problem+json";
    private static final String TEXT = "at most 100 characters, without control characters";

    private final QueryGateway queries;
    private final SignedInUser signedIn;
    private final BlindIndex index;
    private final CaseReads reads;

    CaseListController(QueryGateway queries, SignedInUser signedIn, BlindIndex index, CaseReads reads) {
        this.queries = queries;
        this.signedIn = signedIn;
        this.index = index;
        this.reads = reads;
    }

    @GetMapping
    @Operation(operationId = "listCases", summary = "The cases in the reader's scope, the most urgent first; "
            + "filtered, searched and paged",
            description = "Only the cases of the reader's own Veilig Thuis region and those their organisation is "
                    + "involved in; every filter narrows that down, never widens it, and a case outside it is never "
                    + "counted. Order: cases with an overdue time limit first, then RED, ORANGE, GREEN, no code, "
                    + "then the soonest due running limit, then the latest activity. Every filter is optional, and "
                    + "all given must hold. A search by bsn, address, or name and birthDate matches a person of the "
                    + "case by keyed hashes of the normalised values (spaces, dots, capitals, accents and extra "
                    + "spaces do not matter); each case it answers is written to the access log. A blank parameter "
                    + "counts as not given.")
    @ApiResponse(responseCode = "200", description = "one page of the list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = CaseList.class)))
    @ApiResponse(responseCode = "400", description = "invalid-query: a parameter is not valid (named in errors)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "forbidden: only case workers and coordinators read the list",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    CaseList list(
            @Parameter(description = "OPEN or CLOSED", schema = @Schema(allowableValues = {"OPEN", "CLOSED"}))
            @RequestParam(required = false) String status,
            @Parameter(description = "the safety code, or NONE for the cases without one",
                    schema = @Schema(allowableValues = {"GREEN", "ORANGE", "RED", "NONE"}))
            @RequestParam(required = false) String code,
            @Parameter(description = "the coordinator's organisation; " + TEXT, example = "sociaal-team-dordrecht")
            @RequestParam(required = false) String coordinator,
            @Parameter(description = "an organisation involved in the case; " + TEXT, example = "veilig-thuis-zhz")
            @RequestParam(required = false) String organisation,
            @Parameter(description = "a person's BSN: nine digits, spaces, dots and dashes between them are fine",
                    example = "999999990") @RequestParam(required = false) String bsn,
            @Parameter(description = "a person's postcode, with houseNumber", example = "3311 AB")
            @RequestParam(required = false) String postcode,
            @Parameter(description = "the house number with its addition (12, 12-A, 12 a), with postcode or with "
                    + "street and city", example = "12") @RequestParam(required = false) String houseNumber,
            @Parameter(description = "a person's street, with houseNumber and city", example = "Voorstraat")
            @RequestParam(required = false) String street,
            @Parameter(description = "a person's city, with street and houseNumber", example = "Dordrecht")
            @RequestParam(required = false) String city,
            @Parameter(description = "a person's full name, with birthDate", example = "A. Voorbeeld")
            @RequestParam(required = false) String name,
            @Parameter(description = "the person's date of birth, with name", example = "2001-09-17")
            @RequestParam(required = false) String birthDate,
            @Parameter(description = "the page, 0 for the first (at most " + FindCases.MAX_PAGE + ")")
            @RequestParam(required = false) String page,
            @Parameter(description = "cases a page, 1 to " + FindCases.MAX_SIZE + "; " + FindCases.DEFAULT_SIZE
                    + " when not given") @RequestParam(required = false) String size,
            @Parameter(description = "why the search is made; recorded in the access log with every case it finds")
            @RequestParam(required = false) String reason,
            @Parameter(description = "why, when not given as the reason parameter")
            @RequestHeader(name = AccessLog.REASON_HEADER, required = false) String reasonHeader) {
        CaseListParameters parameters = new CaseListParameters(status, code, coordinator, organisation, bsn, postcode,
                houseNumber, street, city, name, birthDate, page, size);
        LedgerUser reader = signedIn.current();
        FindCases query = parameters.query(index, AccessPolicy.reach(reader, CaseAction.READ_FAMILY_PLAN));
        CaseList list;
        try {
            list = queries.query(query, CaseList.class).join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
        for (CaseList.Item item : list.items()) {
            CaseScope scope = new CaseScope(item.region(), item.organisations());
            if (query.searchesPersons()) {
                reads.read(item.caseId(), AccessLog.Read.CASE_SEARCH, reason, reasonHeader, read -> {
                    read.admit(scope, parameters.searchedBy(query));
                    return item;
                });
            } else if (!AccessPolicy.permits(reader, CaseAction.READ_FAMILY_PLAN, scope)) {
                // the query selected by the policy's reach: a case outside it is a fault, never something to show
                throw new IllegalStateException("the case list answered case " + item.caseId() + " outside the "
                        + "reader's scope");
            }
        }
        return list;
    }
}
