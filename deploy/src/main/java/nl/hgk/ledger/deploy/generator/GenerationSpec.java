package nl.hgk.ledger.deploy.generator;

/**
 * What to generate.
 *
 * @param region             the Veilig Thuis region (CBS code, e.g. {@code VT24})
 * @param year               the calendar year the contacts arrive in
 * @param reports            how many reports (meldingen)
 * @param adviceRequests     how many advice requests (adviesvragen)
 * @param seed               the random seed: the same spec gives the same year
 * @param intoExistingLedger whether the year may be added to a ledger that already holds events; without it the
 *                           generator refuses such a ledger, so that simulated cases never mix with real ones
 */
public record GenerationSpec(String region, int year, int reports, int adviceRequests, long seed,
                             boolean intoExistingLedger) {

    /**
     * Zuid-Holland Zuid at its 2018 rate (seed 003): about 3,300 reports and 2,700 advice requests a year, into an
     * empty ledger only.
     */
    public static GenerationSpec zuidHollandZuid(int year) {
        return new GenerationSpec("VT24", year, 3300, 2700, 2018, false);
    }
}
