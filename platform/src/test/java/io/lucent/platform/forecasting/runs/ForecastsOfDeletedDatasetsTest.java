package io.lucent.platform.forecasting.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.platform.config.JobsConfig;
import io.lucent.platform.config.TenancyConfig;
import io.lucent.platform.datasets.DatasetLimits;
import io.lucent.platform.datasets.DatasetRepository;
import io.lucent.platform.datasets.DatasetService;
import io.lucent.platform.datasets.StoredDataset;
import io.lucent.platform.datasets.ingest.VersionWriter;
import io.lucent.platform.datasets.query.DerivedResults;
import io.lucent.platform.datasets.query.DuckDbEngine;
import io.lucent.platform.datasets.query.SandboxPool;
import io.lucent.platform.datasets.retention.IdleDatasetSweeper;
import io.lucent.platform.datasets.sample.SampleDatasets;
import io.lucent.platform.datasets.store.LocalDatasetStore;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.jobs.ClaimedTask;
import io.lucent.platform.jobs.InMemoryProgressBus;
import io.lucent.platform.jobs.JobService;
import io.lucent.platform.jobs.JobSpec;
import io.lucent.platform.jobs.JobStore;
import io.lucent.platform.jobs.WorkSignal;
import io.lucent.platform.metadata.MetadataDatabase;
import io.lucent.platform.metadata.SingleTenantDatabase;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.platform.tenancy.TenantDirectory;
import io.lucent.platform.tenancy.TenantLimits;
import io.lucent.platform.testing.LocalMetadata;
import io.lucent.platform.testing.MovableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What happens to forecasts when their dataset goes, on a real SQLite metadata database, job store and local
 * dataset store: the runs, results and jobs go in the deletion (by request or by session retention), a task that
 * finishes after it writes nothing, and neither a forecast nor a new version can be recorded for a dataset already gone.
 */
class ForecastsOfDeletedDatasetsTest {

    private static final TenantContext LOCAL = TenantContext.LOCAL;
    private static final String OWNER = "test-worker";

    @TempDir
    Path temp;

    private final MovableClock clock = new MovableClock();
    private SandboxPool sandboxes;
    private SingleTenantDatabase tenantDatabase;
    private JobStore jobStore;
    private JobService jobs;
    private ForecastStore forecasts;
    private DatasetRepository repository;
    private DatasetService datasets;
    private SampleDatasets samples;
    private IdleDatasetSweeper sweeper;

    @BeforeEach
    void setUp() {
        LocalMetadata metadata = LocalMetadata.create(temp, clock);
        MetadataDatabase database = metadata.database();
        tenantDatabase = metadata.tenantDatabase();
        TenantDirectory tenants = metadata.tenants();
        LocalDatasetStore store = new LocalDatasetStore(temp.resolve("datasets"));
        DuckDbEngine engine = new DuckDbEngine("256MB", 1, temp.resolve("spill"));
        sandboxes = new SandboxPool(engine, 4);
        jobStore = new JobStore(database);
        jobs = new JobService(jobStore, new JobsConfig(), clock, new InMemoryProgressBus(), new WorkSignal());
        forecasts = new ForecastStore(tenantDatabase);
        repository = new DatasetRepository(tenantDatabase, Set.of(new ForecastDatasetDependents(jobs)));
        datasets = new DatasetService(repository, store, sandboxes, new DerivedResults(store, new ObjectMapper().findAndRegisterModules(), 16),
                clock);
        DatasetLimits limits = new DatasetLimits(new TenantLimits(new TenancyConfig(), tenants), repository);
        samples = new SampleDatasets(engine, new VersionWriter(store, temp), repository, store, limits, clock);
        sweeper = new IdleDatasetSweeper(tenants, repository, datasets, Duration.ofMinutes(60), clock);
    }

    @AfterEach
    void tearDown() {
        sandboxes.close();
    }

    @Test
    void deletingADatasetDeletesItsForecastRunsResultsAndJobsAndKeepsOtherDatasetsForecasts() {
        StoredDataset doomed = samples.create(LOCAL, 60, 1);
        StoredDataset kept = samples.create(LOCAL, 60, 2);
        String doomedRun = finishedForecast(doomed, "P-1");
        String keptRun = finishedForecast(kept, "P-1");

        datasets.delete(LOCAL, doomed.id());

        assertThat(forecasts.run(LOCAL, doomedRun)).isEmpty();
        assertThat(forecasts.result(LOCAL, doomedRun, "P-1")).isEmpty();
        assertThat(forecasts.latestForEntity(LOCAL, doomed.id(), "P-1")).isEmpty();
        assertThat(jobStore.find(LOCAL, doomedRun)).isEmpty();
        assertThat(resultRows(doomedRun)).isZero();
        assertThat(forecasts.run(LOCAL, keptRun)).isPresent();
        assertThat(forecasts.latestForEntity(LOCAL, kept.id(), "P-1")).isPresent();
        assertThat(jobStore.find(LOCAL, keptRun)).isPresent();
    }

