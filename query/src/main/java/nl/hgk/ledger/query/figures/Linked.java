package nl.hgk.ledger.query.figures;

import java.util.List;

/**
 * Counts that are published together and tied by arithmetic, so that a withheld one could be worked out from the
 * others: a total and its breakdown, a region and its municipalities, a year and its half-years.
 *
 * @param kind  how the parts relate to the total
 * @param total the total
 * @param parts the parts
 * @param <K>   how a count is named
 */
record Linked<K>(Kind kind, K total, List<K> parts) {

    /** How the parts of a {@link Linked} group relate to its total. */
    enum Kind {
        /** the total is the sum of the parts: every item is in exactly one part */
        SUM,
        /**
         * every item is in one part or more (a contact about several forms of violence counts once per category):
         * the parts add up to the total or more, and no part exceeds the total
         */
        COVER
    }

    Linked {
        parts = List.copyOf(parts);
    }

    static <K> Linked<K> sum(K total, List<K> parts) {
        return new Linked<>(Kind.SUM, total, parts);
    }

    static <K> Linked<K> cover(K total, List<K> parts) {
        return new Linked<>(Kind.COVER, total, parts);
    }
}
