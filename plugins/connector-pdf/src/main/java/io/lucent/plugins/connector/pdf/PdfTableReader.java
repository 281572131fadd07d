package io.lucent.plugins.connector.pdf;

import io.lucent.plugin.api.data.Column;
import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.ColumnType;
import io.lucent.plugin.api.data.RowProblem;
import io.lucent.plugin.api.data.TableReader;
import io.lucent.plugin.api.data.TableSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rows of a table found in a PDF report. The table is small by nature (it was extracted from page text), so it
 * is held in memory; a row with a value that does not fit its column is skipped and reported with its page.
 * Confined to one thread.
 */
final class PdfTableReader implements TableReader {

    private static final int MAX_PROBLEMS = 100;

    private final TableSchema schema;
    private final List<TextLine> rows;
    private final List<RowProblem> problems = new ArrayList<>();
    private int next;
    private long rejected;

    private PdfTableReader(TableSchema schema, List<TextLine> rows) {
        this.schema = schema;
        this.rows = rows;
    }

    static PdfTableReader of(TableFinder.Table table) {
        int width = table.rows().get(0).cells().size();
        List<Column> columns = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int c = 0; c < width; c++) {
            List<String> values = new ArrayList<>();
            for (TextLine row : table.rows()) {
                values.add(row.cells().get(c));
            }
            String base = c < table.header().size() ? table.header().get(c) : "column_" + (c + 1);
            String name = base;
            for (int n = 2; !names.add(name); n++) {
                name = base + "_" + n;
            }
            columns.add(new Column(name, CellValues.infer(values)));
        }
        return new PdfTableReader(new TableSchema(columns), table.rows());
    }

    @Override
    public TableSchema schema() {
        return schema;
    }

    @Override
    public Optional<ColumnBatch> nextBatch(int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1");
        }
        ColumnBatch.Builder batch = ColumnBatch.builder(schema);
        while (batch.rowCount() < maxRows && next < rows.size()) {
            TextLine line = rows.get(next++);
            Object[] values = new Object[schema.size()];
            boolean fits = true;
            for (int c = 0; c < values.length && fits; c++) {
                ColumnType type = schema.column(c).type();
                values[c] = CellValues.convert(line.cells().get(c), type);
                if (values[c] == CellValues.MISFIT) {
                    fits = false;
                    rejected++;
                    if (problems.size() < MAX_PROBLEMS) {
                        problems.add(new RowProblem(line.page(), "page " + line.page() + ": column '" + schema.column(c).name() + "': '"
                                + line.cells().get(c) + "' is not " + type.name().toLowerCase(Locale.ROOT)));
                    }
                }
            }
            if (fits) {
                batch.addRow(values);
            }
        }
        return batch.rowCount() == 0 ? Optional.empty() : Optional.of(batch.build());
    }

    @Override
    public long rejectedRows() {
        return rejected;
    }

    @Override
    public List<RowProblem> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void close() {
        next = rows.size();
    }
}
