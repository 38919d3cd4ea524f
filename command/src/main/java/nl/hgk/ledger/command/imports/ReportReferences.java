package nl.hgk.ledger.command.imports;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import nl.hgk.ledger.command.intake.ReportReceipt;

/**
 * The ids the ledger gives an imported case's reports and their people, which the import file cannot know: a later
 * step names them by their place instead. {@code "{report:1}"} is the id of the case's first report, {@code
 * "{person:1.3}"} that of the third person of its first report, in the order the report listed them.
 */
final class ReportReferences {

    private static final Pattern REFERENCE = Pattern.compile("\\{(report|person):(\\d{1,4})(?:\\.(\\d{1,4}))?}");

    private final List<ReportReceipt> reports = new ArrayList<>();

    void received(ReportReceipt receipt) {
        reports.add(receipt);
    }

    /**
     * Replaces every text of the command's fields that is a reference by the id it names.
     *
     * @throws InvalidStep for a reference to no report or person of the case
     */
    void resolve(JsonNode fields, String path) {
        if (fields instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String at = path + "." + field.getKey();
                if (field.getValue().isTextual()) {
                    field.setValue(resolved(field.getValue().asText(), at));
                } else {
                    resolve(field.getValue(), at);
                }
            }
        } else if (fields instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, resolved(array.get(i).asText(), path + "[" + i + "]"));
                } else {
                    resolve(array.get(i), path + "[" + i + "]");
                }
            }
        }
    }

    private JsonNode resolved(String text, String path) {
        Matcher reference = REFERENCE.matcher(text);
        if (!reference.matches()) {
            return TextNode.valueOf(text);
        }
        int report = Integer.parseInt(reference.group(2));
        if (report < 1 || report > reports.size()) {
            throw new InvalidStep(path, "names report " + report + "; the case has " + reports.size() + " so far");
        }
        ReportReceipt receipt = reports.get(report - 1);
        if (reference.group(1).equals("report")) {
            if (reference.group(3) != null) {
                throw new InvalidStep(path, "a report is named {report:N}");
            }
            return TextNode.valueOf(receipt.reportId().toString());
        }
        int person = reference.group(3) == null ? 0 : Integer.parseInt(reference.group(3));
        if (person < 1 || person > receipt.persons().size()) {
            throw new InvalidStep(path, "names no person of report " + report + ", which has "
                    + receipt.persons().size() + " ({person:" + report + ".1} to {person:" + report + "."
                    + receipt.persons().size() + "})");
        }
        return TextNode.valueOf(receipt.persons().get(person - 1).personId().toString());
    }
}
