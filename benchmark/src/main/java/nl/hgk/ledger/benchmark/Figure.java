package nl.hgk.ledger.benchmark;

/**
 * One row of BENCHMARKS.md: a measured figure, the conditions it was measured under, and beside it the aim of issue 14
 * with whether it was met.
 *
 * @param what       what was measured
 * @param figure     the figure, with its unit
 * @param conditions clients, duration, store size, counts beside it
 * @param aim        the aim from issue 14's table, or empty when the figure is a ceiling or context
 * @param verdict    "met", "not met (…)" or empty
 */
record Figure(String what, String figure, String conditions, String aim, String verdict) {

    static Figure context(String what, String figure, String conditions) {
        return new Figure(what, figure, conditions, "", "");
    }

    static Figure aimed(String what, String figure, String conditions, String aim, boolean met) {
        return new Figure(what, figure, conditions, aim, met ? "met" : "not met");
    }
}
