package nl.hgk.ledger.query.deadlines;

import java.util.Set;
import java.util.concurrent.CompletionException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.access.SignedInUser;
import nl.hgk.ledger.query.rebuild.ReadsView;
import nl.hgk.ledger.query.web.InvalidQuery;
import nl.hgk.ledger.reference.Municipalities;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The deadline board over HTTP; answers go through Axon's query bus, like every other reader of a view. */
@RestController
@ReadsView(DeadlineBoardProjection.PROCESSING_GROUP)
@RequestMapping("/api/deadlines")
@Tag(name = "Deadlines", description = "The deadline and escalation board (termijnenbord): triage, process director, "
        + "care meeting, written confirmation, plan evaluations and tasks, huisverbod ending; each with who a missed "
        + "limit is raised with")
class DeadlineBoardController {

    private final QueryGateway queries;
    private final SignedInUser signedIn;
    private final Set<String> regions = Municipalities.load().regionCodes();

    DeadlineBoardController(QueryGateway queries, SignedInUser signedIn) {
        this.queries = queries;
        this.signedIn = signedIn;
    }

    @GetMapping
    @Operation(summary = "Everything due in the next working days and everything overdue, the most urgent first",
            description = "Only the cases of the reader's own Veilig Thuis region and those their organisation is "
                    + "involved in; region and organisation narrow that down, never widen it.")
    DeadlineBoard board(
            @Parameter(description = "look ahead this many Dutch working days (0: due today), at most "
                    + FindDeadlines.MAX_WORKING_DAYS) @RequestParam(defaultValue = "5") int withinWorkingDays,
            @Parameter(description = "a Veilig Thuis region (CBS code)", example = "VT24")
            @RequestParam(required = false) String region,
            @Parameter(description = "only cases this organisation is involved in", example = "veilig-thuis-zhz")
            @RequestParam(required = false) String organisation,
            @Parameter(description = "at most this many items, 1 to " + FindDeadlines.MAX_ITEMS)
            @RequestParam(defaultValue = "200") int maxItems) {
        if (withinWorkingDays < 0 || withinWorkingDays > FindDeadlines.MAX_WORKING_DAYS) {
            throw new InvalidQuery("withinWorkingDays", "must be 0 to " + FindDeadlines.MAX_WORKING_DAYS);
        }
        if (maxItems < 1 || maxItems > FindDeadlines.MAX_ITEMS) {
            throw new InvalidQuery("maxItems", "must be 1 to " + FindDeadlines.MAX_ITEMS);
        }
        if (region != null && !regions.contains(region)) {
            throw new InvalidQuery("region", "'" + region + "' is not a Veilig Thuis region");
        }
        if (organisation != null && (organisation.isBlank() || organisation.length() > 100)) {
            throw new InvalidQuery("organisation", "must be 1 to 100 characters");
        }
        try {
            // the board's own form of the policy's scope: the reader's region, or their organisation involved
            LedgerUser reader = signedIn.current();
            return queries.query(new FindDeadlines(region, organisation, withinWorkingDays, maxItems,
                    new FindDeadlines.Scope(reader.region(), reader.organisation())), DeadlineBoard.class).join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }
}
