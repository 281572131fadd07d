package io.lucent.platform.datasets;

import org.jdbi.v3.core.Handle;

/**
 * Rows another feature keeps in the tenant's tables about one dataset (a column mapping, generated results).
 * Features bind an implementation with {@code Multibinder.newSetBinder(binder(), DatasetDependents.class)};
 * deleting a dataset calls every one in the same transaction that deletes the dataset's own metadata, so
 * nothing is left behind and nothing is deleted when the dataset's deletion fails.
 */
@FunctionalInterface
public interface DatasetDependents {

    /** Deletes this feature's rows about {@code datasetId}, on {@code handle} (already in the tenant's transaction). */
    void deleteFor(Handle handle, String datasetId);
}
