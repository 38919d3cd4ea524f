package nl.hgk.ledger.query.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import nl.hgk.ledger.query.figures.Suppression.Mark;

/**
 * The suppression last decided for the few regions and years most recently asked for, given again while their counts
 * are the same: {@link Suppression} depends on the counts (and the region's fixed arithmetic) alone, so the same
 * counts give the same decision, and deciding takes a third of an answer's time. A year that is over never changes;
 * the running year is decided again after each change to its counts. Comparing the counts costs far less than
 * deciding.
 */
final class SuppressionDecisions {

    /** a region and year of 31 municipalities keeps about 2 MB */
    private static final int KEPT = 8;

    private record Decided(Map<Cell, Long> counts, Map<Cell, Mark> marks) {
    }

    private final Map<String, Decided> decided = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Decided> eldest) {
            return size() > KEPT;
        }
    };

    /**
     * @param counts every count of the region and year (as {@link Suppression#decide} takes them)
     * @param links  the region's arithmetic, made only when the decision is taken again
     */
    Map<Cell, Mark> decide(String region, int year, Map<Cell, Long> counts, Supplier<List<Linked<Cell>>> links) {
        String key = region + "/" + year;
        synchronized (decided) {
            Decided earlier = decided.get(key);
            if (earlier != null && earlier.counts().equals(counts)) {
                return earlier.marks();
            }
        }
        Decided now = new Decided(Map.copyOf(counts), Map.copyOf(Suppression.decide(counts, links.get())));
        synchronized (decided) {
            decided.put(key, now);
        }
        return now.marks();
    }
}
