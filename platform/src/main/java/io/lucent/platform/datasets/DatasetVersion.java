package io.lucent.platform.datasets;

import java.time.Instant;

/**
 * One immutable version of a dataset: a Parquet file identified by the SHA-256 of its bytes.
 *
 * @param version      1 for the upload, then one more per transformation (re-typing)
 * @param contentHash  SHA-256 (hex) of the Parquet file
 * @param rowCount     rows in the version
 * @param sizeBytes    size of the Parquet file
 * @param storageKey   the key in the dataset store (internal, not shown by the API)
 * @param origin       upload, retype or sample
 * @param rejectedRows rows of the source skipped as unreadable
 * @param createdAt    when it was made
 * @param createdBy    the user who made it
 */
public record DatasetVersion(int version, String contentHash, long rowCount, long sizeBytes,
                             @com.fasterxml.jackson.annotation.JsonIgnore String storageKey, String origin,
                             long rejectedRows, Instant createdAt, String createdBy) {
}
