package io.lucent.platform.datasets.query;

import java.util.List;

/**
 * Profile of a dataset version.
 *
 * @param contentHash the version profiled
 * @param rowCount    rows
 * @param columns     per column
 */
public record DatasetSummary(String contentHash, long rowCount, List<ColumnSummary> columns) {
}
