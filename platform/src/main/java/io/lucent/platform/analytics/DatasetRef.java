package io.lucent.platform.analytics;

/**
 * The dataset version a computation reads.
 *
 * @param id          the dataset id
 * @param version     the version number
 * @param contentHash the version's content hash
 */
public record DatasetRef(String id, int version, String contentHash) {
}
