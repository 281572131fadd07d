package io.lucent.platform.datasets;

import org.jdbi.v3.core.Handle;

/**
 * What another feature keeps about one dataset (a column mapping, generated results, forecasts and their jobs).
 * Features bind an implementation with {@code Multibinder.newSetBinder(binder(), DatasetDependents.class)};
 * deleting a dataset calls every one in the same transaction that deletes the dataset's own metadata, so
 * nothing is left behind and nothing is deleted when the dataset's deletion fails. That transaction holds the
 * dataset's row locked from its start ({@link DatasetRepository#lockExisting}), so a feature that writes rows about
 * a dataset after locking it the same way cannot slip a row in behind the deletion.
 */
@FunctionalInterface
public interface DatasetDependents {

    /**
     * Deletes this feature's rows about the dataset, on {@code handle} (already in the deletion's transaction), and
     * returns what to remove once that transaction has committed: what the feature keeps outside the tenant's tables
     * (jobs in the shared job tables, files), or {@link AfterCommit#NOTHING}.
     */
    AfterCommit deleteFor(Handle handle, DeletedDataset dataset);

    /**
     * Cleanup outside the tenant's tables, run after the deletion committed. Best effort: a failure is logged and
     * neither undoes the deletion nor stops the other features' cleanup.
     */
    @FunctionalInterface
    interface AfterCommit {

        AfterCommit NOTHING = () -> { };

        void run();
    }
}
