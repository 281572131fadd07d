package io.lucent.plugins.connector.csv;

import java.util.List;

/**
 * Whether a record has the table's number of fields. Extra fields are tolerated when they are all blank
 * (spreadsheet exports often end rows with stray delimiters); missing fields are not.
 */
final class RecordShape {

    private RecordShape() {
    }

    static boolean fits(List<String> record, int columns) {
        if (record.size() < columns) {
            return false;
        }
        for (int c = columns; c < record.size(); c++) {
            if (!record.get(c).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
