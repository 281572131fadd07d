package io.lucent.platform.datasets.copies;

import com.google.inject.Provider;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Local mode (one process): an announcement drops this process's copies, one holder's failure not stopping the others. */
public final class InProcessDeletionBroadcast implements DeletionBroadcast {

    private static final Logger LOG = LoggerFactory.getLogger(InProcessDeletionBroadcast.class);

    private final Provider<Set<LocalCopies>> copies;

    /** @param copies provided lazily: some holders read datasets, whose deletion announces through this */
    public InProcessDeletionBroadcast(Provider<Set<LocalCopies>> copies) {
        this.copies = copies;
    }

    @Override
    public void announce(DeletedCopies deleted) {
        forget(copies.get(), deleted);
    }

    static void forget(Set<LocalCopies> holders, DeletedCopies deleted) {
        for (LocalCopies holder : holders) {
            try {
                holder.forget(deleted);
            } catch (RuntimeException e) {
                LOG.warn("Dropping this node's copies of deleted dataset {} of tenant {} failed", deleted.datasetId(), deleted.tenantId(), e);
            }
        }
    }
}
