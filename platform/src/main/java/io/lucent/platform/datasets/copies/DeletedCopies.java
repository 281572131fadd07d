package io.lucent.platform.datasets.copies;

import io.lucent.platform.datasets.store.StoreKeys;
import java.util.List;

/**
 * What a node needs to find its copies of a deleted dataset.
 *
 * @param tenantId      whose dataset it was
 * @param datasetId     the dataset
 * @param contentHashes the content hashes of its versions (caches of derived results are keyed by them)
 */
public record DeletedCopies(String tenantId, String datasetId, List<String> contentHashes) {

    public DeletedCopies {
        contentHashes = List.copyOf(contentHashes);
    }

    /** The prefix of the dataset's keys in the dataset store (its versions' files). */
    public String storagePrefix() {
        return StoreKeys.dataset(tenantId, datasetId);
    }
}