    @Test
    void aTaskFinishingAfterItsDatasetWasDeletedWritesNothingAndCannotCompleteItsTask() {
        StoredDataset dataset = samples.create(LOCAL, 60, 3);
        String run = submittedForecast(dataset, List.of("P-1", "P-2"));
        ClaimedTask running = jobStore.claim(OWNER, clock.millis(), 60_000, 3).orElseThrow();

        datasets.delete(LOCAL, dataset.id());

        boolean written = tenantDatabase.inTenant(LOCAL, handle -> ForecastStore.replaceResult(handle, run, forecast(running.entityKey()),
                "{}", clock.millis()));
        assertThat(written).isFalse();
        assertThat(resultRows(run)).isZero();
        assertThat(jobStore.lostTasks(OWNER, List.of(running.id()))).containsExactly(running.id());
        assertThat(jobStore.complete(running, OWNER, "{}", clock.millis())).isFalse();
        assertThat(jobStore.find(LOCAL, run)).isEmpty();
        assertThat(jobStore.claim(OWNER, clock.millis(), 60_000, 3)).as("the queued task went with its job").isEmpty();
    }

    @Test
    void aForecastCannotBeRecordedForADatasetDeletedAfterItWasRead() {
        StoredDataset dataset = samples.create(LOCAL, 60, 4);
        datasets.delete(LOCAL, dataset.id());

        assertThatThrownBy(() -> forecasts.insertRun(LOCAL, run(dataset, UUID.randomUUID().toString())))
                .isInstanceOfSatisfying(LucentException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThat(forecasts.countRuns(LOCAL)).isZero();
    }

    @Test
    void aVersionCannotBeAddedToADatasetDeletedWhileItWasPrepared() {
        StoredDataset dataset = samples.create(LOCAL, 60, 7);
        datasets.delete(LOCAL, dataset.id());

        // What a preprocessing apply or a re-typing records once its new version is written.
        assertThatThrownBy(() -> repository.addVersion(LOCAL, dataset.id(), dataset.current(), dataset.columns()))
                .isInstanceOfSatisfying(LucentException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThat(repository.versions(LOCAL, dataset.id())).isEmpty();
    }

    @Test
    void sessionRetentionDeletesTheForecastsOfTheIdleDatasetsItDeletes() {
        StoredDataset idle = samples.create(LOCAL, 60, 5);
        StoredDataset used = samples.create(LOCAL, 60, 6);
        String idleRun = finishedForecast(idle, "P-1");
        String usedRun = finishedForecast(used, "P-1");
        String queuedOnIdle = submittedForecast(idle, List.of("P-2"));

        clock.advance(Duration.ofMinutes(45));
        datasets.get(LOCAL, used.id());
        clock.advance(Duration.ofMinutes(20));
        assertThat(sweeper.sweep()).isEqualTo(1);

        assertThat(forecasts.run(LOCAL, idleRun)).isEmpty();
        assertThat(forecasts.run(LOCAL, queuedOnIdle)).isEmpty();
        assertThat(resultRows(idleRun)).isZero();
        assertThat(jobStore.find(LOCAL, idleRun)).isEmpty();
        assertThat(jobStore.find(LOCAL, queuedOnIdle)).isEmpty();
        assertThat(forecasts.result(LOCAL, usedRun, "P-1")).isPresent();
        assertThat(forecasts.runs(LOCAL, 0, 10)).extracting(ForecastRun::id).containsExactly(usedRun);
    }

    /** A forecast of one entity run to the end: its run, job and result recorded as the worker does. */
    private String finishedForecast(StoredDataset dataset, String entity) {
        String id = submittedForecast(dataset, List.of(entity));
        ClaimedTask task = jobStore.claim(OWNER, clock.millis(), 60_000, 3).orElseThrow();
        assertThat(task.jobId()).isEqualTo(id);
        boolean written = tenantDatabase.inTenant(LOCAL, handle -> ForecastStore.replaceResult(handle, id, forecast(entity), "{}", clock.millis()));
        assertThat(written).isTrue();
        assertThat(jobStore.complete(task, OWNER, "{}", clock.millis())).isTrue();
        return id;
    }

    private String submittedForecast(StoredDataset dataset, List<String> entities) {
        String id = UUID.randomUUID().toString();
        forecasts.insertRun(LOCAL, run(dataset, id));
        jobs.submit(LOCAL, JobSpec.of(ForecastTaskHandler.KIND, "{}", entities).withId(id));
        return id;
    }

    private ForecastRun run(StoredDataset dataset, String id) {
        return new ForecastRun(id, dataset.id(), dataset.current().version(), "naive", 1, 1, "day", "{}", clock.instant(), LOCAL.userId());
    }

    private static EntityForecast forecast(String entity) {
        return new EntityForecast(entity, entity, "naive", "NAIVE", null, List.of(), List.of(), null,
                new EntityForecast.History(List.of("2026-01-01"), List.of(4.0), List.of(4.0), List.of(0.0)),
                new EntityForecast.Future(List.of("2026-01-02"), List.of(4.0), List.of()), null, null, 0.01);
    }

    private int resultRows(String forecastId) {
        return tenantDatabase.inTenant(LOCAL, handle -> handle.createQuery("SELECT COUNT(*) FROM forecast_results WHERE forecast_id = :id")
                .bind("id", forecastId).mapTo(Integer.class).one());
    }
}
