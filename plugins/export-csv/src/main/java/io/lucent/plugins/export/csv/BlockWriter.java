package io.lucent.plugins.export.csv;

import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.export.ReportBlock;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the tabular blocks of a report, one after another: every block after the first is preceded by a
 * blank line; a block with a caption (a table's caption, a chart's title) starts with a one-field caption
 * line; then come the header row and the data rows. Headings and paragraphs have no tabular form and are
 * not written. Not thread-safe; one per export.
 */
final class BlockWriter {

    private final CsvRowWriter rows;
    private int blocksWritten;

    BlockWriter(CsvRowWriter rows) {
        this.rows = rows;
    }

    /** Writes a table block; column names are text and are neutralised like any text cell. */
    void write(ReportBlock.Table block) throws IOException {
        startBlock(block.caption());
        ColumnBatch batch = block.table();
        List<String> header = new ArrayList<>();
        batch.schema().columns().forEach(column -> header.add(FormulaNeutraliser.neutralise(column.name())));
        rows.writeRow(header);
        List<String> fields = new ArrayList<>(header.size());
        for (int r = 0; r < batch.rowCount(); r++) {
            fields.clear();
            for (int c = 0; c < header.size(); c++) {
                fields.add(CellFormatter.format(batch.value(r, c)));
            }
            rows.writeRow(fields);
        }
    }

    /**
     * Writes the data of a chart block as a table: the first column holds the categories (headed by the
     * x-axis label, or "category" when it has none), then one column per series; a missing value
     * ({@code NaN}) is an empty field. The chart title is the caption.
     */
    void write(ReportBlock.Chart chart) throws IOException {
        startBlock(chart.title());
        List<String> header = new ArrayList<>();
        header.add(FormulaNeutraliser.neutralise(chart.xLabel().isEmpty() ? "category" : chart.xLabel()));
        List<double[]> values = new ArrayList<>();
        for (ReportBlock.ChartSeries series : chart.series()) {
            header.add(FormulaNeutraliser.neutralise(series.name()));
            values.add(series.values());
        }
        rows.writeRow(header);
        List<String> fields = new ArrayList<>(header.size());
        for (int i = 0; i < chart.categories().size(); i++) {
            fields.clear();
            fields.add(FormulaNeutraliser.neutralise(chart.categories().get(i)));
            for (double[] series : values) {
                fields.add(CellFormatter.number(series[i]));
            }
            rows.writeRow(fields);
        }
    }

    private void startBlock(String caption) throws IOException {
        if (blocksWritten > 0) {
            rows.writeBlankLine();
        }
        blocksWritten++;
        if (!caption.isEmpty()) {
            rows.writeRow(List.of(FormulaNeutraliser.neutralise(caption)));
        }
    }
}
