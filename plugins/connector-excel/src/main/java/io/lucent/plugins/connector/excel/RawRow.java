package io.lucent.plugins.connector.excel;

import java.util.List;

/**
 * One sheet row as the workbook holds it: each cell a {@code String}, {@code Double}, {@code Boolean},
 * {@code java.time.LocalDateTime} (a number with a date format), or null for a blank cell.
 *
 * @param line  the row number in the sheet (1-based, as Excel shows it)
 * @param cells the cells from column A on
 */
record RawRow(long line, List<Object> cells) {

    /** Whether every cell is blank. */
    boolean isBlank() {
        for (Object cell : cells) {
            if (cell != null && !(cell instanceof String text && text.isBlank())) {
                return false;
            }
        }
        return true;
    }
}
