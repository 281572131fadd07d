package io.lucent.platform.forecasting.runs;

import io.lucent.platform.datasets.DatasetDependents;
import io.lucent.platform.datasets.DeletedDataset;
import io.lucent.platform.datasets.store.StoreKeys;
import io.lucent.platform.forecasting.series.DatasetSeriesReader;
import io.lucent.platform.jobs.JobService;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Everything forecasting computed from a dataset goes with it: in the deletion's transaction the forecast runs
 * (the history) and their per-entity results; once it committed, the runs' jobs (queued and running ones are
 * cancelled, then every one is deleted with its tasks, which name the entities) and the series views read from
 * the dataset's versions. A task that is still computing when the dataset goes writes nothing: its result write
 * finds the run gone ({@link ForecastStore#replaceResult}).
 */
public final class ForecastDatasetDependents implements DatasetDependents {

    private final JobService jobs;
    private final DatasetSeriesReader reader;

    public ForecastDatasetDependents(JobService jobs, DatasetSeriesReader reader) {
        this.jobs = jobs;
        this.reader = reader;
    }

    @Override
    public void deleteFor(Handle handle, String datasetId) {
        ForecastStore.deleteForDataset(handle, datasetId);
    }

    @Override
    public AfterCommit deleteFor(Handle handle, DeletedDataset dataset) {
        List<String> runs = ForecastStore.deleteForDataset(handle, dataset.id());
        return () -> {
            try {
                jobs.discard(dataset.tenant(), runs);
            } finally {
                reader.forget(StoreKeys.dataset(dataset.tenant().tenantId(), dataset.id()));
            }
        };
    }
}
