package nl.hgk.ledger.query.familyplan;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

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
 * stream of its changes. Answers go through Axon's query bus, like every other reader of the view. Every read goes
 * through {@link CaseReads}: checked against the reader's scope, on the view itself (its municipality's region, its
 * organisations), and recorded in the access log before it is answered; while the view is behind a case on the
 * record, the scope is that of the case folded from the record.
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
    private final CaseRecord record;
    private final Duration maxWait;
    private final Duration catchUpWait;
    private final CaseReads reads;

    /**
     * @param maxWait     the longest a read with minVersion waits for the view
     * @param catchUpWait the longest a read without minVersion waits for the view to catch up with a case on the
     *                    record that it does not hold yet
     */
    FamilyPlanController(FamilyPlanReader reader, ReadYourWrites readYourWrites, FamilyPlanUpdates updates,
                         CaseRecord record, @Value("${hgk.read-your-writes.timeout:5s}") Duration maxWait,
                         @Value("${hgk.family-plan.catch-up-wait:3s}") Duration catchUpWait, CaseReads reads) {
        this.reads = reads;
        this.reader = reader;
        this.readYourWrites = readYourWrites;
        this.updates = updates;
        this.record = record;
        this.maxWait = maxWait;
        this.catchUpWait = catchUpWait;
    }

    @GetMapping("/{caseId}")
    @Operation(operationId = "getFamilyPlan", summary = "The family plan view of a case",
            description = "The view follows the commands on a case shortly after they are recorded. To see your own "
                    + "write, follow the Location of the command's answer, or give the version the command answered "
                    + "with as minVersion: the answer waits (at most 5 seconds) until the view has reached it. "
                    + "Without minVersion the view is answered as it is; a case on the record that the view does not "
                    + "hold yet (or not yet as far as the reader's part in it) is waited for, at most 3 seconds.")
    @ApiResponse(responseCode = "200", description = "the view, at minVersion or later when given",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = FamilyPlanView.class)))
    @ApiResponse(responseCode = "400", description = "invalid-query or invalid-value: a parameter is not valid",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "there is no such case (asked without minVersion), or it is "
            + "not in the reader's scope: the same answer",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "view-behind: the view did not reach minVersion in time, or "
            + "(without minVersion) the case is on the record but the view did not catch up with it in time; "
            + "requestedVersion is the version waited for, currentVersion says where the view is (-1: it does not "
            + "hold the case yet). Retry after the Retry-After seconds.",
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
        return reads.read(caseId, AccessLog.Read.FAMILY_PLAN, reason, reasonHeader,
                read -> find(read, caseId, minVersion, maxWaitMillis));
    }

    private FamilyPlanView find(CaseRead read, UUID caseId, Long minVersion, Long maxWaitMillis) {
        FamilyPlanView view = minVersion == null ? asItIs(read, caseId, maxWaitMillis)
                : atLeast(read, caseId, minVersion, maxWaitMillis);
        read.admit(scopeOf(view), minVersion == null ? null : "minVersion=" + minVersion);
        return view;
    }

    /**
     * The view as it is, when it holds the case and the reader may see it. Otherwise the view may only be behind the
     * record: a case just reported, or an organisation's own report that brought it into the case, must not be
     * denied to the one who just wrote it. So the record decides. A made-up id is not on it; a case outside the
     * reader's scope is answered like one, straight away, never after waiting for the view (the wait would tell the
     * two apart). A case the reader may see is waited for, bounded, until the view holds what the record held.
     *
     * @throws NotFound   for no case, or a case outside the reader's scope
     * @throws ViewBehind when the view did not catch up in time with a case the reader may see
     */
    private FamilyPlanView asItIs(CaseRead read, UUID caseId, Long maxWaitMillis) {
        if (maxWaitMillis != null) {
            throw new InvalidQuery("maxWaitMillis", "is only allowed together with minVersion");
        }
        Optional<FamilyPlanView> held = reader.current(caseId).blockOptional();
        if (held.isPresent() && read.reaches(scopeOf(held.get()))) {
            return held.get();
        }
        // looked up for a made-up id as for a real case outside the reader's scope: the same work for both
        Optional<Long> recorded = record.version(caseId);
        boolean behind = recorded.isPresent() && held.map(view -> view.version() < recorded.get()).orElse(true);
        if (!behind || !read.reaches(scopeOf(record.fold(caseId)))) {
            throw read.unknown();
        }
        return readYourWrites.await(caseId, recorded.get(), catchUpWait);
    }

    /** The view once it holds {@code minVersion}, waited for; a case outside the reader's scope as a made-up id. */
    private FamilyPlanView atLeast(CaseRead read, UUID caseId, long minVersion, Long maxWaitMillis) {
        if (minVersion < 0) {
            throw new InvalidQuery("minVersion", "must be 0 or more");
        }
        if (maxWaitMillis != null && maxWaitMillis < 0) {
            throw new InvalidQuery("maxWaitMillis", "must be 0 or more");
        }
        long started = System.nanoTime();
        FamilyPlanView view;
        try {
            view = readYourWrites.await(caseId, minVersion, wait(maxWaitMillis));
        } catch (ViewBehind behind) {
            // the version the view is at would tell that an out-of-scope case exists: answer as for a made-up id
            if (reader.current(caseId).blockOptional().filter(held -> !read.reaches(scopeOf(held))).isPresent()) {
                throw new ViewBehind(minVersion, -1);
            }
            throw behind;
        }
        if (!read.reaches(scopeOf(view))) {
            // a made-up id waits the whole time and finds nothing: so must a case outside the reader's scope
            sleepUntil(started + wait(maxWaitMillis).toNanos());
            throw new ViewBehind(minVersion, -1);
        }
        return view;
    }

    private static CaseScope scopeOf(FamilyPlanView view) {
        return CaseScope.of(view.municipality(), view.organisations());
    }

    private static CaseScope scopeOf(CaseState recorded) {
        return CaseScope.of(recorded.getMunicipality(), recorded.getOrganisations());
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
        // checked and recorded once, when the stream opens and before its first view is sent
        return reads.read(caseId, AccessLog.Read.FAMILY_PLAN_UPDATES, reason, reasonHeader,
                read -> updates.open(caseId, view -> read.admit(scopeOf(view), null)));
    }
}
