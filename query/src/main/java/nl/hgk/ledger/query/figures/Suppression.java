package nl.hgk.ledger.query.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which counts to withhold so that the figures cannot identify a family.
 *
 * <ol>
 *   <li><b>Primary:</b> every count from 1 to 4 is withheld, shown as {@code <5}. Zero is shown.</li>
 *   <li><b>Secondary:</b> a reader knows that a {@code <5} cell holds 1 to 4 and that a cell withheld as {@code x}
 *   holds 5 or more. For every group of {@link Linked} counts whose withheld members could then be worked out
 *   exactly (one withheld cell beside a published total, two withheld cells that can only both be 1, a cover table
 *   whose other cells leave only one value), the smallest non-zero published part is withheld as well, as {@code x};
 *   when no part is left, the total. This repeats over all groups until none gives a withheld cell away, so a cell
 *   withheld in one group is withheld wherever it appears.</li>
 * </ol>
 * The check is per group, as statistical offices do it (each row and column of a table); a reader who combines the
 * equations of several groups at once is not modelled. Deterministic: the same counts give the same decisions.
 *
 * @param <K> how a count is named
 */
final class Suppression<K> {

    /** What is shown of a count. */
    enum Mark {
        /** the number itself */
        SHOWN,
        /** 1 to 4, shown as {@code <5} */
        PRIMARY,
        /** 5 or more, withheld as {@code x} so that a primary cell cannot be worked out */
        SECONDARY
    }

    /** the smallest count shown as it is */
    static final long THRESHOLD = 5;

    private static final double UNBOUNDED = Double.POSITIVE_INFINITY;

    private final Map<K, Long> counts;
    private final List<Linked<K>> groups;
    private final Map<K, Mark> marks = new HashMap<>();

    private Suppression(Map<K, Long> counts, List<Linked<K>> groups) {
        this.counts = counts;
        this.groups = groups;
    }

    /**
     * @param counts every count by name; a name a group mentions but this map lacks counts as 0
     * @param groups the groups of linked counts, in a fixed order (the order breaks ties)
     * @return what to show of every count of {@code counts}
     */
    static <K> Map<K, Mark> decide(Map<K, Long> counts, List<Linked<K>> groups) {
        return new Suppression<>(counts, groups).run();
    }

    /** @return whether a count is shown as {@code <5} by itself, before any group is considered */
    static boolean isSmall(long count) {
        return count > 0 && count < THRESHOLD;
    }

    private Map<K, Mark> run() {
        counts.forEach((name, count) -> marks.put(name, isSmall(count) ? Mark.PRIMARY : Mark.SHOWN));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Linked<K> group : groups) {
                while (givesAway(group)) {
                    K next = nextToWithhold(group);
                    if (next == null) {
                        break;
                    }
                    marks.put(next, Mark.SECONDARY);
                    changed = true;
                }
            }
        }
        Map<K, Mark> decided = new LinkedHashMap<>();
        counts.keySet().forEach(name -> decided.put(name, marks.get(name)));
        return decided;
    }

    private long count(K name) {
        return counts.getOrDefault(name, 0L);
    }

    private Mark mark(K name) {
        return marks.getOrDefault(name, Mark.SHOWN);
    }

    private boolean withheld(K name) {
        return mark(name) != Mark.SHOWN;
    }

    /** the smallest non-zero published part, the first of equals; else the total if published and non-zero */
    private K nextToWithhold(Linked<K> group) {
        K smallest = null;
        for (K part : group.parts()) {
            if (!withheld(part) && count(part) > 0 && (smallest == null || count(part) < count(smallest))) {
                smallest = part;
            }
        }
        if (smallest == null && !withheld(group.total()) && count(group.total()) > 0) {
            return group.total();
        }
        return smallest;
    }

    /** what a reader knows of a count: its value when shown, else the range its mark tells */
    private Range known(K name) {
        return switch (mark(name)) {
            case SHOWN -> Range.exactly(count(name));
            case PRIMARY -> new Range(1, THRESHOLD - 1);
            case SECONDARY -> new Range(THRESHOLD, UNBOUNDED);
        };
    }

    /** @return whether a reader can work out a withheld member of the group exactly */
    private boolean givesAway(Linked<K> group) {
        List<K> members = new ArrayList<>(group.parts());
        members.add(group.total());
        if (members.stream().noneMatch(this::withheld)) {
            return false;
        }
        for (K member : members) {
            if (withheld(member) && deduced(group, member).isAtMostOneValue()) {
                return true;
            }
        }
        return false;
    }

    /** the range a reader can deduce for {@code member} from the other members of the group and its own mark */
    private Range deduced(Linked<K> group, K member) {
        Range own = known(member);
        Range others = Range.exactly(0);
        for (K part : group.parts()) {
            if (!part.equals(member)) {
                others = others.plus(known(part));
            }
        }
        boolean isTotal = member.equals(group.total());
        Range total = known(group.total());
        Range fromGroup = switch (group.kind()) {
            // total = Σ parts
            case SUM -> isTotal ? others : total.minus(others);
            // Σ parts ≥ total, and every part ≤ total
            case COVER -> isTotal
                    ? new Range(maxOfLows(group), others.high())
                    : new Range(total.low() - others.high(), total.high());
        };
        return own.intersect(fromGroup);
    }

    private double maxOfLows(Linked<K> group) {
        double max = 0;
        for (K part : group.parts()) {
            max = Math.max(max, known(part).low());
        }
        return max;
    }

    /** A closed range of whole numbers; {@code high} may be unbounded. */
    record Range(double low, double high) {

        static Range exactly(long value) {
            return new Range(value, value);
        }

        Range plus(Range other) {
            return new Range(low + other.low, high + other.high);
        }

        /** this minus a value from {@code other} */
        Range minus(Range other) {
            return new Range(low - other.high, high - other.low);
        }

        Range intersect(Range other) {
            return new Range(Math.max(low, other.low), Math.min(high, other.high));
        }

        /** empty (the reader's knowledge is contradictory: treated as given away, to be safe) or a single value */
        boolean isAtMostOneValue() {
            return high - low < 1;
        }
    }
}
