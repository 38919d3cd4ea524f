package nl.hgk.ledger.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The working days of each Veilig Thuis region: the Dutch calendar with the extra closing days every region keeps,
 * and those of the region itself (a regional organisation closed between Christmas and New Year, say). A limit of a
 * case is counted in the calendar of the region its municipality lies in. Immutable and thread-safe.
 */
public final class WorkingDayCalendars {

    private final WorkingDays everywhere;
    private final Map<String, WorkingDays> byRegion;

    private WorkingDayCalendars(WorkingDays everywhere, Map<String, WorkingDays> byRegion) {
        this.everywhere = everywhere;
        this.byRegion = byRegion;
    }

    /** @return the Dutch calendar for every region, without extra closing days */
    public static WorkingDayCalendars netherlands() {
        return new WorkingDayCalendars(WorkingDays.netherlands(), Map.of());
    }

    /**
     * @param everywhere extra closing days of every region
     * @param byRegion   extra closing days of one region, by Veilig Thuis region code (VT24)
     */
    public static WorkingDayCalendars of(Collection<LocalDate> everywhere,
                                         Map<String, ? extends Collection<LocalDate>> byRegion) {
        Objects.requireNonNull(everywhere, "extra closing days everywhere");
        Objects.requireNonNull(byRegion, "extra closing days by region");
        Map<String, WorkingDays> regions = byRegion.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                Map.Entry::getKey, region -> {
                    Set<LocalDate> days = new HashSet<>(everywhere);
                    days.addAll(region.getValue());
                    return WorkingDays.netherlands(days);
                }));
        return new WorkingDayCalendars(WorkingDays.netherlands(everywhere), regions);
    }

    /** @return the working days every region shares: the calendar where no region is known */
    public WorkingDays everywhere() {
        return everywhere;
    }

    /** @return the working days of a region; of every region when it has no closing days of its own or is unknown */
    public WorkingDays forRegion(String regionCode) {
        return regionCode == null ? everywhere : byRegion.getOrDefault(regionCode, everywhere);
    }

    /** @return the regions with extra closing days of their own */
    public Set<String> regionsWithClosingDays() {
        return byRegion.keySet();
    }
}
