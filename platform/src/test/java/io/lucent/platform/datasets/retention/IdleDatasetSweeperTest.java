package io.lucent.platform.datasets.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.platform.config.TenancyConfig;
import io.lucent.platform.datasets.DatasetLimits;
import io.lucent.platform.datasets.DatasetRepository;
import io.lucent.platform.datasets.DatasetService;
import io.lucent.platform.datasets.StoredDataset;
import io.lucent.platform.datasets.ingest.VersionWriter;
import io.lucent.platform.datasets.query.DerivedResults;
import io.lucent.platform.datasets.query.DuckDbEngine;
import io.lucent.platform.datasets.query.SandboxPool;
import io.lucent.platform.datasets.sample.SampleDatasets;
import io.lucent.platform.datasets.store.LocalDatasetStore;
import io.lucent.platform.metadata.SingleTenantDatabase;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.platform.tenancy.TenantDirectory;
import io.lucent.platform.tenancy.TenantLimits;
import io.lucent.platform.testing.LocalMetadata;
import io.lucent.platform.testing.MovableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Session retention on a real SQLite metadata database and local store, with a clock the test moves. */
class IdleDatasetSweeperTest {

    @TempDir
    Path temp;

    private final MovableClock clock = new MovableClock();
    private SandboxPool sandboxes;
    private DatasetRepository repository;
    private DatasetService datasets;
    private SampleDatasets samples;
    private IdleDatasetSweeper sweeper;

    @BeforeEach
    void setUp() {
        LocalMetadata metadata = LocalMetadata.create(temp, clock);
        SingleTenantDatabase tenantDatabase = metadata.tenantDatabase();
        TenantDirectory tenants = metadata.tenants();
        LocalDatasetStore store = new LocalDatasetStore(temp.resolve("datasets"));
        DuckDbEngine engine = new DuckDbEngine("256MB", 1, temp.resolve("spill"));
        sandboxes = new SandboxPool(engine, 4);
        repository = new DatasetRepository(tenantDatabase);
        datasets = new DatasetService(repository, store, sandboxes, new DerivedResults(store, new com.fasterxml.jackson.databind.ObjectMapper()
                .findAndRegisterModules(), 16), clock);
        DatasetLimits limits = new DatasetLimits(new TenantLimits(new TenancyConfig(), tenants), repository);
        samples = new SampleDatasets(engine, new VersionWriter(store, temp), repository, store, limits, clock);
        sweeper = new IdleDatasetSweeper(tenants, repository, datasets, Duration.ofMinutes(60), clock);
    }

    @AfterEach
    void tearDown() {
        sandboxes.close();
    }

    @Test
    void deletesDatasetsUnusedForTheIdleTimeWithTheirFilesAndKeepsUsedOnes() throws IOException {
        StoredDataset idle = samples.create(TenantContext.LOCAL, 60, 1);
        StoredDataset used = samples.create(TenantContext.LOCAL, 60, 2);
        datasets.summary(TenantContext.LOCAL, idle.id());

        clock.advance(Duration.ofMinutes(45));
        datasets.preview(TenantContext.LOCAL, used.id(), 0, 10, java.util.List.of(), java.util.List.of());
        assertThat(sweeper.sweep()).isZero();

        clock.advance(Duration.ofMinutes(20));
        assertThat(sweeper.sweep()).isEqualTo(1);
        assertThat(repository.find(TenantContext.LOCAL, idle.id())).isEmpty();
        assertThat(repository.find(TenantContext.LOCAL, used.id())).isPresent();
        assertThat(storedFiles()).noneMatch(p -> p.contains(idle.id()) || p.contains(idle.current().contentHash()))
                .anyMatch(p -> p.contains(used.id()));

        clock.advance(Duration.ofMinutes(61));
        assertThat(sweeper.sweep()).isEqualTo(1);
        assertThat(repository.count(TenantContext.LOCAL)).isZero();
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void letsFeaturesQueryTheCurrentVersionThroughTheSandboxOnly() {
        StoredDataset sample = samples.create(TenantContext.LOCAL, 90, 3);
        long rows = datasets.withData(TenantContext.LOCAL, sample.id(), (dataset, connection) -> {
            try (var statement = connection.createStatement(); var rs = statement.executeQuery("SELECT COUNT(*) FROM data")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        assertThat(rows).isEqualTo(sample.current().rowCount());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> datasets.withData(TenantContext.LOCAL, sample.id(), (dataset, connection) -> {
            try (var statement = connection.createStatement()) {
                return statement.executeQuery("SELECT * FROM read_csv('/etc/passwd')").next();
            }
        })).isInstanceOf(io.lucent.platform.errors.LucentException.class).hasMessageContaining("disabled by configuration");
    }

    private java.util.List<String> storedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(temp.resolve("datasets"))) {
            return files.filter(Files::isRegularFile).map(Path::toString).toList();
        }
    }
}
