package nl.hgk.ledger.query.figures;

/**
 * The query for the regional monitoring figures of one period, for a Veilig Thuis region or one municipality.
 * Answered with {@link RegionalFigures}; an invalid parameter is refused with
 * {@link nl.hgk.ledger.query.web.InvalidQuery}.
 *
 * @param region       a Veilig Thuis region code such as {@code VT24}; may be absent when a municipality is given
 * @param municipality a CBS municipality code such as {@code GM0505}, lying in {@code region} when both are given;
 *                     absent for the figures of the whole region
 * @param period       {@code 2025} for a year, {@code 2025-H1} or {@code 2025-H2} for a half-year
 */
public record FindRegionalFigures(String region, String municipality, String period) {
}
