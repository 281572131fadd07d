package io.lucent.platform.datasets.copies;

/** Tells every node that a dataset was deleted, so each drops its {@link LocalCopies}. Bound by the mode modules. */
public interface DeletionBroadcast {

    /** Drops this node's copies at once and tells the other nodes; best effort (failures are logged). */
    void announce(DeletedCopies deleted);
}
