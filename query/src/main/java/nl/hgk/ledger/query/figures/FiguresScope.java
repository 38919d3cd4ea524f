package nl.hgk.ledger.query.figures;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.hgk.ledger.query.web.InvalidQuery;
import nl.hgk.ledger.reference.Municipalities;
import nl.hgk.ledger.reference.Municipality;
import nl.hgk.ledger.reference.MunicipalityCode;
import nl.hgk.ledger.reference.VeiligThuisRegion;

/**
 * What a valid {@link FindRegionalFigures} asks for: a period, and a region or one municipality of it.
 *
 * @param region       the region, always present: the municipality's region when only a municipality was asked for
 * @param municipality the municipality, or null for the whole region
 * @param period       the year or half-year
 */
record FiguresScope(VeiligThuisRegion region, Municipality municipality, Period period) {

    FiguresScope {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(period, "period");
    }

    /** @throws InvalidQuery naming the parameter that is missing, malformed, unknown or inconsistent */
    static FiguresScope of(FindRegionalFigures query, Municipalities municipalities) {
        Period period = Period.parse(query.period()).orElseThrow(() -> new InvalidQuery("period",
                (isBlank(query.period()) ? "required" : "'" + query.period() + "' is not a period")
                        + ": give a year (2025) or a half-year (2025-H1 for January to June, 2025-H2 for July to "
                        + "December), from " + Period.FIRST_YEAR));
        if (isBlank(query.region()) && isBlank(query.municipality())) {
            throw new InvalidQuery("region", "give a Veilig Thuis region (VT24), a municipality (GM0505), or both");
        }
        VeiligThuisRegion region = isBlank(query.region()) ? null : region(query.region(), municipalities);
        Municipality municipality = null;
        if (!isBlank(query.municipality())) {
            municipality = municipality(query.municipality(), municipalities);
            if (region != null && !region.equals(municipality.veiligThuisRegion())) {
                throw new InvalidQuery("municipality", municipality.code() + " (" + municipality.name() + ") lies in "
                        + describe(municipality.veiligThuisRegion()) + ", not in " + describe(region));
            }
            region = municipality.veiligThuisRegion();
        }
        return new FiguresScope(region, municipality, period);
    }

    /** @return every region of the reference data, by code */
    static List<VeiligThuisRegion> regions(Municipalities municipalities) {
        return municipalities.all().stream().map(Municipality::veiligThuisRegion).distinct()
                .sorted(Comparator.comparing(VeiligThuisRegion::code)).toList();
    }

    /** @return the municipalities of this scope's region, by code */
    List<Municipality> municipalitiesOfRegion(Municipalities municipalities) {
        return municipalities.all().stream().filter(m -> m.veiligThuisRegion().equals(region))
                .sorted(Comparator.comparing(m -> m.code().value())).toList();
    }

    private static VeiligThuisRegion region(String code, Municipalities municipalities) {
        List<VeiligThuisRegion> regions = regions(municipalities);
        Optional<VeiligThuisRegion> found = regions.stream().filter(r -> r.code().equals(code.strip())).findFirst();
        return found.orElseThrow(() -> new InvalidQuery("region", "'" + code + "' is not a Veilig Thuis region; "
                + "known are " + regions.stream().map(VeiligThuisRegion::code).collect(Collectors.joining(", "))));
    }

    private static Municipality municipality(String code, Municipalities municipalities) {
        String stripped = code.strip();
        if (!municipalities.isKnown(stripped)) {
            throw new InvalidQuery("municipality", "'" + code + "' is not a municipality of the CBS division of "
                    + Municipalities.REFERENCE_YEAR + " (GM and four digits, e.g. GM0505)");
        }
        return municipalities.find(MunicipalityCode.of(stripped)).orElseThrow();
    }

    private static String describe(VeiligThuisRegion region) {
        return region.code() + " " + region.name();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
