package io.lucent.platform.datasets.query;

import io.swagger.v3.oas.annotations.media.Schema;
import io.lucent.platform.datasets.DatasetColumn;
import java.util.List;

/**
 * A page of a dataset's rows.
 *
 * @param columns the columns, in the order of each row's values
 * @param rows    the rows, each a list of values (numbers, booleans, ISO dates, text, or null)
 * @param offset  the first row's position among the matching rows
 * @param limit   the page size asked for
 * @param total   how many rows match the filters
 */
@Schema(name = "DatasetPreview")
public record Preview(List<DatasetColumn> columns, List<List<Object>> rows, long offset, int limit, long total) {
}
