package nl.hgk.ledger.query.figures;

import java.util.List;
import java.util.Map;

/**
 * The figures as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted where needed): a header, then one row
 * per figure ({@code section,figure,label,value,unit}) with the value as displayed, so {@code <5} or {@code x} where
 * suppressed. The scope comes first (section {@code scope}), the suppression statement and the definitions last
 * (section {@code notes}), so that the file explains itself.
 */
final class FiguresCsv {

    static final String MEDIA_TYPE = "text/csv";
    private static final String LINE_END = "\r\n";

    private FiguresCsv() {
    }

    static String write(RegionalFigures figures) {
        StringBuilder csv = new StringBuilder();
        row(csv, "section", "figure", "label", "value", "unit");
        row(csv, "scope", "period", "Period", figures.period(), "");
        row(csv, "scope", "from", "First day", figures.from().toString(), "");
        row(csv, "scope", "to", "Last day", figures.to().toString(), "");
        row(csv, "scope", "region", "Veilig Thuis region", describe(figures.region()), "");
        if (figures.municipality() != null) {
            row(csv, "scope", "municipality", "Municipality", describe(figures.municipality()), "");
        }
        for (FigureSection section : figures.sections()) {
            for (Figure figure : section.figures()) {
                row(csv, section.key(), figure.key(), figure.label(), figure.display(), figure.unit());
            }
        }
        row(csv, "notes", "suppression", "Suppression", figures.suppression(), "");
        for (Map.Entry<String, String> definition : figures.definitions().entrySet()) {
            row(csv, "notes", "definition." + definition.getKey(), "Definition", definition.getValue(), "");
        }
        return csv.toString();
    }

    private static String describe(RegionalFigures.Area area) {
        return area.code() + " " + area.name();
    }

    private static void row(StringBuilder csv, String... fields) {
        csv.append(String.join(",", List.of(fields).stream().map(FiguresCsv::field).toList())).append(LINE_END);
    }

    private static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
