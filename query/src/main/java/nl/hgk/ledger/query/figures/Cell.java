package nl.hgk.ledger.query.figures;

/**
 * One count of the figures of a region and year: a figure, for a region or municipality, for a half-year or the year.
 *
 * @param area   a region code ({@code VT24}) or municipality code ({@code GM0505})
 * @param period {@link #H1}, {@link #H2} or {@link #YEAR}
 * @param figure the figure's key in {@link FigureCatalogue}
 */
record Cell(String area, String period, String figure) {

    static final String H1 = "H1";
    static final String H2 = "H2";
    static final String YEAR = "Y";

    /** @return the name of a period within its year: {@code H1}, {@code H2} or {@code Y} */
    static String periodOf(Period period) {
        return period.isYear() ? YEAR : "H" + period.half();
    }

    static String half(int half) {
        return half == 1 ? H1 : H2;
    }
}
