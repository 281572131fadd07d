package io.lucent.plugins.export.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes rows of already formatted fields as RFC 4180 CSV: records end with CRLF, and a field is enclosed
 * in double quotes (with inner quotes doubled) when it contains the delimiter, a quote, CR or LF. Not
 * thread-safe; one per export.
 */
final class CsvRowWriter {

    private static final String LINE_END = "\r\n";

    private final Writer out;
    private final char delimiter;

    CsvRowWriter(Writer out, char delimiter) {
        this.out = out;
        this.delimiter = delimiter;
    }

    void writeRow(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(delimiter);
            }
            writeField(fields.get(i));
        }
        out.write(LINE_END);
    }

    void writeBlankLine() throws IOException {
        out.write(LINE_END);
    }

    private void writeField(String field) throws IOException {
        if (needsQuotes(field)) {
            out.write('"');
            out.write(field.replace("\"", "\"\""));
            out.write('"');
        } else {
            out.write(field);
        }
    }

    private boolean needsQuotes(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == delimiter || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
