package nl.hgk.ledger.query.access;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of the access log.
 *
 * @param entries the reads, oldest first
 * @param page    the page number, from 0
 * @param size    the page size asked for
 * @param total   how many reads match, on all pages
 */
@Schema(description = "Reads of family plans and case histories: who read which case, when, what and why")
record AccessLogPage(List<Entry> entries, int page, int size, long total) {

    AccessLogPage {
        entries = List.copyOf(entries);
    }

    /** One read. */
    record Entry(Instant readAt, String user, String organisation, String role,
                 @Schema(description = "the reader's own Veilig Thuis region") String userRegion,
                 UUID caseId,
                 @Schema(description = "the Veilig Thuis region of the case's municipality") String caseRegion,
                 @Schema(description = "FAMILY_PLAN, FAMILY_PLAN_UPDATES or CASE_HISTORY") String what,
                 @Schema(description = "how: format, download, asOf, minVersion") String detail,
                 String reason) {
    }
}
