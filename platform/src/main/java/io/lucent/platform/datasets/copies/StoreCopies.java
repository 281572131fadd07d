package io.lucent.platform.datasets.copies;

import io.lucent.platform.datasets.query.DerivedResults;
import io.lucent.platform.datasets.store.DatasetStore;
import io.lucent.platform.datasets.store.StoreKeys;

/**
 * The datasets feature's own node-local copies of a deleted dataset: the store's local cache of its files and
 * derived results (an S3 store's cache directory) and the derived results kept in memory.
 */
public final class StoreCopies implements LocalCopies {

    private final DatasetStore store;
    private final DerivedResults derived;

    public StoreCopies(DatasetStore store, DerivedResults derived) {
        this.store = store;
        this.derived = derived;
    }

    @Override
    public void forget(DeletedCopies deleted) {
        store.forgetLocalCopies(deleted.storagePrefix());
        for (String contentHash : deleted.contentHashes()) {
            derived.forgetInMemory(deleted.tenantId(), contentHash);
            store.forgetLocalCopies(StoreKeys.derivedPrefix(deleted.tenantId(), contentHash));
        }
    }
}
