package nl.hgk.ledger.query.figures;

import static nl.hgk.ledger.query.figures.Suppression.Mark.PRIMARY;
import static nl.hgk.ledger.query.figures.Suppression.Mark.SECONDARY;
import static nl.hgk.ledger.query.figures.Suppression.Mark.SHOWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SuppressionTest {

    private static Map<String, Long> counts(Object... nameAndCount) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < nameAndCount.length; i += 2) {
            counts.put((String) nameAndCount[i], ((Number) nameAndCount[i + 1]).longValue());
        }
        return counts;
    }

    @Test
    void countsFromOneToFourAreWithheldAndZeroAndFiveAreShown() {
        var marks = Suppression.decide(counts("zero", 0, "one", 1, "four", 4, "five", 5, "many", 2264), List.of());
        assertThat(marks).containsExactly(Map.entry("zero", SHOWN), Map.entry("one", PRIMARY),
                Map.entry("four", PRIMARY), Map.entry("five", SHOWN), Map.entry("many", SHOWN));
    }

    @Test
    void oneSmallCellBesideATotalTakesTheSmallestOtherCellWithIt() {
        // 20 = 3 + 9 + 8: showing 20, 9 and 8 would give the 3 away
        var marks = Suppression.decide(counts("total", 20, "a", 3, "b", 9, "c", 8),
                List.of(Linked.sum("total", List.of("a", "b", "c"))));
        assertThat(marks).containsExactly(Map.entry("total", SHOWN), Map.entry("a", PRIMARY),
                Map.entry("b", SHOWN), Map.entry("c", SECONDARY));
    }

    @Test
    void zeroCellsAreNeverWithheldAndTheTotalGoesWhenNoOtherCellIsLeft() {
        // 7 = 3 + 4 + 0: both small cells withheld, but 7 - 0 = 3 + 4 leaves {3,4} or {4,3}: not given away
        var both = Suppression.decide(counts("total", 7, "a", 3, "b", 4, "c", 0),
                List.of(Linked.sum("total", List.of("a", "b", "c"))));
        assertThat(both).containsEntry("total", SHOWN).containsEntry("c", SHOWN);

        // 6 = 1 + 5: the 5 is withheld as x, yet a reader who knows x >= 5 and <5 >= 1 finds 1 and 5; the total goes too
        var last = Suppression.decide(counts("total", 6, "a", 1, "b", 5, "c", 0),
                List.of(Linked.sum("total", List.of("a", "b", "c"))));
        assertThat(last).containsExactly(Map.entry("total", SECONDARY), Map.entry("a", PRIMARY),
                Map.entry("b", SECONDARY), Map.entry("c", SHOWN));
    }

    @Test
    void twoOnesBesideATotalWouldBothBeGivenAway() {
        // 12 = 1 + 1 + 10: the two withheld cells add up to 2, so each is 1
        var marks = Suppression.decide(counts("total", 12, "a", 1, "b", 1, "c", 10),
                List.of(Linked.sum("total", List.of("a", "b", "c"))));
        assertThat(marks).containsEntry("c", SECONDARY).containsEntry("total", SHOWN);
    }

    @Test
    void aCoverTableNeedsMoreOnlyWhenTheOtherCellsLeaveOneValue() {
        // reports about several forms count once per category: 20 reports, 15 + 10 + 2 = 27 ≥ 20
        var overlapping = Suppression.decide(counts("reports", 20, "child", 15, "domestic", 10, "elder", 2),
                List.of(Linked.cover("reports", List.of("child", "domestic", "elder"))));
        assertThat(overlapping).containsEntry("elder", PRIMARY).containsEntry("child", SHOWN)
                .containsEntry("domestic", SHOWN);

        // 16 reports, 12 about child abuse and none about elder abuse: at least 4 about domestic violence, at most 4
        var pinned = Suppression.decide(counts("reports", 16, "child", 12, "domestic", 4, "elder", 0),
                List.of(Linked.cover("reports", List.of("child", "domestic", "elder"))));
        assertThat(pinned).containsEntry("domestic", PRIMARY).containsEntry("child", SECONDARY)
                .containsEntry("reports", SHOWN);
    }

    @Test
    void aCellWithheldInOneGroupIsWithheldInEveryGroupItIsIn() {
        // a region of two municipalities, over two half-years; municipality m2 had 2 reports in H2
        Map<String, Long> counts = counts(
                "R/H1", 30, "R/H2", 22, "R/Y", 52,
                "m1/H1", 20, "m1/H2", 20, "m1/Y", 40,
                "m2/H1", 10, "m2/H2", 2, "m2/Y", 12);
        List<Linked<String>> groups = List.of(
                Linked.sum("R/H1", List.of("m1/H1", "m2/H1")),
                Linked.sum("R/H2", List.of("m1/H2", "m2/H2")),
                Linked.sum("R/Y", List.of("m1/Y", "m2/Y")),
                Linked.sum("R/Y", List.of("R/H1", "R/H2")),
                Linked.sum("m1/Y", List.of("m1/H1", "m1/H2")),
                Linked.sum("m2/Y", List.of("m2/H1", "m2/H2")));

        var marks = Suppression.decide(counts, groups);

        assertThat(marks.get("m2/H2")).isEqualTo(PRIMARY);
        // region minus the other municipality, and the year minus the other half-year, no longer give it away
        assertThat(marks.get("m1/H2")).isEqualTo(SECONDARY);
        assertThat(marks.get("m2/H1")).isEqualTo(SECONDARY);
        for (Linked<String> group : groups) {
            long withheld = group.parts().stream().filter(part -> marks.get(part) != SHOWN).count()
                    + (marks.get(group.total()) != SHOWN ? 1 : 0);
            assertThat(withheld).as("%s", group).isNotEqualTo(1);
        }
    }

    @Test
    void theSameCountsGiveTheSameDecisions() {
        Map<String, Long> counts = counts("total", 40, "a", 2, "b", 9, "c", 9, "d", 20);
        List<Linked<String>> groups = List.of(Linked.sum("total", List.of("a", "b", "c", "d")));
        assertThat(Suppression.decide(counts, groups)).isEqualTo(Suppression.decide(counts, groups))
                .containsEntry("b", SECONDARY).containsEntry("c", SHOWN);
    }

    /**
     * For many random tables, tries every value a reader could give the withheld cells (1 to 4 for "<5", 5 and up
     * for "x") that agrees with what is published: every withheld cell must keep at least two possible values.
     */
    @Test
    void noWithheldCellOfARandomTableHasOnlyOneValueLeft() {
        Random random = new Random(2018);
        for (int round = 0; round < 3000; round++) {
            boolean cover = random.nextBoolean();
            int size = 2 + random.nextInt(3);
            Map<String, Long> counts = new LinkedHashMap<>();
            List<String> parts = new ArrayList<>();
            long sum = 0;
            long max = 0;
            for (int i = 0; i < size; i++) {
                long value = random.nextInt(4) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 5 : 14);
                counts.put("p" + i, value);
                parts.add("p" + i);
                sum += value;
                max = Math.max(max, value);
            }
            // a cover table: each item in one category or more, so the total lies between the largest part and the sum
            long total = cover ? max + (sum > max ? random.nextInt((int) (sum - max) + 1) : 0) : sum;
            counts.put("total", total);
            Linked<String> group = cover ? Linked.cover("total", parts) : Linked.sum("total", parts);

            var marks = Suppression.decide(counts, List.of(group));

            List<String> withheld = counts.keySet().stream().filter(name -> marks.get(name) != SHOWN).toList();
            Map<String, Set<Long>> possible = new LinkedHashMap<>();
            withheld.forEach(name -> possible.put(name, new HashSet<>()));
            long[] values = new long[withheld.size()];
            tryAll(0, values, withheld, marks, counts, cover, parts, possible);
            for (String name : withheld) {
                assertThat(possible.get(name)).as("%s in %s with %s", name, counts, marks).hasSizeGreaterThan(1);
            }
        }
    }

    private static void tryAll(int index, long[] values, List<String> withheld, Map<String, Suppression.Mark> marks,
                               Map<String, Long> counts, boolean cover, List<String> parts,
                               Map<String, Set<Long>> possible) {
        if (index == withheld.size()) {
            Map<String, Long> world = new LinkedHashMap<>(counts);
            for (int i = 0; i < values.length; i++) {
                world.put(withheld.get(i), values[i]);
            }
            long sum = parts.stream().mapToLong(world::get).sum();
            long max = parts.stream().mapToLong(world::get).max().orElse(0);
            long total = world.get("total");
            boolean consistent = cover ? sum >= total && max <= total : sum == total;
            if (consistent) {
                for (int i = 0; i < values.length; i++) {
                    possible.get(withheld.get(i)).add(values[i]);
                }
            }
            return;
        }
        boolean small = marks.get(withheld.get(index)) == PRIMARY;
        for (long value = small ? 1 : 5; value <= (small ? 4 : 80); value++) {
            values[index] = value;
            tryAll(index + 1, values, withheld, marks, counts, cover, parts, possible);
        }
    }
}
