package io.lucent.plugins.connector.csv;

import java.util.Optional;

/**
 * Excel's separator hint: a first line {@code sep=;} (any single character after {@code sep=}) that Excel
 * writes and reads to name the delimiter. When present it names the delimiter (unless the settings do) and
 * the line is not part of the table.
 */
final class SeparatorHint {

    private SeparatorHint() {
    }

    /** The delimiter the first line of the text names, if it is a separator hint. */
    static Optional<Character> in(String text) {
        int end = firstLineEnd(text);
        String line = text.substring(0, end);
        if (line.length() == 5 && line.regionMatches(true, 0, "sep=", 0, 4)) {
            return Optional.of(line.charAt(4));
        }
        return Optional.empty();
    }

    /** The text after the first line. */
    static String afterFirstLine(String text) {
        int end = firstLineEnd(text);
        if (end < text.length() && text.charAt(end) == '\r') {
            end++;
        }
        if (end < text.length() && text.charAt(end) == '\n') {
            end++;
        }
        return text.substring(end);
    }

    private static int firstLineEnd(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return end;
    }
}
