package nl.hgk.ledger.command.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.access.SignedInUser;
import nl.hgk.ledger.command.web.CommandProblems;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Takes an import of historical cases as NDJSON, one case a line, and answers as it goes: one NDJSON line per case as
 * soon as that case is done, then a summary line. A case is imported wholly or not at all; should the import stop
 * half way (the connection lost, the ledger stopped), the cases answered as imported are in, and sending the whole
 * import again brings in the rest: a case imported before is answered {@link ImportOutcome#ALREADY_IMPORTED}.
 */
@RestController
@RequestMapping(path = "/api/imports")
@Tag(name = "Imports", description = "Bulk import of a region's historical cases (administrators)")
class ImportController {

    static final String NDJSON = "application/x-ndjson";
    private static final Logger log = LoggerFactory.getLogger(ImportController.class);
    private static final int PROGRESS_EVERY = 1000;

    private final CaseImports imports;
    private final CommandBus commandBus;
    private final SignedInUser signedIn;
    /** writes one answer a line, leaving the response open for the next */
    private final ObjectWriter lineWriter;
    private final int maxLineChars;

    ImportController(CaseImports imports, CommandBus commandBus, SignedInUser signedIn, ObjectMapper json,
                     @Value("${hgk.imports.max-line-size:1MB}") DataSize maxLine) {
        this.imports = imports;
        this.commandBus = commandBus;
        this.signedIn = signedIn;
        this.lineWriter = json.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.maxLineChars = Math.toIntExact(maxLine.toBytes());
    }

    @PostMapping(consumes = NDJSON, produces = NDJSON)
    @Operation(summary = "Import historical cases, one case a line (NDJSON); answers one line per case as it is "
            + "done, then a summary",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = NDJSON, schema = @Schema(implementation = ImportedCase.class))))
    void importCases(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LedgerUser importer = signedIn.current();
        if (!(commandBus instanceof SimpleCommandBus)) {
            // a step's moment is the ledger clock of the importing thread: a bus that handles commands elsewhere
            // (Axon Server) would record the steps at the real time
            refuse(response, CommandProblems.problem(HttpStatus.SERVICE_UNAVAILABLE, "import-unavailable",
                    "Imports need the local command bus", "This node hands commands to Axon Server; import on a "
                            + "node with the local command bus"));
            return;
        }
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(NDJSON);
        OutputStream out = response.getOutputStream();
        ImportLines lines = new ImportLines(request.getInputStream(), maxLineChars);
        Map<ImportOutcome, Integer> outcomes = new EnumMap<>(ImportOutcome.class);
        long events = 0;
        long started = System.nanoTime();
        int number = 0;
        for (String line = lines.next(); line != null; line = lines.next()) {
            number++;
            if (line.isBlank() && line != ImportLines.TOO_LONG) {
                continue;
            }
            ImportResult result = line == ImportLines.TOO_LONG ? tooLong(number) : imports.importLine(number, line,
                    importer);
            outcomes.merge(result.outcome(), 1, Integer::sum);
            events += result.outcome() == ImportOutcome.IMPORTED ? result.events() : 0;
            lineWriter.writeValue(out, result);
            out.write('\n');
            out.flush();
            if (number % PROGRESS_EVERY == 0) {
                log.info("import by {}: {} lines, {}, {} events/s", importer.name(), number, outcomes,
                        perSecond(events, started));
            }
        }
        ImportSummary summary = new ImportSummary(number, outcomes.getOrDefault(ImportOutcome.IMPORTED, 0),
                outcomes.getOrDefault(ImportOutcome.ALREADY_IMPORTED, 0),
                outcomes.getOrDefault(ImportOutcome.REFUSED, 0), outcomes.getOrDefault(ImportOutcome.MALFORMED, 0),
                events, Duration.ofNanos(System.nanoTime() - started).toMillis(), perSecond(events, started));
        log.info("import by {} done: {}", importer.name(), summary);
        lineWriter.writeValue(out, Map.of("summary", summary));
        out.write('\n');
        out.flush();
    }

    private void refuse(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        lineWriter.writeValue(response.getOutputStream(), problem);
    }

    private ImportResult tooLong(int line) {
        ProblemDetail problem = CommandProblems.problem(HttpStatus.BAD_REQUEST, "request-too-large",
                "Line too large", "The line is longer than the " + maxLineChars + " characters a case may have "
                        + "(hgk.imports.max-line-size); nothing of it was recorded");
        return ImportResult.notImported(line, null, ImportOutcome.MALFORMED, null, problem);
    }

    private static long perSecond(long events, long started) {
        long nanos = Math.max(1, System.nanoTime() - started);
        return events * 1_000_000_000L / nanos;
    }

    /**
     * An import's totals, its last line.
     *
     * @param durationMillis from the first line read to the last answered
     */
    record ImportSummary(int lines, int imported, int alreadyImported, int refused, int malformed, long events,
                         long durationMillis, long eventsPerSecond) {
    }
}
