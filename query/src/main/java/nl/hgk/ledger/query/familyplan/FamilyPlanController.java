package nl.hgk.ledger.query.familyplan;

import java.time.Duration;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.hgk.ledger.query.access.AccessLog;
import nl.hgk.ledger.query.access.Reader;
import nl.hgk.ledger.query.web.InvalidQuery;
import nl.hgk.ledger.query.web.NotFound;
import nl.hgk.ledger.query.web.ViewBehind;
import nl.hgk.ledger.query.rebuild.ReadsView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The family plan view over HTTP: the view of a case, optionally once it has caught up with a write, and a live
 * stream of its changes. Answers go through Axon's query bus, like every other reader of the view. Every read is
 * checked against the reader's scope, on the view itself (its municipality's region, its organisations), and
 * recorded in the access log before it is answered.
 */
@RestController
@ReadsView("family-plan")
@RequestMapping("/api/family-plans")
@Tag(name = "Family plans", description = "The family plan view of a household's case (gezinsplan): members, code, "
        + "coordinator, plan, escalation, huisverbod, reports, organisations")
class FamilyPlanController {

    private static final String PROBLEM = "application/problem+json";
    private static final String REASON_HELP = "why the family plan is read; recorded in the access log";
    private static final String REASON_HEADER_HELP = "why, when not given as the reason parameter";

    private final FamilyPlanReader reader;
    private final ReadYourWrites readYourWrites;
    private final FamilyPlanUpdates updates;
    private final Duration maxWait;
    private final AccessLog accessLog;

    FamilyPlanController(FamilyPlanReader reader, ReadYourWrites readYourWrites, FamilyPlanUpdates updates,
                         @Value("${hgk.read-your-writes.timeout:5s}") Duration maxWait, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.reader = reader;
        this.readYourWrites = readYourWrites;
        this.updates = updates;
        this.maxWait = maxWait;
    }

    @GetMapping("/{caseId}")
    @Operation(operationId = "getFamilyPlan", summary = "The family plan view of a case",
            description = "The view follows the commands on a case shortly after they are recorded. To see your own "
                    + "write, give the version the command answered with as minVersion: the answer waits (at most "
                    + "5 seconds) until the view has reached it.")
    @ApiResponse(responseCode = "200", description = "the view, at minVersion or later when given",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = FamilyPlanView.class)))
    @ApiResponse(responseCode = "400", description = "invalid-query or invalid-value: a parameter is not valid",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "the case is not in the view (asked without minVersion), or "
            + "not in the reader's scope",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "view-behind: the view did not reach minVersion in time; "
            + "currentVersion says where it is (-1: not in the view yet). Retry after the Retry-After seconds.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    FamilyPlanView get(@PathVariable UUID caseId,
                       @Parameter(description = "wait until the view has reached this case version: the version a "
                               + "command on the case answered with")
                       @RequestParam(required = false) Long minVersion,
                       @Parameter(description = "with minVersion: wait at most this many milliseconds (at most the "
                               + "server's limit, 5 seconds by default)")
                       @RequestParam(required = false) Long maxWaitMillis,
                       @Parameter(description = REASON_HELP) @RequestParam(required = false) String reason,
                       @Parameter(description = REASON_HEADER_HELP)
                       @RequestHeader(name = AccessLog.REASON_HEADER, required = false) String reasonHeader) {
        Reader who = Reader.current();
        String why = AccessLog.reason(who, reason, reasonHeader);
        long started = System.nanoTime();
        FamilyPlanView view;
        try {
            view = find(caseId, minVersion, maxWaitMillis);
        } catch (ViewBehind behind) {
            // the version the view is at would tell that an out-of-scope case exists: answer as for a made-up id
            if (reader.current(caseId).blockOptional().filter(held -> !reaches(who, held)).isPresent()) {
                throw new ViewBehind(minVersion, -1);
            }
            throw behind;
        }
        if (minVersion != null && !reaches(who, view)) {
            // a made-up id waits the whole time and finds nothing: so must a case outside the reader's scope
            sleepUntil(started + wait(maxWaitMillis).toNanos());
            throw new ViewBehind(minVersion, -1);
        }
        accessLog.admit(who, caseId, view.municipality(), view.organisations(), AccessLog.Read.FAMILY_PLAN,
                minVersion == null ? null : "minVersion=" + minVersion, why, () -> unknown(caseId));
        return view;
    }

    private static boolean reaches(Reader who, FamilyPlanView view) {
        return who.reaches(Reader.regionOf(view.municipality()), view.organisations());
    }

    private static void sleepUntil(long nanoTime) {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            try {
                Thread.sleep(Duration.ofNanos(left).toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private FamilyPlanView find(UUID caseId, Long minVersion, Long maxWaitMillis) {
        if (minVersion == null) {
            if (maxWaitMillis != null) {
                throw new InvalidQuery("maxWaitMillis", "is only allowed together with minVersion");
            }
            return reader.current(caseId).blockOptional().orElseThrow(() -> unknown(caseId));
        }
        if (minVersion < 0) {
            throw new InvalidQuery("minVersion", "must be 0 or more");
        }
        if (maxWaitMillis != null && maxWaitMillis < 0) {
            throw new InvalidQuery("maxWaitMillis", "must be 0 or more");
        }
        return readYourWrites.await(caseId, minVersion, wait(maxWaitMillis));
    }

    /** @return how long a read-your-writes request waits: as asked, at most the server's limit */
    private Duration wait(Long maxWaitMillis) {
        return maxWaitMillis == null || Duration.ofMillis(maxWaitMillis).compareTo(maxWait) > 0
                ? maxWait : Duration.ofMillis(maxWaitMillis);
    }

    @GetMapping(path = "/{caseId}/updates", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(operationId = "followFamilyPlan",
            summary = "Live updates of the family plan view of a case (Server-Sent Events)",
            description = "First the current view, then the view again after every change of the case, each as an "
                    + "event named '" + FamilyPlanStream.EVENT + "' whose id is the case version and whose data is "
                    + "the view as JSON. Comment lines keep the connection open. The stream ends after 30 minutes; "
                    + "reconnect to continue (an EventSource does so by itself).")
    @ApiResponse(responseCode = "200", description = "the stream of views",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(type = "string",
                    description = "Server-Sent Events named '" + FamilyPlanStream.EVENT + "'; id: the case version; "
                            + "data: a FamilyPlanView as JSON")))
    @ApiResponse(responseCode = "404", description = "the case is not in the view",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    SseEmitter updates(@PathVariable UUID caseId,
                       @Parameter(description = REASON_HELP) @RequestParam(required = false) String reason,
                       @Parameter(description = REASON_HEADER_HELP)
                       @RequestHeader(name = AccessLog.REASON_HEADER, required = false) String reasonHeader) {
        Reader who = Reader.current();
        String why = AccessLog.reason(who, reason, reasonHeader);
        // checked and recorded once, when the stream opens and before its first view is sent
        return updates.open(caseId, view -> accessLog.admit(who, caseId, view.municipality(), view.organisations(),
                AccessLog.Read.FAMILY_PLAN_UPDATES, null, why, () -> unknown(caseId)));
    }

    /** A case outside the reader's scope is answered word for word like a case that is not in the view. */
    static NotFound unknown(UUID caseId) {
        return new NotFound("No family plan view of case " + caseId);
    }
}
