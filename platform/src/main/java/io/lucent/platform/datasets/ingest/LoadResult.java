package io.lucent.platform.datasets.ingest;

import io.lucent.plugin.api.data.RowProblem;
import io.lucent.plugin.api.data.TableSchema;
import java.util.List;

/**
 * What loading a reader into a staging table did.
 *
 * @param schema       the table's columns as the connector read them
 * @param rows         rows loaded
 * @param rejectedRows rows the connector could not read
 * @param problems     the first of those problems, with line numbers
 */
public record LoadResult(TableSchema schema, long rows, long rejectedRows, List<RowProblem> problems) {
    public LoadResult {
        problems = List.copyOf(problems);
    }
}
