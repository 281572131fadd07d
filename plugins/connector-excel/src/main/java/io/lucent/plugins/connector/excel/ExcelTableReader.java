package io.lucent.plugins.connector.excel;

import io.lucent.plugin.api.data.Column;
import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.ColumnType;
import io.lucent.plugin.api.data.RowProblem;
import io.lucent.plugin.api.data.TableReader;
import io.lucent.plugin.api.data.TableSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rows of a worksheet as column batches. Opening reads the header row and the first {@code sampleRows} rows
 * to name the columns and infer their types; the rest is read as batches are asked for. A row with a value
 * that does not fit its column (text in a number column after the sample) is skipped and reported with its
 * sheet row number. Confined to one thread.
 */
final class ExcelTableReader implements TableReader {

    private static final int MAX_PROBLEMS = 100;

    private final RowSource rows;
    private final Path stagedCopy;
    private final TableSchema schema;
    private final Deque<RawRow> sampled;
    private final List<RowProblem> problems = new ArrayList<>();
    private long rejected;
    private boolean closed;

    private ExcelTableReader(RowSource rows, Path stagedCopy, TableSchema schema, Deque<RawRow> sampled) {
        this.rows = rows;
        this.stagedCopy = stagedCopy;
        this.schema = schema;
        this.sampled = sampled;
    }

    /**
     * Lays out the table in a first pass over up to {@code sampleRows} rows (types are inferred from all of them, so
     * a text cell deep in a number column makes it text rather than a rejected row), then opens the sheet again to
     * return the rows.
     */
    static ExcelTableReader open(java.util.function.Supplier<RowSource> opener, Path stagedCopy, ExcelOptions options, String fileName) {
        List<String> header;
        List<CellTypes.Tally> tallies = new ArrayList<>();
        try (RowSource first = opener.get()) {
            header = header(first, options, fileName);
            long seen = 0;
            RawRow row;
            while (seen < options.sampleRows() && (row = first.next()) != null) {
                if (row.isBlank()) {
                    continue;
                }
                seen++;
                int width = header.isEmpty() ? row.cells().size() : header.size();
                while (tallies.size() < width) {
                    tallies.add(new CellTypes.Tally());
                }
                for (int c = 0; c < width && c < row.cells().size(); c++) {
                    tallies.get(c).add(row.cells().get(c));
                }
            }
            if (!header.isEmpty()) {
                while (tallies.size() < header.size()) {
                    tallies.add(new CellTypes.Tally());
                }
            }
            if (header.isEmpty() && seen == 0) {
                throw new io.lucent.plugin.api.PluginException(io.lucent.plugin.api.PluginException.Kind.INVALID_INPUT,
                        "'" + fileName + "' has no rows in the chosen sheet");
            }
        }
        List<Column> columns = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int c = 0; c < tallies.size(); c++) {
            String base = c < header.size() && !header.get(c).isEmpty() ? header.get(c) : "column_" + (c + 1);
            String name = base;
            for (int n = 2; !names.add(name); n++) {
                name = base + "_" + n;
            }
            columns.add(new Column(name, tallies.get(c).type()));
        }
        if (columns.isEmpty()) {
            throw new io.lucent.plugin.api.PluginException(io.lucent.plugin.api.PluginException.Kind.INVALID_INPUT,
                    "'" + fileName + "' has no columns in the chosen sheet");
        }
        RowSource rows = opener.get();
        try {
            header(rows, options, fileName);
        } catch (RuntimeException e) {
            rows.close();
            throw e;
        }
        return new ExcelTableReader(rows, stagedCopy, new TableSchema(columns), new ArrayDeque<>());
    }

    /** Reads up to and including the header row; the column names, or none when there is no header row. */
    private static List<String> header(RowSource rows, ExcelOptions options, String fileName) {
        int headerRow = options.headerRow().orElse(-1);
        if (headerRow == 0) {
            return List.of();
        }
        RawRow first = rows.next();
        while (first != null && (first.isBlank() || headerRow > 0 && first.line() < headerRow)) {
            first = rows.next();
        }
        if (first == null) {
            throw new io.lucent.plugin.api.PluginException(io.lucent.plugin.api.PluginException.Kind.INVALID_INPUT,
                    "'" + fileName + "' has no rows in the chosen sheet");
        }
        if (headerRow > 0 && first.line() != headerRow) {
            throw new io.lucent.plugin.api.PluginException(io.lucent.plugin.api.PluginException.Kind.INVALID_INPUT,
                    "Row " + headerRow + " of '" + fileName + "' is empty: it cannot hold the column names");
        }
        return first.cells().stream().map(c -> c == null ? "" : CellTypes.text(c).strip()).toList();
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
        if (closed) {
            return Optional.empty();
        }
        ColumnBatch.Builder batch = ColumnBatch.builder(schema);
        while (batch.rowCount() < maxRows) {
            RawRow row = sampled.isEmpty() ? rows.next() : sampled.removeFirst();
            if (row == null) {
                break;
            }
            if (row.isBlank()) {
                continue;
            }
            Object[] values = convert(row);
            if (values != null) {
                batch.addRow(values);
            }
        }
        return batch.rowCount() == 0 ? Optional.empty() : Optional.of(batch.build());
    }

    private Object[] convert(RawRow row) {
        int width = schema.size();
        for (int c = width; c < row.cells().size(); c++) {
            if (row.cells().get(c) != null) {
                return reject(row.line(), "has a value in column " + (c + 1) + " but the table has " + width + " columns");
            }
        }
        Object[] values = new Object[width];
        for (int c = 0; c < width; c++) {
            Object cell = c < row.cells().size() ? row.cells().get(c) : null;
            ColumnType type = schema.column(c).type();
            Object value = CellTypes.convert(cell, type);
            if (value == CellTypes.MISFIT) {
                return reject(row.line(), "column '" + schema.column(c).name() + "': '" + abbreviate(CellTypes.text(cell))
                        + "' is not " + type.name().toLowerCase(java.util.Locale.ROOT) + " like the rows before it");
            }
            values[c] = value;
        }
        return values;
    }

    private Object[] reject(long line, String message) {
        rejected++;
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new RowProblem(Math.max(1, line), "row " + line + " " + message));
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
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
        if (closed) {
            return;
        }
        closed = true;
        try {
            rows.close();
        } finally {
            try {
                Files.deleteIfExists(stagedCopy);
            } catch (java.io.IOException e) {
                // A leftover temp file; the OS cleans its temp directory.
            }
        }
    }
}
