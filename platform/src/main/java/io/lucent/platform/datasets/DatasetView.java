package io.lucent.platform.datasets;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A dataset as the REST API shows it.
 *
 * @param id          dataset id
 * @param name        display name
 * @param rowCount    rows in the current version
 * @param columns     columns with types
 * @param contentHash SHA-256 of the current version's Parquet file
 * @param version     current version number
 * @param source      where it came from
 * @param createdAt   when the dataset was created (ISO-8601 UTC)
 * @param createdBy   who created it
 * @param importReport how the import went (only in the answer to an upload)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A dataset: metadata of its current version")
public record DatasetView(String id, String name, long rowCount, List<DatasetColumn> columns, String contentHash, int version,
                          Source source, Instant createdAt, String createdBy, @JsonInclude(JsonInclude.Include.NON_NULL)
                          @com.fasterxml.jackson.annotation.JsonProperty("import") ImportReport importReport) {

    /**
     * @param fileName  the uploaded file's name
     * @param connector the connector that read it
     * @param rejectedRows rows skipped as unreadable
     */
    public record Source(String fileName, String connector, long rejectedRows) {
    }

    public static DatasetView of(StoredDataset dataset) {
        return of(dataset, null);
    }

    public static DatasetView of(StoredDataset dataset, ImportReport report) {
        return new DatasetView(dataset.id(), dataset.name(), dataset.current().rowCount(), dataset.columns(),
                dataset.current().contentHash(), dataset.current().version(),
                new Source(dataset.sourceName(), dataset.connector(), dataset.current().rejectedRows()), dataset.createdAt(),
                dataset.createdBy(), report);
    }
}
