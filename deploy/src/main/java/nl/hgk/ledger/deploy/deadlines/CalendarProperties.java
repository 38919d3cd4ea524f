package nl.hgk.ledger.deploy.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import nl.hgk.ledger.calendar.WorkingDayCalendars;
import nl.hgk.ledger.reference.Municipalities;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Extra closing days besides weekends and Dutch public holidays ({@code hgk.calendar}): for every region, and per
 * Veilig Thuis region. A region code that is not in the reference data is refused at start-up, so a typo cannot
 * silently leave a region on the national calendar.
 *
 * <pre>
 * hgk.calendar.extra-closing-days: [2026-05-15]
 * hgk.calendar.regions.VT24.extra-closing-days: [2025-12-24, 2025-12-31]
 * </pre>
 */
@ConfigurationProperties("hgk.calendar")
record CalendarProperties(List<LocalDate> extraClosingDays, Map<String, Region> regions) {

    record Region(List<LocalDate> extraClosingDays) {
    }

    CalendarProperties {
        extraClosingDays = extraClosingDays == null ? List.of() : List.copyOf(extraClosingDays);
        regions = regions == null ? Map.of() : Map.copyOf(regions);
    }

    WorkingDayCalendars calendars(Municipalities municipalities) {
        Set<String> known = municipalities.regionCodes();
        for (String region : regions.keySet()) {
            if (!known.contains(region)) {
                throw new IllegalArgumentException("hgk.calendar.regions." + region
                        + ": no Veilig Thuis region with that code; the regions are " + known);
            }
        }
        return WorkingDayCalendars.of(extraClosingDays, regions.entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, region -> Objects.requireNonNullElse(region.getValue().extraClosingDays(),
                        List.<LocalDate>of()))));
    }
}
