package nl.hgk.ledger.query.figures;

import java.util.List;

/**
 * A section of the figures, such as the triage figures.
 *
 * @param key     stable name, e.g. {@code triage}
 * @param title   what it shows
 * @param figures its figures, in a fixed order
 */
public record FigureSection(String key, String title, List<Figure> figures) {

    public FigureSection {
        figures = List.copyOf(figures);
    }
}
