package io.lucent.plugins.connector.csv;

import io.lucent.plugin.api.data.ColumnType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether the first record of a file is a header.
 *
 * <p>It is not a header if any of its fields is blank or reads as a number, boolean or date: column names
 * are non-empty text. Otherwise it is a header if some column of the following sample records has a
 * non-text type (the first record's text does not fit it), or, when every column is text, if the first
 * record's values are all different: most files with only text columns have a header, and a repeated name
 * suggests data.
 */
final class HeaderDetector {

    private HeaderDetector() {
    }

    /**
     * @param records the sample records, first record first, each as its fields
     * @param columns how many columns the table has
     */
    static boolean firstRecordIsHeader(List<List<String>> records, int columns) {
        if (records.isEmpty()) {
            return false;
        }
        List<String> first = records.get(0);
        Set<String> distinct = new HashSet<>();
        for (String field : first) {
            String text = field.strip();
            if (text.isEmpty() || looksTyped(text)) {
                return false;
            }
            distinct.add(text);
        }
        for (int c = 0; c < columns; c++) {
            ColumnGuess guess = new ColumnGuess();
            for (List<String> record : records.subList(1, records.size())) {
                if (c < record.size()) {
                    guess.accept(record.get(c));
                }
            }
            if (guess.result().type() != ColumnType.TEXT) {
                return true;
            }
        }
        return distinct.size() == first.size();
    }

    private static boolean looksTyped(String text) {
        return Scalars.decimal(text) != null || Scalars.bool(text) != null || DateTimeText.parse(text).isPresent();
    }
}
