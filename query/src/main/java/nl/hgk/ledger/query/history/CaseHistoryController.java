package nl.hgk.ledger.query.history;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletionException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.hgk.ledger.access.CaseScope;
import nl.hgk.ledger.query.access.AccessLog;
import nl.hgk.ledger.query.access.CaseRead;
import nl.hgk.ledger.query.access.CaseReads;
import nl.hgk.ledger.query.casestate.CaseState;
import nl.hgk.ledger.query.web.InvalidQuery;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inspector's case history over HTTP: as JSON, or as a printable HTML document. {@code GET} only; the command
 * side's endpoints under the same {@code /api/cases/{caseId}} prefix are all {@code POST}. Every read goes through
 * {@link CaseReads}: checked against the reader's scope and recorded in the access log before it is answered,
 * whatever its form.
 */
@RestController
@Tag(name = "Case history", description = "Every event of a case, and the case as it stood at any moment (inspectors)")
class CaseHistoryController {

    private static final Logger log = LoggerFactory.getLogger(CaseHistoryController.class);
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final String EXAMPLE_MOMENT = "2025-03-01T12:00:00Z";

    private final QueryGateway queries;
    private final CaseReads reads;

    CaseHistoryController(QueryGateway queries, CaseReads reads) {
        this.queries = queries;
        this.reads = reads;
    }

    @GetMapping("/api/cases/{caseId}/history")
    @Operation(summary = "The history of a case: every event in order, and the case as it stood at a moment",
            description = "Read from the event store itself, never from a view. Each entry gives when (UTC), who "
                    + "(user, organisation, role), why (the reason, when given) and what, in plain Dutch and without "
                    + "personal data. 'state' is the case as it stood at asOf and does contain personal data. "
                    + "JSON by default; HTML, a printable document in Dutch, with format=html or Accept: text/html.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the history", content = {
                            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                    schema = @Schema(implementation = CaseHistory.class)),
                            @Content(mediaType = MediaType.TEXT_HTML_VALUE,
                                    schema = @Schema(type = "string", description = "printable document"))}),
                    @ApiResponse(responseCode = "400", description = "asOf, format or reason is not valid, or an "
                            + "inspector gave no reason",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = ProblemDetail.class))),
                    @ApiResponse(responseCode = "403", description = "the user's role may not read case histories",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = ProblemDetail.class))),
                    @ApiResponse(responseCode = "404", description = "no such case in the reader's scope (a case "
                            + "outside it is answered as one that does not exist), or it did not exist yet at asOf",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = ProblemDetail.class)))})
    ResponseEntity<?> history(
            @PathVariable UUID caseId,
            @Parameter(description = "the moment to reconstruct, ISO-8601 with a time zone (Z, or an offset with its "
                    + "+ encoded as %2B); only events recorded at or before it count. Absent: now",
                    example = EXAMPLE_MOMENT)
            @RequestParam(required = false) String asOf,
            @Parameter(description = "json (default) or html; overrides the Accept header",
                    schema = @Schema(allowableValues = {"json", "html"}))
            @RequestParam(required = false) String format,
            @Parameter(description = "true: served as a file to save (dossierhistorie-<caseId>.json or .html)")
            @RequestParam(defaultValue = "false") boolean download,
            @Parameter(description = "why the case is read; required of inspectors (or the Hgk-Reason header), "
                    + "recorded in the access log") @RequestParam(required = false) String reason,
            @Parameter(description = "why the case is read, when not given as the reason parameter")
            @RequestHeader(name = AccessLog.REASON_HEADER, required = false) String reasonHeader,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        return reads.read(caseId, AccessLog.Read.CASE_HISTORY, reason, reasonHeader,
                read -> readHistory(read, caseId, asOf, format, download, accept));
    }

    private ResponseEntity<?> readHistory(CaseRead read, UUID caseId, String asOf, String format, boolean download,
                                          String accept) {
        Instant moment = parseAsOf(asOf);
        boolean html = wantsHtml(format, accept);
        CaseHistory history = find(read, caseId, moment);
        // the read is on the record before anything of the case is sent; a case outside the reader's scope is
        // answered like a case that does not exist
        read.admit(CaseScope.of(history.state().getMunicipality(), history.organisationsNow()),
                (html ? "html" : "json") + (download ? " download" : "") + (moment == null ? "" : " asOf=" + moment));
        log.info("case history {} as of {} read by {}", caseId, moment == null ? "now" : moment,
                read.reader().name());

        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .contentType(html ? HTML : MediaType.APPLICATION_JSON);
        if (download) {
            answer.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename("dossierhistorie-" + caseId + (html ? ".html" : ".json")).build().toString());
        }
        return html ? answer.body(CaseHistoryDocument.render(history)) : answer.body(history);
    }

    /**
     * The history; a case that did not exist yet at the moment is told so only to a reader whose scope holds it. A
     * case that does not exist at all the query handler answers itself, word for word as {@link CaseRead#unknown()}.
     */
    private CaseHistory find(CaseRead read, UUID caseId, Instant moment) {
        try {
            return ask(new FindCaseHistory(caseId, moment));
        } catch (CaseHistoryService.NotYet notYet) {
            CaseState now = notYet.now();
            if (!read.reaches(CaseScope.of(now.getMunicipality(), now.getOrganisations()))) {
                throw read.unknown();
            }
            throw notYet;
        }
    }

    private CaseHistory ask(FindCaseHistory query) {
        try {
            return queries.query(query, ResponseTypes.instanceOf(CaseHistory.class)).join();
        } catch (CompletionException failed) {
            // the handler's own NotFound, unwrapped, so that it is answered as 404 like everywhere else
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    /** @return null for absent (now); the instant of an ISO-8601 date-time with zone offset */
    static Instant parseAsOf(String asOf) {
        if (asOf == null) {
            return null;
        }
        try {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(asOf.strip(), Instant::from);
        } catch (DateTimeParseException e) {
            throw new InvalidQuery("asOf", "'" + asOf + "' is not an ISO-8601 moment with a time zone, such as "
                    + EXAMPLE_MOMENT);
        }
    }

    /**
     * {@code format} decides when given. Otherwise the Accept header's most preferred of HTML and JSON does; a
     * wildcard alone ({@code *}{@code /*}) means JSON, so that a browser, which lists text/html first, gets the
     * document, and an API client that accepts anything gets JSON.
     */
    static boolean wantsHtml(String format, String accept) {
        if (format != null) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "html" -> true;
                case "json" -> false;
                default -> throw new InvalidQuery("format", "'" + format + "' is not a format; use json or html");
            };
        }
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
        double html = 0;
        double json = 0;
        for (MediaType type : types) {
            if (type.isWildcardType()) {
                continue;
            }
            if (type.includes(MediaType.TEXT_HTML)) {
                html = Math.max(html, type.getQualityValue());
            }
            if (type.includes(MediaType.APPLICATION_JSON)) {
                json = Math.max(json, type.getQualityValue());
            }
        }
        return html > json;
    }

}
