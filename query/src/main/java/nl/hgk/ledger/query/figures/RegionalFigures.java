package nl.hgk.ledger.query.figures;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The regional monitoring figures of one period, for a Veilig Thuis region or one municipality of it: counts only, with
 * small counts suppressed; never a person, an address or a case.
 *
 * @param period       the period asked for: {@code 2025}, {@code 2025-H1} or {@code 2025-H2}
 * @param from         its first day
 * @param to           its last day
 * @param region       the Veilig Thuis region
 * @param municipality the municipality, or absent for the whole region
 * @param suppression  how small counts are withheld
 * @param definitions  what each section counts, by section key (and "period")
 * @param sections     the figures
 */
@Schema(description = "Regional monitoring figures for analysts: counts, shares and lead times, small counts suppressed")
public record RegionalFigures(String period, LocalDate from, LocalDate to, Area region, Area municipality,
                              @Schema(description = FigureDefinitions.SUPPRESSION) String suppression,
                              Map<String, String> definitions, List<FigureSection> sections) {

    public RegionalFigures {
        definitions = Collections.unmodifiableMap(new LinkedHashMap<>(definitions));
        sections = List.copyOf(sections);
    }

    /** A region or municipality: its CBS code and name. */
    public record Area(String code, String name) {
    }

    /** @return the figure with this key, if published */
    public Optional<Figure> figure(String key) {
        return sections.stream().flatMap(section -> section.figures().stream())
                .filter(figure -> figure.key().equals(key)).findFirst();
    }
}
