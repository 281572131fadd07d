package io.lucent.platform.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.platform.datasets.DatasetColumn;
import io.lucent.platform.datasets.DatasetRepository;
import io.lucent.platform.datasets.DatasetVersion;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.metadata.SingleTenantDatabase;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.platform.testing.LocalMetadata;
import io.lucent.plugin.api.insight.Metric;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Insight sets go with the datasets they were generated from, on a real SQLite metadata database: the sales
 * dataset's, and those that used a deleted dataset as their inventory (their insights carry its stock figures).
 */
class InsightsOfDeletedDatasetsTest {

    private static final TenantContext LOCAL = TenantContext.LOCAL;

    @TempDir
    Path temp;

    private InsightRepository insights;
    private DatasetRepository datasets;

    @BeforeEach
    void setUp() {
        SingleTenantDatabase tenantDatabase = LocalMetadata.create(temp, Clock.systemUTC()).tenantDatabase();
        insights = new InsightRepository(tenantDatabase, new ObjectMapper().findAndRegisterModules());
        datasets = new DatasetRepository(tenantDatabase, Set.of(insights));
    }

    @Test
    void deletingAnInventoryDatasetDeletesTheInsightsGeneratedWithItAndKeepsTheSalesOnlyOnes() {
        String sales = dataset("a");
        String inventory = dataset("b");
        InsightSet withStock = set(sales, "a");
        InsightSet salesOnly = set(sales, "a");
        insights.save(LOCAL, withStock, "with-stock", LOCAL.userId(), inventory);
        insights.save(LOCAL, salesOnly, "sales-only", LOCAL.userId());

        assertThat(datasets.delete(LOCAL, inventory)).isPresent();

        assertThat(insights.findByFingerprint(LOCAL, sales, "with-stock")).isEmpty();
        assertThat(insights.insight(LOCAL, withStock.insights().get(0).id())).isEmpty();
        assertThat(insights.findByFingerprint(LOCAL, sales, "sales-only")).isPresent();

        assertThat(datasets.delete(LOCAL, sales)).isPresent();
        assertThat(insights.findByFingerprint(LOCAL, sales, "sales-only")).isEmpty();
        assertThat(insights.insight(LOCAL, salesOnly.insights().get(0).id())).isEmpty();
    }

    @Test
    void insightsGeneratedFromADatasetDeletedMeanwhileAreNotStored() {
        String sales = dataset("c");
        String inventory = dataset("d");
        datasets.delete(LOCAL, inventory);

        assertThatThrownBy(() -> insights.save(LOCAL, set(sales, "c"), "late", LOCAL.userId(), inventory))
                .isInstanceOfSatisfying(LucentException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThat(insights.findByFingerprint(LOCAL, sales, "late")).isEmpty();
    }

    private String dataset(String hashDigit) {
        String id = UUID.randomUUID().toString();
        datasets.create(LOCAL, id, "data", "data.csv", "csv", new DatasetVersion(1, hashDigit.repeat(64), 10, 100,
                "tenants/local/datasets/" + id + "/v1.parquet", "upload", 0, Instant.now(), LOCAL.userId()), List.of(new DatasetColumn("Sales", "decimal")));
        return id;
    }

    private static InsightSet set(String dataset, String hashDigit) {
        Instant now = Instant.now();
        String hash = hashDigit.repeat(64);
        StoredInsight insight = new StoredInsight(UUID.randomUUID().toString(), dataset, 1, hash, "retail", "low-stock", "risk", "high",
                "Low stock", "Stock covers 3 days", "P-1", List.of(new Metric("days_of_cover", "Days of cover", 3, "days")), "Reorder", now);
        return new InsightSet(UUID.randomUUID().toString(), dataset, 1, hash, List.of("retail"), now, List.of(insight));
    }
}
