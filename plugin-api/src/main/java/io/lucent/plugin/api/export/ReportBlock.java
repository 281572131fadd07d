package io.lucent.plugin.api.export;

import io.lucent.plugin.api.data.ColumnBatch;
import java.util.List;
import java.util.Objects;

/**
 * One block of a {@link ReportDocument}. The set of block types is closed; exporters handle each (a format
 * that cannot show a block, such as a chart in CSV, writes its data instead or skips it, as its
 * documentation says).
 */
public sealed interface ReportBlock {

    /**
     * A section heading.
     *
     * @param level 1 for top-level sections, up to 3
     * @param text  the heading
     */
    record Heading(int level, String text) implements ReportBlock {
        /**
         * Validates the heading.
         *
         * @param level the {@code level} component
         * @param text the {@code text} component
         * @throws IllegalArgumentException if the level is not 1 to 3
         */
        public Heading {
            Objects.requireNonNull(text, "text is null");
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("heading level must be 1 to 3");
            }
        }
    }

    /**
     * A paragraph of plain text.
     *
     * @param text the text
     */
    record Paragraph(String text) implements ReportBlock {
        /**
         * Validates the paragraph.
         *
         * @param text the {@code text} component
         */
        public Paragraph {
            Objects.requireNonNull(text, "text is null");
        }
    }

    /**
     * A table.
     *
     * @param caption a caption, may be empty
     * @param table   the rows
     */
    record Table(String caption, ColumnBatch table) implements ReportBlock {
        /**
         * Validates the table.
         *
         * @param caption the {@code caption} component
         * @param table the {@code table} component
         */
        public Table {
            caption = caption == null ? "" : caption;
            Objects.requireNonNull(table, "table is null");
        }
    }

    /**
     * A chart of one or more series over shared categories (dates, products, ...).
     *
     * @param title      the chart title
     * @param kind       line, bar, area or scatter
     * @param categories the x-axis labels
     * @param series     the series, each with one value per category ({@code NaN} for none)
     * @param xLabel     the x-axis label, may be empty
     * @param yLabel     the y-axis label, may be empty
     */
    record Chart(String title, ChartKind kind, List<String> categories, List<ChartSeries> series, String xLabel, String yLabel)
            implements ReportBlock {
        /**
         * Validates the chart.
         *
         * @param title the {@code title} component
         * @param kind the {@code kind} component
         * @param categories the {@code categories} component
         * @param series the {@code series} component
         * @param xLabel the {@code xLabel} component
         * @param yLabel the {@code yLabel} component
         * @throws IllegalArgumentException if a series does not have one value per category
         */
        public Chart {
            Objects.requireNonNull(title, "title is null");
            Objects.requireNonNull(kind, "kind is null");
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            xLabel = xLabel == null ? "" : xLabel;
            yLabel = yLabel == null ? "" : yLabel;
            for (ChartSeries s : series) {
                if (s.values().length != categories.size()) {
                    throw new IllegalArgumentException("series '" + s.name() + "' needs one value per category");
                }
            }
        }
    }

    /** The kinds of chart. */
    enum ChartKind {
        /** Lines through the points. */
        LINE,
        /** Vertical bars. */
        BAR,
        /** Filled area under lines. */
        AREA,
        /** Points only. */
        SCATTER
    }

    /**
     * One series of a chart.
     *
     * @param name   the legend name
     * @param values one value per category
     */
    record ChartSeries(String name, double[] values) {
        /**
         * Validates and copies.
         *
         * @param name the {@code name} component
         * @param values the {@code values} component
         */
        public ChartSeries {
            Objects.requireNonNull(name, "name is null");
            values = values.clone();
        }

        /**
         * A copy of the values.
         *
         * @return the values
         */
        @Override
        public double[] values() {
            return values.clone();
        }
    }
}
