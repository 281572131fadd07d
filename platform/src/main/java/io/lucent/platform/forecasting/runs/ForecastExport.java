package io.lucent.platform.forecasting.runs;

import io.lucent.plugin.api.ExtensionKind;
import io.lucent.plugin.api.data.Column;
import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.ColumnType;
import io.lucent.plugin.api.data.TableSchema;
import io.lucent.plugin.api.export.Exporter;
import io.lucent.plugin.api.export.ReportBlock;
import io.lucent.plugin.api.export.ReportDocument;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.plugins.PluginContexts;
import io.lucent.platform.plugins.PluginRegistry;
import io.lucent.platform.tenancy.TenantContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a forecast's results through the exporter plugin of a format. CSV gets one table in the long layout
 * ({@code entity_id, entity_name, date, type, value, lo_*, hi_*}); other formats (xlsx) one table per entity,
 * captioned with its id, then a {@code metrics} table.
 */
public final class ForecastExport {

    /** A written file. */
    public record File(byte[] content, String mediaType, String fileName) {
    }

    private final ForecastResults results;
    private final ForecastService forecasts;
    private final PluginRegistry registry;
    private final PluginContexts contexts;
    private final Clock clock;

    public ForecastExport(ForecastResults results, ForecastService forecasts, PluginRegistry registry, PluginContexts contexts, Clock clock) {
        this.results = results;
        this.forecasts = forecasts;
        this.registry = registry;
        this.contexts = contexts;
        this.clock = clock;
    }

    public File export(TenantContext tenant, String id, String format) {
        String wanted = format == null ? "csv" : format.trim().toLowerCase(Locale.ROOT);
        List<Exporter> exporters = registry.extensions(ExtensionKind.EXPORTER, Exporter.class);
        Exporter exporter = exporters.stream().filter(e -> e.fileExtension().equals(wanted)).findFirst()
                .orElseThrow(() -> new LucentException(ErrorCode.INVALID_REQUEST, "No exporter writes '" + wanted + "'; available: "
                        + exporters.stream().map(Exporter::fileExtension).sorted().toList(), Map.of("format", wanted)));
        ForecastRun run = forecasts.run(tenant, id);
        ReportDocument document = document("Forecast " + run.method() + " of dataset " + run.datasetId(), results.all(tenant, id),
                wanted.equals("csv"), clock.instant());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exporter.export(document, out, contexts.forCall(tenant, exporter, Map.of()));
        } catch (IOException e) {
            throw new LucentException(ErrorCode.INTERNAL_ERROR, "Writing the " + wanted + " file failed: " + e.getMessage(), Map.of(), e);
        }
        return new File(out.toByteArray(), exporter.mediaType(), "forecast-" + id + "." + wanted);
    }

    /**
     * The report of a set of entity forecasts: one table in the long layout ({@code longLayout}, for CSV), or one
     * table per entity captioned with its id and a {@code metrics} table (for workbooks).
     */
    public static ReportDocument document(String title, List<EntityForecast> all, boolean longLayout, java.time.Instant now) {
        List<Double> levels = all.isEmpty() ? List.of() : all.get(0).forecast().intervals().stream().map(EntityForecast.Interval::level).toList();
        List<ReportBlock> blocks = new ArrayList<>();
        if (longLayout) {
            List<ResultRows.Row> rows = new ArrayList<>();
            all.forEach(forecast -> rows.addAll(ResultRows.of(forecast)));
            blocks.add(new ReportBlock.Table("", ResultRows.table(rows, levels)));
        } else {
            for (EntityForecast forecast : all) {
                blocks.add(new ReportBlock.Table(forecast.entityId(), ResultRows.table(ResultRows.of(forecast), levels)));
            }
            blocks.add(new ReportBlock.Table("metrics", metricsTable(all, levels)));
        }
        return new ReportDocument(title, now, blocks);
    }

    private static ColumnBatch metricsTable(List<EntityForecast> all, List<Double> levels) {
        List<Column> columns = new ArrayList<>(List.of(new Column("entity_id", ColumnType.TEXT), new Column("entity_name", ColumnType.TEXT),
                new Column("model", ColumnType.TEXT), new Column("scope", ColumnType.TEXT), new Column("mae", ColumnType.DECIMAL),
                new Column("rmse", ColumnType.DECIMAL), new Column("mape", ColumnType.DECIMAL), new Column("smape", ColumnType.DECIMAL),
                new Column("mase", ColumnType.DECIMAL)));
        for (double level : levels) {
            columns.add(new Column("coverage_" + EntityForecaster.label(level), ColumnType.DECIMAL));
        }
        ColumnBatch.Builder table = ColumnBatch.builder(new TableSchema(columns));
        for (EntityForecast forecast : all) {
            addMetrics(table, forecast, "fit", forecast.fit(), levels);
            if (forecast.evaluation() != null) {
                addMetrics(table, forecast, "cross-validation", forecast.evaluation().metrics(), levels);
            }
        }
        return table.build();
    }

    private static void addMetrics(ColumnBatch.Builder table, EntityForecast forecast, String scope, AccuracyMetrics metrics, List<Double> levels) {
        List<Object> row = new ArrayList<>(List.of(forecast.entityId(), forecast.entityName(), forecast.model(), scope));
        row.add(metrics.mae());
        row.add(metrics.rmse());
        row.add(metrics.mape());
        row.add(metrics.smape());
        row.add(metrics.mase());
        for (double level : levels) {
            row.add(metrics.coverage().get(EntityForecaster.label(level)));
        }
        table.addRow(row.toArray());
    }
}
