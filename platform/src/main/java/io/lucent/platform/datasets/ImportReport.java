package io.lucent.platform.datasets;

import io.lucent.plugin.api.data.RowProblem;
import java.util.List;

/**
 * How an import went.
 *
 * @param connector    the connector that read the file
 * @param rowsImported rows in the dataset
 * @param rejectedRows rows that could not be read and were skipped
 * @param problems     the first 100 of those, with line numbers
 */
public record ImportReport(String connector, long rowsImported, long rejectedRows, List<RowProblem> problems) {
    public ImportReport {
        problems = List.copyOf(problems);
    }
}
