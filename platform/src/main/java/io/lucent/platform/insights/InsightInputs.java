package io.lucent.platform.insights;

import io.lucent.platform.analytics.AnalyticsService;
import io.lucent.platform.analytics.Window;
import io.lucent.platform.datasets.DatasetColumn;
import io.lucent.platform.datasets.StoredDataset;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.plugin.api.insight.InsightInput;
import io.lucent.plugin.api.insight.MetricTable;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the {@link InsightInput} of a dataset version: the retail tables ({@code product_metrics},
 * {@code category_metrics}) when the dataset's sales mapping works, and the series tables
 * ({@code series_daily}, {@code series_monthly}) when it has a date column and numeric columns. The as-of date
 * is the last valid sale (retail) or the last date in the data.
 */
public final class InsightInputs {

    private final AnalyticsService analytics;

    public InsightInputs(AnalyticsService analytics) {
        this.analytics = analytics;
    }

    /**
     * The input for the rule packs.
     *
     * @param salesMappingWorks  whether the sales mapping in effect has no problems
     * @param inventoryDatasetId an inventory dataset, or null
     */
    public InsightInput compute(TenantContext tenant, StoredDataset dataset, boolean salesMappingWorks, String dateColumn, String inventoryDatasetId) {
        Map<String, MetricTable> tables = new LinkedHashMap<>();
        Map<String, Double> values = new LinkedHashMap<>();
        LocalDate asOf = null;
        if (salesMappingWorks) {
            RetailMetricTables.Result retail = analytics.uncached(tenant, dataset.id(), new Window(null, null, null, 1), inventoryDatasetId,
                    (frame, inventory) -> new RetailMetricTables().compute(frame, inventory));
            tables.putAll(retail.tables());
            values.putAll(retail.values());
            asOf = analytics.uncached(tenant, dataset.id(), new Window(null, null, null, 1), null, (frame, inventory) -> frame.inputs().asOf().toLocalDate());
        }
        if (dateColumn != null) {
            List<String> numeric = dataset.columns().stream().filter(c -> c.type().equals("integer") || c.type().equals("decimal"))
                    .map(DatasetColumn::name).toList();
            tables.putAll(analytics.onData(dataset, connection -> new SeriesMetricTables().compute(connection, dateColumn, numeric)));
            if (asOf == null) {
                asOf = analytics.onData(dataset, connection -> {
                    try (Statement statement = connection.createStatement();
                         ResultSet rs = statement.executeQuery("SELECT max(TRY_CAST(\"" + dateColumn.replace("\"", "\"\"") + "\" AS DATE)) FROM data")) {
                        rs.next();
                        return rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate();
                    }
                });
            }
        }
        return new InsightInput(dataset.name(), asOf == null ? dataset.current().createdAt().atZone(java.time.ZoneOffset.UTC).toLocalDate() : asOf,
                values, tables);
    }

    /** The date column for series: the sales mapping's when it works, else the first date or timestamp column; null if none. */
    public static String dateColumn(StoredDataset dataset, String mappedDate) {
        if (mappedDate != null) {
            return mappedDate;
        }
        return dataset.columns().stream().filter(c -> c.type().equals("date") || c.type().equals("timestamp")).map(DatasetColumn::name)
                .findFirst().orElse(null);
    }
}
