package nl.hgk.ledger.query.figures;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.hgk.ledger.query.web.InvalidQuery;
import nl.hgk.ledger.reference.Municipalities;
import org.axonframework.queryhandling.QueryGateway;
import nl.hgk.ledger.query.rebuild.ReadsView;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The regional monitoring figures over HTTP, as JSON or CSV. */
@RestController
@ReadsView("regional-figures")
@RequestMapping("/api/figures")
@Tag(name = "Figures", description = "Regional monitoring figures for analysts: aggregated counts, small counts "
        + "suppressed")
class RegionalFiguresController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final QueryGateway queries;
    private final Municipalities municipalities = Municipalities.load();

    RegionalFiguresController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, FiguresCsv.MEDIA_TYPE})
    @Operation(summary = "Regional monitoring figures of a period, for a Veilig Thuis region or a municipality",
            description = "Advice requests and reports by form of violence, reports by reporter, safety codes, triage "
                    + "and the 5-working-day norm, lead times, escalations, repeat reports, huisverboden, closures, "
                    + "feedback to reporters, and the share of time limits met per kind against the national norms "
                    + "(90% of reports triaged within 5 working days, 80% of investigations completed within 10 "
                    + "weeks). Never personal data or case ids. JSON by default; CSV with "
                    + "format=csv or Accept: text/csv (one row per figure: section, figure, label, value, unit).\n\n"
                    + "**Suppression.** " + FigureDefinitions.SUPPRESSION + "\n\n"
                    + "**Period.** " + FigureDefinitions.PERIOD + "\n\n"
                    + "**Advice requests and reports.** " + FigureDefinitions.CONTACTS + "\n\n"
                    + "**Reporters.** " + FigureDefinitions.REPORTERS + "\n\n"
                    + "**Safety codes.** " + FigureDefinitions.SAFETY_CODES + "\n\n"
                    + "**Triage.** " + FigureDefinitions.TRIAGE + "\n\n"
                    + "**Lead times.** " + FigureDefinitions.LEAD_TIMES + "\n\n"
                    + "**Escalations.** " + FigureDefinitions.ESCALATIONS + "\n\n"
                    + "**Repeat reports.** " + FigureDefinitions.REPEAT_REPORTS + "\n\n"
                    + "**Huisverbod.** " + FigureDefinitions.HUISVERBOD + "\n\n"
                    + "**Closures.** " + FigureDefinitions.CLOSURES + "\n\n"
                    + "**Feedback to reporters.** " + FigureDefinitions.FEEDBACK + "\n\n"
                    + "**Time limits.** " + FigureDefinitions.TIME_LIMITS)
    @ApiResponse(responseCode = "200", description = "the figures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = RegionalFigures.class)),
            @Content(mediaType = FiguresCsv.MEDIA_TYPE, schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "400", description = "a parameter is missing, malformed, unknown or inconsistent",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    ResponseEntity<?> figures(
            @Parameter(description = "a year (2025) or half-year (2025-H1: January-June, 2025-H2: July-December)",
                    example = "2025-H1") @RequestParam(required = false) String period,
            @Parameter(description = "a Veilig Thuis region (CBS code); may be left out when a municipality is given",
                    example = "VT24") @RequestParam(required = false) String region,
            @Parameter(description = "a municipality (CBS code), lying in the region when both are given; left out "
                    + "for the whole region", example = "GM0505") @RequestParam(required = false) String municipality,
            @Parameter(description = "json (default) or csv; Accept: text/csv also gives CSV")
            @RequestParam(required = false) String format,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        boolean csv = wantsCsv(format, accept);
        FindRegionalFigures query = new FindRegionalFigures(region, municipality, period);
        FiguresScope.of(query, municipalities); // refuses an invalid query before it is sent
        RegionalFigures figures;
        try {
            figures = queries.query(query, RegionalFigures.class).join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
        if (csv) {
            return ResponseEntity.ok().contentType(CSV).body(FiguresCsv.write(figures));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(figures);
    }

    private static boolean wantsCsv(String format, String accept) {
        if (format != null) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new InvalidQuery("format", "'" + format + "' is not a format: json or csv");
            };
        }
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        accepted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : accepted) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            if (!type.isWildcardType() && !type.isWildcardSubtype() && type.isCompatibleWith(CSV)) {
                return true;
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return false;
            }
        }
        return false;
    }
}
