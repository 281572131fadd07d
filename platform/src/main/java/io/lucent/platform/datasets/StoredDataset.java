package io.lucent.platform.datasets;

import java.time.Instant;
import java.util.List;

/**
 * A dataset's metadata row with its current version and that version's columns.
 *
 * @param id         the dataset id (a UUID)
 * @param name       display name
 * @param sourceName the uploaded file's name (or {@code sample})
 * @param connector  the connector that read it
 * @param createdAt  when the dataset was created
 * @param createdBy  who created it
 * @param lastUsedAt when it was last read (for session retention)
 * @param current    the current version
 * @param columns    the current version's columns in order
 */
public record StoredDataset(String id, String name, String sourceName, String connector, Instant createdAt, String createdBy,
                            Instant lastUsedAt, DatasetVersion current, List<DatasetColumn> columns) {

    public StoredDataset {
        columns = List.copyOf(columns);
    }
}
