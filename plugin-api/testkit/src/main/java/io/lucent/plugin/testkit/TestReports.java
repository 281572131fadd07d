package io.lucent.plugin.testkit;

import io.lucent.plugin.api.data.Column;
import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.ColumnType;
import io.lucent.plugin.api.data.TableSchema;
import io.lucent.plugin.api.export.ReportBlock;
import io.lucent.plugin.api.export.ReportDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Report documents for exporter tests. Thread-safe: all methods are pure functions.
 */
public final class TestReports {

    private TestReports() {
    }

    /**
     * A document with every block type: headings of each level, paragraphs (one with characters that need
     * escaping in most formats), a table with a column of every type and missing values, and a chart with a
     * missing point.
     *
     * @return the document
     */
    public static ReportDocument everyBlockType() {
        TableSchema schema = TableSchema.of(
                new Column("Product", ColumnType.TEXT),
                new Column("Units", ColumnType.INTEGER),
                new Column("Revenue", ColumnType.DECIMAL),
                new Column("In stock", ColumnType.BOOLEAN),
                new Column("First sale", ColumnType.DATE),
                new Column("Last update", ColumnType.TIMESTAMP));
        ColumnBatch table = ColumnBatch.builder(schema)
                .addRow("Binders", 120L, 1_234.5, true, LocalDate.of(2025, 1, 3), LocalDateTime.of(2026, 1, 14, 9, 30))
                .addRow("Paper, \"A4\" <ream>", 75L, 310.25, false, LocalDate.of(2025, 2, 11), LocalDateTime.of(2026, 1, 14, 17, 5))
                .addRow("=SUM(A1:A2)", null, null, null, null, null)
                .addRow("Ünïcødé ✓", 0L, -0.5, true, LocalDate.of(2024, 12, 31), LocalDateTime.of(2025, 12, 31, 23, 59, 59))
                .build();
        return new ReportDocument("Quarterly sales review", Instant.parse("2026-01-15T10:00:00Z"), List.of(
                new ReportBlock.Heading(1, "Summary"),
                new ReportBlock.Paragraph("Revenue grew 12% over the quarter; binders lead."),
                new ReportBlock.Heading(2, "Products & stock"),
                new ReportBlock.Paragraph("Cells may contain <markup>, \"quotes\", commas, tabs\tand\nline breaks."),
                new ReportBlock.Table("Units and revenue per product", table),
                new ReportBlock.Heading(3, "Trend"),
                new ReportBlock.Chart("Monthly revenue", ReportBlock.ChartKind.LINE, List.of("Oct", "Nov", "Dec"),
                        List.of(new ReportBlock.ChartSeries("Revenue", new double[] {410.0, Double.NaN, 523.5}),
                                new ReportBlock.ChartSeries("Forecast", new double[] {400.0, 450.0, 500.0})),
                        "Month", "USD")));
    }

    /**
     * A document without blocks.
     *
     * @return the document
     */
    public static ReportDocument empty() {
        return new ReportDocument("Empty report", Instant.parse("2026-01-15T10:00:00Z"), List.of());
    }
}
