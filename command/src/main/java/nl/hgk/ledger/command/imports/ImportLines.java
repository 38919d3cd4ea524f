package nl.hgk.ledger.command.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The lines of an NDJSON body, read one at a time so that an import of any length holds one case in memory. A line
 * longer than the limit is read past, not kept: {@link #next} gives {@link #TOO_LONG} for it.
 */
final class ImportLines {

    /** what {@link #next} gives for a line longer than the limit */
    static final String TOO_LONG = "";

    private final BufferedReader reader;
    private final int maxChars;

    ImportLines(InputStream body, int maxChars) {
        this.reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 64 * 1024);
        this.maxChars = maxChars;
    }

    /** @return the next line, {@link #TOO_LONG}, or null at the end of the body */
    String next() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        int c;
        while ((c = reader.read()) != -1 && c != '\n') {
            if (line.length() < maxChars) {
                line.append((char) c);
            } else {
                tooLong = true;
            }
        }
        if (c == -1 && line.isEmpty() && !tooLong) {
            return null;
        }
        return tooLong ? TOO_LONG : line.toString();
    }
}
