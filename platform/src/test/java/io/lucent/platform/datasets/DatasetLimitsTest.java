package io.lucent.platform.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lucent.platform.config.TenancyConfig;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.platform.tenancy.TenantDirectory;
import io.lucent.platform.tenancy.TenantLimits;
import io.lucent.platform.testing.LocalMetadata;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-plan limits and the checks made before any expensive work. */
class DatasetLimitsTest {

    @TempDir
    Path temp;

    private DatasetRepository repository;
    private TenantDirectory tenants;

    @BeforeEach
    void setUp() {
        LocalMetadata metadata = LocalMetadata.create(temp, Clock.systemUTC());
        tenants = metadata.tenants();
        repository = new DatasetRepository(metadata.tenantDatabase());
    }

    /** Limits of the standard plan with these numbers and a pro plan with ten times the datasets. */
    private DatasetLimits limits(int maxDatasets, long maxFileBytes) {
        TenancyConfig config = new TenancyConfig();
        TenancyConfig.PlanLimitsConfig standard = new TenancyConfig.PlanLimitsConfig();
        standard.maxDatasets = maxDatasets;
        standard.maxFileBytes = maxFileBytes;
        TenancyConfig.PlanLimitsConfig pro = new TenancyConfig.PlanLimitsConfig();
        pro.maxDatasets = maxDatasets * 10;
        pro.maxRowsPerDataset = 7_000_000;
        config.setPlans(Map.of("standard", standard, "pro", pro));
        return new DatasetLimits(new TenantLimits(config, tenants), repository);
    }

    @Test
    void refusesOneDatasetMoreThanTheLimitWith422NamingIt() {
        DatasetLimits limits = limits(1, 1000);
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
        DatasetLimits limits = limits(5, 1000);
        limits.requireDeclaredSizeWithin(TenantContext.LOCAL, 1000);
        assertThatThrownBy(() -> limits.requireDeclaredSizeWithin(TenantContext.LOCAL, 10L << 30))
                .isInstanceOfSatisfying(LucentException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PAYLOAD_TOO_LARGE))
                .hasMessageContaining("1000 bytes").hasMessageContaining("maxFileBytes");
    }

    @Test
    void readsTheTenantsPlanAndOverridesFromTheTenantLimits() {
        DatasetLimits limits = limits(3, 1000);
        assertThat(limits.maxFileBytes(TenantContext.LOCAL)).isEqualTo(1000);
        tenants.setPlan(TenantContext.LOCAL.tenantId(), "pro");
        assertThat(limits.maxRows(TenantContext.LOCAL)).isEqualTo(7_000_000);
        tenants.setLimitOverrides(TenantContext.LOCAL.tenantId(), Map.of("maxRowsPerDataset", 12));
        assertThat(limits.maxRows(TenantContext.LOCAL)).isEqualTo(12);
        tenants.setPlan(TenantContext.LOCAL.tenantId(), "unknown");
        assertThat(limits.maxFileBytes(TenantContext.LOCAL)).as("an unknown plan gets the standard plan's").isEqualTo(1000);
    }
}
