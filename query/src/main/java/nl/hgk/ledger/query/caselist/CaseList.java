package nl.hgk.ledger.query.caselist;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.triage.SafetyCode;
import nl.hgk.ledger.query.casestate.CaseState;

/**
 * One page of the case list: the cases the reader may see that match, the most urgent first: those with an overdue
 * time limit, then by code (RED, ORANGE, GREEN, none), then the soonest due running limit, then the latest activity.
 */
@Schema(description = "One page of the case list (casuslijst), the most urgent first")
public record CaseList(
        @Schema(description = "the cases of this page") List<Item> items,
        @Schema(description = "this page, 0 for the first") int page,
        @Schema(description = "at most this many cases a page") int size,
        @Schema(description = "how many cases match in all, over every page; only cases the reader may see")
        long totalItems,
        @Schema(description = "the moment of the answer: a limit whose due moment it is past is overdue") Instant now) {

    /**
     * One case as the list shows it: enough to recognise it without opening it.
     *
     * @param label the names of the case's persons, as the family plan shows them; an erased person as
     *              {@code verwijderd}, never their data
     */
    @Schema(name = "CaseListItem")
    public record Item(
            UUID caseId,
            @Schema(description = "the case version: open the family plan at it with ?minVersion=") long version,
            @Schema(description = "OPEN or CLOSED") CaseState.Status status,
            @Schema(description = "the safety code; absent before triage assigned one") SafetyCode code,
            @Schema(description = "an investigation concluded without the code its findings determine: the code is "
                    + "triage's first assessment until one follows (code nog te bepalen)") boolean codeToBeDetermined,
            @Schema(description = "the household's municipality (CBS code)", example = "GM0505") String municipality,
            @Schema(description = "the municipality's name", example = "Dordrecht") String municipalityName,
            @Schema(description = "the Veilig Thuis region (CBS code)", example = "VT24") String region,
            Instant openedAt,
            @Schema(description = "the moment of the case's last event") Instant lastActivityAt,
            @Schema(description = "the organisation of the coordinator (regisseur); absent until one is appointed")
            String coordinator,
            @Schema(description = "the organisations involved in the case") Set<String> organisations,
            @Schema(description = "how many people the case's reports name, each once") int persons,
            @Schema(description = "the names of the case's people, to recognise it by; an erased person shows as "
                    + "'verwijderd'", example = "A. Voorbeeld, B. Voorbeeld, C. Voorbeeld") String label,
            @Schema(description = "whether any running limit of the case is overdue") boolean overdue,
            @Schema(description = "the running time limit due first; absent when none runs") NextLimit nextLimit,
            @Schema(description = "how many stagnation signals (help stopped early, repeated no-shows) the coordinator "
                    + "has not acted on yet by a plan revision or an escalation") int stagnationSignals) {
    }

    /** The time limit of a case due first. */
    @Schema(name = "CaseListNextLimit")
    public record NextLimit(TimeLimit limit,
                            @Schema(description = "what it is about when a case has several of its kind") String subject,
                            Instant dueAt,
                            @Schema(description = "its due moment has passed, or the ledger recorded it as missed: "
                                    + "the family plan view's and the deadline board's rule") boolean overdue) {
    }
}
