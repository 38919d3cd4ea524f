package nl.hgk.ledger.query.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import nl.hgk.ledger.query.figures.FigureCatalogue.Entry;
import nl.hgk.ledger.query.figures.FigureCatalogue.LeadTime;
import nl.hgk.ledger.query.figures.FigureCatalogue.Section;
import nl.hgk.ledger.query.figures.Suppression.Mark;
import nl.hgk.ledger.reference.Municipalities;
import nl.hgk.ledger.reference.Municipality;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers {@link FindRegionalFigures}. Suppression is decided for the whole region and year at once (the region and
 * each of its municipalities, each half-year and the year), so that whichever of them is asked for, no withheld count
 * can be worked out from another answer by subtraction, and the same data always gives the same answer.
 */
@Component
class RegionalFiguresQueries {

    private final FigureFacts facts;
    private final Municipalities municipalities = Municipalities.load();
    private final SuppressionDecisions decisions = new SuppressionDecisions();

    RegionalFiguresQueries(FigureFacts facts) {
        this.facts = facts;
    }

    @QueryHandler
    RegionalFigures handle(FindRegionalFigures query) {
        FiguresScope scope = FiguresScope.of(query, municipalities);
        return facts.inOneSnapshot(() -> answer(scope));
    }

    private RegionalFigures answer(FiguresScope scope) {
        String region = scope.region().code();
        List<String> areas = new ArrayList<>();
        scope.municipalitiesOfRegion(municipalities).forEach(m -> areas.add(m.code().value()));

        Map<Cell, Long> counts = complete(facts.counts(region, scope.period().year()), region, areas);
        Map<Cell, Mark> marks = decisions.decide(region, scope.period().year(), counts, () -> links(region, areas));

        String area = scope.municipality() == null ? region : scope.municipality().code().value();
        String period = Cell.periodOf(scope.period());
        Map<LeadTime, FigureFacts.Spread> spreads = new EnumMap<>(LeadTime.class);
        List<FigureSection> sections = new ArrayList<>();
        for (Section section : FigureCatalogue.SECTIONS) {
            List<Figure> figures = new ArrayList<>();
            for (Entry entry : section.entries()) {
                figures.add(entry.isCount()
                        ? count(entry, new Cell(area, period, entry.key()), counts, marks)
                        : statistic(entry, scope, new Cell(area, period, entry.key()), counts, marks, spreads));
            }
            sections.add(new FigureSection(section.key(), section.title(), figures));
        }
        Municipality municipality = scope.municipality();
        return new RegionalFigures(scope.period().toString(), scope.period().firstDay(), scope.period().lastDay(),
                new RegionalFigures.Area(region, scope.region().name()),
                municipality == null ? null
                        : new RegionalFigures.Area(municipality.code().value(), municipality.name()),
                FigureDefinitions.SUPPRESSION, FigureDefinitions.all(), sections);
    }

    /** Every count of every municipality, the region, each half-year and the year; zeros included. */
    private static Map<Cell, Long> complete(Map<Cell, Long> byMunicipalityAndHalf, String region,
                                            List<String> municipalities) {
        Map<Cell, Long> counts = new LinkedHashMap<>();
        for (String figure : FigureCatalogue.countKeys()) {
            for (String municipality : municipalities) {
                long h1 = byMunicipalityAndHalf.getOrDefault(new Cell(municipality, Cell.H1, figure), 0L);
                long h2 = byMunicipalityAndHalf.getOrDefault(new Cell(municipality, Cell.H2, figure), 0L);
                counts.put(new Cell(municipality, Cell.H1, figure), h1);
                counts.put(new Cell(municipality, Cell.H2, figure), h2);
                counts.put(new Cell(municipality, Cell.YEAR, figure), h1 + h2);
                for (String period : List.of(Cell.H1, Cell.H2, Cell.YEAR)) {
                    counts.merge(new Cell(region, period, figure), counts.get(new Cell(municipality, period, figure)),
                            Long::sum);
                }
            }
            for (String period : List.of(Cell.H1, Cell.H2, Cell.YEAR)) {
                counts.putIfAbsent(new Cell(region, period, figure), 0L);
            }
        }
        return counts;
    }

    /**
     * The arithmetic a reader could use: within each area and period the catalogue's groups; each region the sum of
     * its municipalities; each year the sum of its half-years. Within-table groups first, so that they choose the
     * extra cells to withhold before the sums over areas and half-years do.
     */
    private static List<Linked<Cell>> links(String region, List<String> municipalities) {
        List<String> areas = new ArrayList<>();
        areas.add(region);
        areas.addAll(municipalities);
        List<Linked<Cell>> links = new ArrayList<>();
        for (String area : areas) {
            for (String period : List.of(Cell.H1, Cell.H2, Cell.YEAR)) {
                for (Linked<String> link : FigureCatalogue.links()) {
                    links.add(new Linked<>(link.kind(), new Cell(area, period, link.total()),
                            link.parts().stream().map(part -> new Cell(area, period, part)).toList()));
                }
            }
        }
        for (String figure : FigureCatalogue.countKeys()) {
            for (String period : List.of(Cell.H1, Cell.H2, Cell.YEAR)) {
                links.add(Linked.sum(new Cell(region, period, figure),
                        municipalities.stream().map(m -> new Cell(m, period, figure)).toList()));
            }
            for (String area : areas) {
                links.add(Linked.sum(new Cell(area, Cell.YEAR, figure),
                        List.of(new Cell(area, Cell.H1, figure), new Cell(area, Cell.H2, figure))));
            }
        }
        return links;
    }

