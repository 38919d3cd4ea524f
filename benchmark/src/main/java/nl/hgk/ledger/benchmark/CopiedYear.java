package nl.hgk.ledger.benchmark;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generated year copied once more into the big store, as events of other cases: every identifier in an event (its
 * case, its own identifier, every id in its payload and metadata) gets the copy's number folded into its first eight
 * hex digits, so that copy {@code n} of the year is a year of other cases with the same history. The data subjects'
 * ids stay: their personal data is encrypted with their key and bound to their id (the key is stored once), so a copy
 * is the same people in other cases, and every view can still decrypt what it shows.
 */
final class CopiedYear {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-f]{8}(-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

    private final int copy;
    private final Set<String> subjects;

    CopiedYear(int copy, Set<String> subjects) {
        this.copy = copy;
        this.subjects = subjects;
    }

    /** @return the text with every identifier but a data subject's that of this copy */
    String identities(String text) {
        if (copy == 0) {
            return text;
        }
        Matcher ids = UUID.matcher(text);
        StringBuilder copied = new StringBuilder(text.length());
        while (ids.find()) {
            String id = ids.group();
            ids.appendReplacement(copied, subjects.contains(id) ? id : String.format("%08x",
                    Long.parseLong(id.substring(0, 8), 16) ^ copy) + ids.group(1));
        }
        return ids.appendTail(copied).toString();
    }

    /** @return a stored identifier of this copy, also when it is not a UUID */
    String identifier(String id) {
        String copied = identities(id);
        return copy == 0 || !copied.equals(id) ? copied : id + "~" + copy;
    }
}
