package nl.hgk.ledger.query.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import nl.hgk.ledger.query.figures.Suppression.Mark;
import org.junit.jupiter.api.Test;

/** A kept decision is given again only for the same counts of the same region and year. */
class SuppressionDecisionsTest {

    private static final Cell TOTAL = new Cell("VT24", Cell.YEAR, "closures");
    private static final Cell PART = new Cell("VT24", Cell.YEAR, "closures.CARE_COMPLETED");
    private static final Cell OTHER = new Cell("VT24", Cell.YEAR, "closures.CARE_ENDED");

    private final SuppressionDecisions decisions = new SuppressionDecisions();
    private final AtomicInteger decided = new AtomicInteger();
    private final Supplier<List<Linked<Cell>>> links = () -> {
        decided.incrementAndGet();
        return List.of(Linked.sum(TOTAL, List.of(PART, OTHER)));
    };

    @Test
    void theSameCountsGiveTheKeptDecisionAndChangedCountsANewOne() {
        Map<Cell, Mark> first = decisions.decide("VT24", 2025, Map.of(TOTAL, 12L, PART, 9L, OTHER, 3L), links);
        assertThat(first).containsEntry(OTHER, Mark.PRIMARY).containsEntry(PART, Mark.SECONDARY);

        assertThat(decisions.decide("VT24", 2025, Map.of(TOTAL, 12L, PART, 9L, OTHER, 3L), links)).isEqualTo(first);
        assertThat(decided).hasValue(1);

        Map<Cell, Mark> changed = decisions.decide("VT24", 2025, Map.of(TOTAL, 13L, PART, 8L, OTHER, 5L), links);
        assertThat(decided).hasValue(2);
        assertThat(changed).containsOnly(Map.entry(TOTAL, Mark.SHOWN), Map.entry(PART, Mark.SHOWN),
                Map.entry(OTHER, Mark.SHOWN));

        decisions.decide("VT24", 2024, Map.of(TOTAL, 13L, PART, 8L, OTHER, 5L), links);
        assertThat(decided).as("another year is decided apart").hasValue(3);
    }
}