    private static Figure count(Entry entry, Cell cell, Map<Cell, Long> counts, Map<Cell, Mark> marks) {
        long value = counts.getOrDefault(cell, 0L);
        return switch (marks.getOrDefault(cell, Mark.SHOWN)) {
            case SHOWN -> new Figure(entry.key(), entry.label(), entry.unit(), value, String.valueOf(value), false);
            case PRIMARY -> suppressed(entry, Figure.SMALL);
            case SECONDARY -> suppressed(entry, Figure.WITHHELD);
        };
    }

    private Figure statistic(Entry entry, FiguresScope scope, Cell cell, Map<Cell, Long> counts,
                             Map<Cell, Mark> marks, Map<LeadTime, FigureFacts.Spread> spreads) {
        String area = cell.area();
        String period = cell.period();
        if (entry.key().equals(FigureCatalogue.SHARE_WITHIN_NORM)) {
            Cell within = new Cell(area, period, FigureCatalogue.WITHIN_NORM);
            Cell late = new Cell(area, period, FigureCatalogue.LATE);
            long triaged = counts.get(within) + counts.get(late);
            if (triaged == 0) {
                return notApplicable(entry);
            }
            // a share with a count withheld, or on fewer than 5 reports, would give the count away
            if (marks.get(within) != Mark.SHOWN || marks.get(late) != Mark.SHOWN || Suppression.isSmall(triaged)) {
                return suppressed(entry, Figure.WITHHELD);
            }
            return shown(entry, 100.0 * counts.get(within) / triaged);
        }
        for (FigureCatalogue.Limit limit : FigureCatalogue.Limit.counted()) {
            if (entry.key().equals(limit.norm())) {
                return shown(entry, limit.normPercent().orElseThrow());
            }
            boolean share = entry.key().equals(limit.share());
            if (share || entry.key().equals(limit.meetsNorm())) {
                return limitShare(entry, limit, share, new Cell(area, period, limit.due()),
                        new Cell(area, period, limit.metInTime()), new Cell(area, period, limit.late()), counts, marks);
            }
        }
        for (LeadTime leadTime : LeadTime.values()) {
            boolean median = entry.key().equals(leadTime.median());
            if (median || entry.key().equals(leadTime.p90())) {
                Cell cases = new Cell(area, period, leadTime.cases());
                if (counts.get(cases) == 0) {
                    return notApplicable(entry);
                }
                if (Suppression.isSmall(counts.get(cases))) {
                    return suppressed(entry, Figure.WITHHELD);
                }
                if (spreads.isEmpty()) {
                    spreads.putAll(facts.leadTimes(scope.region().code(),
                            scope.municipality() == null ? null : scope.municipality().code().value(),
                            scope.period()));
                }
                FigureFacts.Spread spread = spreads.get(leadTime);
                OptionalDouble days = median ? spread.median() : spread.p90();
                return days.isPresent() ? shown(entry, days.getAsDouble()) : notApplicable(entry);
            }
        }
        throw new IllegalStateException("no statistic " + entry.key());
    }

    /**
     * The share of limits met in time, or whether it meets the norm. Like the triage share, withheld when any count it
     * rests on is withheld or when it rests on 1 to 4 limits: the share of a published total gives its parts away, and
     * so does "meets the norm" on a few. Compared with the norm exactly, in whole numbers, before any rounding.
     */
    private static Figure limitShare(Entry entry, FigureCatalogue.Limit limit, boolean share, Cell due,
                                     Cell metInTime, Cell late, Map<Cell, Long> counts, Map<Cell, Mark> marks) {
        long total = counts.get(due);
        if (total == 0) {
            return notApplicable(entry);
        }
        if (marks.get(due) != Mark.SHOWN || marks.get(metInTime) != Mark.SHOWN || marks.get(late) != Mark.SHOWN
                || Suppression.isSmall(total)) {
            return suppressed(entry, Figure.WITHHELD);
        }
        long met = counts.get(metInTime);
        if (share) {
            return shown(entry, 100.0 * met / total);
        }
        boolean meets = met * 100 >= (long) limit.normPercent().orElseThrow() * total;
        return new Figure(entry.key(), entry.label(), entry.unit(), meets ? 1 : 0, meets ? "yes" : "no", false);
    }

    private static Figure shown(Entry entry, double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
        return new Figure(entry.key(), entry.label(), entry.unit(), rounded, rounded.toPlainString(), false);
    }

    private static Figure suppressed(Entry entry, String display) {
        return new Figure(entry.key(), entry.label(), entry.unit(), null, display, true);
    }

    private static Figure notApplicable(Entry entry) {
        return new Figure(entry.key(), entry.label(), entry.unit(), null, Figure.NOT_APPLICABLE, false);
    }
}
