package io.lucent.platform.forecasting.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lucent.platform.datasets.DatasetColumn;
import io.lucent.platform.datasets.DatasetDependents;
import io.lucent.platform.datasets.DeletedDataset;
import io.lucent.platform.datasets.DatasetRepository;
import io.lucent.platform.datasets.DatasetVersion;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.metadata.Dialect;
import io.lucent.platform.metadata.MetadataDatabase;
import io.lucent.platform.metadata.Migrations;
import io.lucent.platform.metadata.SchemaPerTenantDatabase;
import io.lucent.platform.tenancy.Role;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.platform.tenancy.TenantDirectory;
import io.lucent.platform.testing.ExternalServices;
import io.lucent.platform.testing.ExternalServicesExtension;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A dataset deletion and a forecast write racing on PostgreSQL (READ COMMITTED, one tenant schema): the deletion
 * is held open after it deleted the forecast runs, the write starts, waits on the lock the deletion holds, and
 * once the deletion commits finds the run or dataset gone and writes nothing.
 */
@ExtendWith(ExternalServicesExtension.class)
class ForecastDeletionRaceOnPostgresTest {

    private static final TenantContext ACME = new TenantContext("acme", "acme-admin", Role.ADMIN);

    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final CountDownLatch runsDeleted = new CountDownLatch(1);
    private final CountDownLatch commitDeletion = new CountDownLatch(1);
    private MetadataDatabase database;
    private SchemaPerTenantDatabase tenantDatabase;
    private DatasetRepository repository;
    private ForecastStore forecasts;

    @BeforeEach
    void setUp(Supplier<ExternalServices> services) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(services.get().createDatabase("deletion_race_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)));
        source.setUser("postgres");
        source.setPassword("postgres");
        source.setCurrentSchema(Migrations.SHARED_SCHEMA);
        database = new MetadataDatabase(source, Jdbi.create(source), Dialect.POSTGRES);
        Migrations.migrateShared(source, Dialect.POSTGRES);
        tenantDatabase = new SchemaPerTenantDatabase(database);
        new TenantDirectory(database, tenantDatabase, Clock.systemUTC()).ensure(ACME.tenantId(), "Acme");
        forecasts = new ForecastStore(tenantDatabase);
        // The forecast rows go first, then the deletion waits, holding its locks, until the test lets it commit.
        DatasetDependents heldOpen = (Handle handle, DeletedDataset dataset) -> {
            ForecastStore.deleteForDataset(handle, dataset.id());
            runsDeleted.countDown();
            await(commitDeletion);
            return DatasetDependents.AfterCommit.NOTHING;
        };
        repository = new DatasetRepository(tenantDatabase, Set.of(heldOpen));
    }

    @AfterEach
    void tearDown() {
        commitDeletion.countDown();
        threads.shutdownNow();
    }

    @Test
    void aResultWrittenWhileTheDeletionIsUnderWayWaitsForItAndThenWritesNothing() throws Exception {
        String dataset = dataset();
        String run = UUID.randomUUID().toString();
        forecasts.insertRun(ACME, run(dataset, run));
        CompletableFuture<Optional<DatasetRepository.Deletion>> deletion = CompletableFuture.supplyAsync(() -> repository.delete(ACME, dataset),
                threads);
        await(runsDeleted);

        CompletableFuture<Boolean> write = CompletableFuture.supplyAsync(() -> tenantDatabase.inTenant(ACME,
                handle -> ForecastStore.replaceResult(handle, run, forecast(), "{}", 1L)), threads);
        awaitLockWaits(1);
        assertThat(write).as("the write waits for the deletion").isNotDone();
        commitDeletion.countDown();

        assertThat(deletion.get(60, TimeUnit.SECONDS)).isPresent();
        assertThat(write.get(60, TimeUnit.SECONDS)).as("written").isFalse();
        assertThat(rows("forecast_results")).isZero();
        assertThat(rows("forecast_runs")).isZero();
    }

    @Test
    void aForecastSubmittedWhileItsDatasetIsBeingDeletedIsRefusedOnceTheDeletionCommits() throws Exception {
        String dataset = dataset();
        CompletableFuture<Optional<DatasetRepository.Deletion>> deletion = CompletableFuture.supplyAsync(() -> repository.delete(ACME, dataset),
                threads);
        await(runsDeleted);

        CompletableFuture<Void> submit = CompletableFuture.runAsync(() -> forecasts.insertRun(ACME, run(dataset, UUID.randomUUID().toString())),
                threads);
        awaitLockWaits(1);
        commitDeletion.countDown();

        assertThat(deletion.get(60, TimeUnit.SECONDS)).isPresent();
        assertThatThrownBy(() -> submit.get(60, TimeUnit.SECONDS)).cause()
                .isInstanceOfSatisfying(LucentException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThat(rows("forecast_runs")).isZero();
    }

    private String dataset() {
        String id = UUID.randomUUID().toString();
        repository.create(ACME, id, "sales", "sales.csv", "csv", new DatasetVersion(1, "0".repeat(64), 10, 100, "tenants/acme/datasets/" + id
                + "/v1.parquet", "upload", 0, Instant.now(), ACME.userId()), List.of(new DatasetColumn("Volume", "decimal")));
        return id;
    }

    private static ForecastRun run(String dataset, String id) {
        return new ForecastRun(id, dataset, 1, "naive", 1, 1, "month", "{}", Instant.now(), ACME.userId());
    }

    private static EntityForecast forecast() {
        return new EntityForecast("P-1", "P-1", "naive", "NAIVE", null, List.of(), List.of(), null,
                new EntityForecast.History(List.of("2026-01-01"), List.of(4.0), List.of(4.0), List.of(0.0)),
                new EntityForecast.Future(List.of("2026-02-01"), List.of(4.0), List.of()), null, null, 0.01);
    }

    /** Waits until {@code count} sessions of this database wait for a row lock (the racing write has reached it). */
    private void awaitLockWaits(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lockWaits() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no session came to wait for the deletion's locks");
            }
            Thread.sleep(20);
        }
    }

    private int lockWaits() {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND wait_event_type = 'Lock'").mapTo(Integer.class).one());
    }

    private int rows(String table) {
        return tenantDatabase.inTenant(ACME, handle -> handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other side of the race never came");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
