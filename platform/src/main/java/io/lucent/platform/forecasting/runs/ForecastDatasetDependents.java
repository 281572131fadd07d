package io.lucent.platform.forecasting.runs;

import io.lucent.platform.datasets.DatasetDependents;
import io.lucent.platform.datasets.DeletedDataset;
import io.lucent.platform.jobs.JobService;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Everything forecasting stored about a dataset goes with it: in the deletion's transaction the forecast runs
 * (the history) and their per-entity results; once it committed, the runs' jobs (queued and running ones are
 * cancelled, then every one is deleted with its tasks, which name the entities). A task that is still computing
 * when the dataset goes writes nothing: its result write finds the run gone ({@link ForecastStore#replaceResult}).
 * The series views read from the dataset are node-local copies, dropped on every node
 * ({@link io.lucent.platform.forecasting.series.DatasetSeriesReader#forget}).
 */
public final class ForecastDatasetDependents implements DatasetDependents {

    private final JobService jobs;

    public ForecastDatasetDependents(JobService jobs) {
        this.jobs = jobs;
    }

    @Override
    public AfterCommit deleteFor(Handle handle, DeletedDataset dataset) {
        List<String> runs = ForecastStore.deleteForDataset(handle, dataset.id());
        return () -> jobs.discard(dataset.tenant(), runs);
    }
}
