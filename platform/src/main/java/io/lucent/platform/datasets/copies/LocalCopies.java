package io.lucent.platform.datasets.copies;

/**
 * Copies of datasets' data or of results computed from them that this node keeps for itself. Features bind an
 * implementation with {@code Multibinder.newSetBinder(binder(), LocalCopies.class)}; it is called on every node
 * when any node deleted a dataset, possibly more than once, so it must be idempotent.
 */
@FunctionalInterface
public interface LocalCopies {

    /** Drops this node's copies of the deleted dataset's data and results. */
    void forget(DeletedCopies deleted);
}
