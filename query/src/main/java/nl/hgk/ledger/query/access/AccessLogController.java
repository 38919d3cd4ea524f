package nl.hgk.ledger.query.access;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.access.SignedInUser;
import nl.hgk.ledger.query.web.InvalidQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who looked at which case: the access log, for inspectors (their region's cases) and privacy officers. */
@RestController
@Tag(name = "Access log", description = "Every read of a family plan or case history: who, when, which case, what, "
        + "why (inspectors: their region's cases; privacy officers: their organisation's reads)")
class AccessLogController {

    static final int MAX_SIZE = 500;

    private final AccessLog log;
    private final SignedInUser signedIn;

    AccessLogController(AccessLog log, SignedInUser signedIn) {
        this.log = log;
        this.signedIn = signedIn;
    }

    @GetMapping("/api/access-log")
    @Operation(summary = "The reads of family plans and case histories, oldest first",
            description = "An inspector sees the reads of the cases of their own Veilig Thuis region; a privacy "
                    + "officer (functionaris gegevensbescherming) sees the reads by the people of their own "
                    + "organisation. Give caseId to see who looked at one case.")
    AccessLogPage find(
            @Parameter(description = "only the reads of this case") @RequestParam(required = false) UUID caseId,
            @Parameter(description = "reads at or after this moment (ISO-8601 with a time zone)",
                    example = "2025-03-01T00:00:00Z") @RequestParam(required = false) String from,
            @Parameter(description = "reads before this moment (ISO-8601 with a time zone)")
            @RequestParam(required = false) String to,
            @Parameter(description = "the page, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "reads per page, 1 to " + MAX_SIZE) @RequestParam(defaultValue = "50") int size) {
        LedgerUser reader = signedIn.current();
        Instant since = moment("from", from);
        Instant until = moment("to", to);
        if (since != null && until != null && since.isAfter(until)) {
            throw new InvalidQuery("to", "must not be before 'from'");
        }
        if (page < 0 || page > 1_000_000) {
            throw new InvalidQuery("page", "must be 0 to 1000000");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidQuery("size", "must be 1 to " + MAX_SIZE);
        }
        return log.find(reader, caseId, since, until, page, size);
    }

    private static Instant moment(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(value.strip(), Instant::from);
        } catch (DateTimeParseException e) {
            throw new InvalidQuery(parameter, "'" + value + "' is not an ISO-8601 moment with a time zone, such as "
                    + "2025-03-01T00:00:00Z");
        }
    }
}
