package io.lucent.platform.datasets;

import io.lucent.platform.datasets.copies.DeletedCopies;
import io.lucent.platform.datasets.copies.DeletionBroadcast;
import io.lucent.platform.datasets.copies.InProcessDeletionBroadcast;
import io.lucent.platform.datasets.query.DatasetSummary;
import io.lucent.platform.datasets.query.DerivedResults;
import io.lucent.platform.datasets.query.MissingReport;
import io.lucent.platform.datasets.query.MissingValues;
import io.lucent.platform.datasets.query.Preview;
import io.lucent.platform.datasets.query.Previewer;
import io.lucent.platform.datasets.query.SandboxPool;
import io.lucent.platform.datasets.query.Summarizer;
import io.lucent.platform.datasets.store.DatasetStore;
import io.lucent.platform.datasets.store.StoreKeys;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.tenancy.TenantContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and deletes a tenant's datasets. Every lookup goes through the tenant's own tables, so another tenant's
 * dataset id is simply not found (404). Reading a dataset marks it used (for session retention).
 */
public final class DatasetService {

    private static final Logger LOG = LoggerFactory.getLogger(DatasetService.class);

    /** Reads within this interval of the last recorded use do not write a new one. */
    private static final Duration TOUCH_INTERVAL = Duration.ofSeconds(30);

    private final DatasetRepository repository;
    private final DatasetStore store;
    private final SandboxPool sandboxes;
    private final Previewer previewer;
    private final Summarizer summarizer;
    private final MissingValues missingValues;
    private final DerivedResults derived;
    private final Clock clock;
    private final DeletionBroadcast deletions;

    /** A service whose deletions drop this process's copies only (a single node without other holders of copies). */
    public DatasetService(DatasetRepository repository, DatasetStore store, SandboxPool sandboxes, DerivedResults derived, Clock clock) {
        this(repository, store, sandboxes, derived, clock, new InProcessDeletionBroadcast(Set::of));
    }

    /** @param deletions tells every node to drop its copies of a deleted dataset */
    public DatasetService(DatasetRepository repository, DatasetStore store, SandboxPool sandboxes, DerivedResults derived, Clock clock,
                          DeletionBroadcast deletions) {
        this.deletions = deletions;
        this.repository = repository;
        this.store = store;
        this.sandboxes = sandboxes;
        this.previewer = new Previewer(sandboxes);
        this.summarizer = new Summarizer(sandboxes);
        this.missingValues = new MissingValues(sandboxes);
        this.derived = derived;
        this.clock = clock;
    }

    /**
     * A page of datasets.
     *
     * @param items  the datasets on the page
     * @param offset the first one's position
     * @param limit  the page size asked for
     * @param total  how many datasets there are
     */
    public record Page(List<StoredDataset> items, int offset, int limit, int total) {
    }

    public Page list(TenantContext tenant, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 500) {
            throw LucentException.invalid("offset must be at least 0 and limit between 1 and 500");
        }
        return new Page(repository.page(tenant, offset, limit), offset, limit, repository.count(tenant));
    }

    /** The dataset, or 404. */
    public StoredDataset get(TenantContext tenant, String id) {
        if (!isUuid(id)) {
            throw LucentException.notFound("Dataset", id);
        }
        StoredDataset dataset = repository.find(tenant, id).orElseThrow(() -> LucentException.notFound("Dataset", id));
        Instant now = clock.instant();
        if (dataset.lastUsedAt() == null || dataset.lastUsedAt().plus(TOUCH_INTERVAL).isBefore(now)) {
            repository.touch(tenant, id, now);
        }
        return dataset;
    }

    /** Work on a dataset's current version through a sandboxed DuckDB connection whose only table is the view {@code data}. */
    @FunctionalInterface
    public interface DataWork<R> {
        R run(StoredDataset dataset, java.sql.Connection connection) throws java.sql.SQLException;
    }

    /**
     * Runs {@code work} over the dataset's current version, for features that compute over datasets (analytics,
     * preprocessing previews): the connection can read the view {@code data} and nothing else; cache results with
     * {@link DerivedResults} keyed by {@code dataset.current().contentHash()}.
     */
    public <R> R withData(TenantContext tenant, String id, DataWork<R> work) {
        StoredDataset dataset = get(tenant, id);
        return sandboxes.query(file(dataset), connection -> work.run(dataset, connection));
    }

    /** The dataset's versions, oldest first; 404 if there is no such dataset. */
    public List<DatasetVersion> versions(TenantContext tenant, String id) {
        get(tenant, id);
        return repository.versions(tenant, id);
    }

    public Preview preview(TenantContext tenant, String id, long offset, int limit, List<String> sort, List<String> filter) {
        StoredDataset dataset = get(tenant, id);
        return previewer.page(file(dataset), dataset.columns(), dataset.current().rowCount(), offset, limit, sort, filter);
    }

    public DatasetSummary summary(TenantContext tenant, String id) {
        StoredDataset dataset = get(tenant, id);
        return derived.get(tenant.tenantId(), dataset.current().contentHash(), "summary-v1", DatasetSummary.class,
                () -> summarizer.summarize(file(dataset), dataset.current().contentHash(), dataset.columns()));
    }

    public MissingReport missing(TenantContext tenant, String id) {
        StoredDataset dataset = get(tenant, id);
        return derived.get(tenant.tenantId(), dataset.current().contentHash(), "missing-v1", MissingReport.class,
                () -> missingValues.report(file(dataset), dataset.columns()));
    }

    /**
     * Deletes the dataset, its versions, everything other features computed from it, and their derived results;
     * 404 if it does not exist. The rows go in one transaction; then, best effort (failures are logged), what the
     * features keep outside the tenant's tables (jobs), the dataset's files and derived results, and every node's
     * copies of them ({@link DeletionBroadcast}).
     */
    public void delete(TenantContext tenant, String id) {
        if (!isUuid(id)) {
            throw LucentException.notFound("Dataset", id);
        }
        DatasetRepository.Deletion deletion = repository.delete(tenant, id).orElseThrow(() -> LucentException.notFound("Dataset", id));
        for (DatasetDependents.AfterCommit cleanup : deletion.afterCommit()) {
            try {
                cleanup.run();
            } catch (RuntimeException e) {
                LOG.warn("Dataset {} of tenant {} is deleted, but cleaning up what was computed from it failed", id, tenant.tenantId(), e);
            }
        }
        try {
            removeFiles(tenant, id, deletion.dataset().versions());
        } catch (RuntimeException e) {
            LOG.warn("Dataset {} of tenant {} is deleted, but removing its files failed", id, tenant.tenantId(), e);
        }
        deletions.announce(new DeletedCopies(tenant.tenantId(), id, deletion.dataset().versions().stream().map(DatasetVersion::contentHash)
                .toList()));
    }

    /** Removes a deleted dataset's files and derived results. */
    void removeFiles(TenantContext tenant, String id, List<DatasetVersion> versions) {
        for (DatasetVersion version : versions) {
            evict(version);
            derived.forget(tenant.tenantId(), version.contentHash());
        }
        store.deletePrefix(StoreKeys.dataset(tenant.tenantId(), id));
    }

    /** The local Parquet file of the dataset's current version. */
    Path file(StoredDataset dataset) {
        return store.localFile(dataset.current().storageKey());
    }

    private void evict(DatasetVersion version) {
        try {
            sandboxes.evictUnder(store.localFile(version.storageKey()));
        } catch (LucentException e) {
            // Already gone from the store: nothing open over it either.
        }
    }

    static boolean isUuid(String id) {
        try {
            return id != null && id.length() == 36 && UUID.fromString(id).toString().equals(id);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
