package io.lucent.platform.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lucent.platform.config.DatasetsConfig;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.metadata.Dialect;
import io.lucent.platform.metadata.MetadataDatabase;
import io.lucent.platform.metadata.Migrations;
import io.lucent.platform.metadata.SingleTenantDatabase;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.platform.tenancy.TenantDirectory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** The per-plan limits and the checks made before any expensive work. */
class DatasetLimitsTest {

    @TempDir
    Path temp;

    private DatasetRepository repository;
    private TenantDirectory tenants;

    @BeforeEach
    void setUp() {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + temp.resolve("lucent.db"));
        Migrations.migrateShared(dataSource, Dialect.SQLITE);
        MetadataDatabase database = new MetadataDatabase(dataSource, Jdbi.create(dataSource), Dialect.SQLITE);
        SingleTenantDatabase tenantDatabase = new SingleTenantDatabase(database, TenantContext.LOCAL.tenantId());
        tenants = new TenantDirectory(database, tenantDatabase, Clock.systemUTC());
        tenants.ensure(TenantContext.LOCAL.tenantId(), "Local");
        repository = new DatasetRepository(tenantDatabase);
    }

    private static DatasetsConfig config(int maxDatasets, long maxFileBytes) {
        DatasetsConfig config = new DatasetsConfig();
        config.getLimits().setMaxDatasets(maxDatasets);
        config.getLimits().setMaxFileBytes(maxFileBytes);
        DatasetsConfig.LimitsConfig larger = new DatasetsConfig.LimitsConfig();
        larger.setMaxDatasets(maxDatasets * 10);
        config.setPlanLimits(Map.of("pro", larger));
        return config;
    }

    @Test
    void refusesOneDatasetMoreThanTheLimitWith422NamingIt() {
        DatasetLimits limits = new DatasetLimits(config(1, 1000), tenants, repository);
        limits.requireRoomForOneMore(TenantContext.LOCAL);
        repository.create(TenantContext.LOCAL, "0f8fad5b-d9cb-469f-a165-70867728950e", "one", "one.csv", "csv",
                new DatasetVersion(1, "a".repeat(64), 1, 1, "k", "upload", 0, java.time.Instant.now(), "local-admin"),
                java.util.List.of(new DatasetColumn("x", "integer")));
        assertThatThrownBy(() -> limits.requireRoomForOneMore(TenantContext.LOCAL))
                .isInstanceOfSatisfying(LucentException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNPROCESSABLE))
                .hasMessageContaining("maximum of 1 datasets (maxDatasets)");
    }

    @Test
    void refusesADeclaredBodyAboveTheFileLimitWith413() {
        DatasetLimits limits = new DatasetLimits(config(5, 1000), tenants, repository);
        limits.requireDeclaredSizeWithin(TenantContext.LOCAL, 1000);
        assertThatThrownBy(() -> limits.requireDeclaredSizeWithin(TenantContext.LOCAL, 10L << 30))
                .isInstanceOfSatisfying(LucentException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PAYLOAD_TOO_LARGE))
                .hasMessageContaining("1000 bytes").hasMessageContaining("maxFileBytes");
    }

    @Test
    void takesTheLimitsOfTheTenantsPlan() {
        DatasetsConfig config = config(3, 1000);
        assertThat(config.limitsFor("pro").getMaxDatasets()).isEqualTo(30);
        assertThat(config.limitsFor("free").getMaxDatasets()).isEqualTo(3);
        assertThat(tenants.find(TenantContext.LOCAL.tenantId()).orElseThrow().plan()).isEqualTo("standard");
        assertThat(new DatasetLimits(config, tenants, repository).of(TenantContext.LOCAL).getMaxDatasets()).isEqualTo(3);
        config.setPlanLimits(Map.of("standard", config.limitsFor("pro")));
        assertThat(new DatasetLimits(config, tenants, repository).of(TenantContext.LOCAL).getMaxDatasets()).isEqualTo(30);
    }
}
