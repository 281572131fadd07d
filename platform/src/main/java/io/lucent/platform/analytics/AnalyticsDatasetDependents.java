package io.lucent.platform.analytics;

import com.google.inject.Provider;
import io.lucent.platform.datasets.DatasetDependents;
import io.lucent.platform.datasets.DatasetVersion;
import io.lucent.platform.datasets.DeletedDataset;
import org.jdbi.v3.core.Handle;

/**
 * What analytics keeps about a dataset goes with it: its saved column mappings in the deletion's transaction,
 * then the answers kept in this node's memory for its versions. (Its derived results in the dataset store are
 * removed by the datasets feature, keyed by the same content hashes.)
 */
final class AnalyticsDatasetDependents implements DatasetDependents {

    private final MappingRepository mappings;
    private final Provider<AnalyticsService> service;

    /** @param service provided lazily: the service reads datasets, whose deletion needs this */
    AnalyticsDatasetDependents(MappingRepository mappings, Provider<AnalyticsService> service) {
        this.mappings = mappings;
        this.service = service;
    }

    @Override
    public void deleteFor(Handle handle, String datasetId) {
        mappings.deleteFor(handle, datasetId);
    }

    @Override
    public AfterCommit deleteFor(Handle handle, DeletedDataset dataset) {
        mappings.deleteFor(handle, dataset.id());
        return () -> {
            for (DatasetVersion version : dataset.versions()) {
                service.get().forget(dataset.tenant().tenantId(), version.contentHash());
            }
        };
    }
}
