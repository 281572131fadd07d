package io.lucent.platform.datasets;

import io.lucent.platform.tenancy.TenantContext;
import java.util.List;

/**
 * A dataset being deleted, as the features that keep something about it see it.
 *
 * @param tenant   whose dataset it is
 * @param id       the dataset's id
 * @param versions every version it had (storage keys and content hashes, for caches keyed by them), oldest first
 */
public record DeletedDataset(TenantContext tenant, String id, List<DatasetVersion> versions) {

    public DeletedDataset {
        versions = List.copyOf(versions);
    }
}
