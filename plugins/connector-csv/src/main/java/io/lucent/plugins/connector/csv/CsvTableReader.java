package io.lucent.plugins.connector.csv;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.DelimitedLayout;
import io.lucent.plugin.api.data.RowProblem;
import io.lucent.plugin.api.data.TableReader;
import io.lucent.plugin.api.data.TableSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Streams the rows of a CSV file as column batches.
 *
 * <p>Opening reads the first {@code sampleRows} records (plus the header) into memory to lay out the
 * table; those records are then returned first, and the rest of the file is read record by record as
 * batches are asked for, so memory stays bounded whatever the file size.
 *
 * <p>When the file is a local file that can be read again, the types inferred from the sample are first
 * checked against every record and widened where a later value needs it ({@link TypeWidening}), so only
 * structurally broken rows are rejected. Over a stream alone, a row that does not fit the table (a different
 * number of fields, or a value that does not fit its column's inferred type, for example text after 10,000
 * numbers) is not returned: it is counted in
 * {@link #rejectedRows()} and reported in {@link #problems()} with its line number (the first 100 are
 * kept). The reader itself never fails because of such rows: the host decides whether rejected rows make
 * the whole file fail or are skipped. Confined to one thread.
 */
final class CsvTableReader implements TableReader {

    private final CsvReader<CsvRecord> csv;
    private final CloseableIterator<CsvRecord> records;
    private final Deque<CsvRecord> sampled;
    private final CsvSource source;
    private final String fileName;
    private CsvLayout layout;
    private boolean checked;
    /** Whether a record is known to have the wrong number of fields: in the sample, or anywhere once checked. */
    private boolean misshapen;
    /** The numbers' digit grouping: in the sample, or over the whole file once checked. */
    private Grouping grouping;
    private final ProblemLog problems = new ProblemLog();

    private CsvTableReader(CsvReader<CsvRecord> csv, CloseableIterator<CsvRecord> records, Deque<CsvRecord> sampled,
            CsvLayout layout, CsvSource source, boolean misshapen, Grouping grouping) {
        this.csv = csv;
        this.misshapen = misshapen;
        this.grouping = grouping;
        this.records = records;
        this.sampled = sampled;
        this.layout = layout;
        this.source = source;
        this.fileName = source.fileName();
    }

    /**
     * Samples the file and lays out its table. Closes the CSV reader if that fails.
     *
     * @throws PluginException of kind INVALID_INPUT if the file has no records or cannot be parsed
     */
    static CsvTableReader open(CsvReader<CsvRecord> csv, CsvOptions options, CsvSource source) {
        String fileName = source.fileName();
        try {
            CloseableIterator<CsvRecord> records = csv.iterator();
            Deque<CsvRecord> sampled = new ArrayDeque<>();
            List<List<String>> fields = new ArrayList<>();
            while (sampled.size() <= options.sampleRows() && next(records, fileName)) {
                CsvRecord record = records.next();
                sampled.add(record);
                fields.add(record.getFields());
            }
            if (sampled.isEmpty()) {
                throw new PluginException(PluginException.Kind.INVALID_INPUT, "'" + fileName + "' is empty: there are no rows to read.");
            }
            CsvLayout layout = CsvLayout.infer(fields, options.header(), options.numbers());
            if (layout.hasHeader()) {
                sampled.removeFirst();
            }
            boolean misshapen = false;
            Grouping grouping = new Grouping();
            int columns = layout.schema().size();
            for (CsvRecord record : sampled) {
                List<String> values = record.getFields();
                if (!RecordShape.fits(values, columns)) {
                    misshapen = true;
                    continue;
                }
                for (int c = 0; c < columns; c++) {
                    if (!values.get(c).isBlank()) {
                        grouping.accept(layout.parsers().get(c), values.get(c).strip());
                    }
                }
            }
            return new CsvTableReader(csv, records, sampled, layout, source, misshapen, grouping);
        } catch (RuntimeException e) {
            closeQuietly(csv);
            throw e;
        }
    }

    @Override
    public TableSchema schema() {
        return checkedLayout().schema();
    }

    /**
     * The file's layout, when the file is a local file the host may load itself: as inferred from the sample, or,
     * once the whole file has been checked ({@link #schema()}), with the widened types and the whole file's digit
     * grouping. Empty when some record is known to have the wrong number of fields (the host's load would fail, so
     * it is not tried), or the numbers group digits in more than one way.
     */
    @Override
    public Optional<DelimitedLayout> delimitedLayout() {
        if (!source.rereadable() || misshapen || !grouping.isSingle()) {
            return Optional.empty();
        }
        return LayoutDescription.of(source, layout, grouping.separator());
    }

    /** The layout, widened over the whole file first if the file can be read again (once). */
    private CsvLayout checkedLayout() {
        if (!checked) {
            checked = true;
            if (source.rereadable()) {
                TypeWidening.Checked whole = TypeWidening.over(source.reread(), layout, fileName);
                layout = whole.layout();
                misshapen = whole.misshapen();
                grouping = whole.grouping();
            }
        }
        return layout;
    }

    /** Whether the first record was taken as the header. */
    boolean hasHeader() {
        return layout.hasHeader();
    }

    @Override
    public Optional<ColumnBatch> nextBatch(int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1");
        }
        checkedLayout();
        ColumnBatch.Builder batch = ColumnBatch.builder(layout.schema());
        int columns = layout.schema().size();
        Object[] values = new Object[columns];
        while (batch.rowCount() < maxRows) {
            CsvRecord record = nextRecord();
            if (record == null) {
                break;
            }
            if (convert(record, values)) {
                batch.addRow(values.clone());
            }
        }
        return batch.rowCount() == 0 ? Optional.empty() : Optional.of(batch.build());
    }

    @Override
    public long rejectedRows() {
        return problems.rejected();
    }

    @Override
    public List<RowProblem> problems() {
        return problems.problems();
    }

    @Override
    public void close() {
        closeQuietly(csv);
    }

    private CsvRecord nextRecord() {
        if (!sampled.isEmpty()) {
            return sampled.removeFirst();
        }
        return next(records, fileName) ? records.next() : null;
    }

    /** Fills {@code values} from the record, or reports why it cannot and returns false. */
    private boolean convert(CsvRecord record, Object[] values) {
        List<String> fields = record.getFields();
        int columns = values.length;
        if (!RecordShape.fits(fields, columns)) {
            problems.reject(record.getStartingLineNumber(),
                    "has " + fields.size() + " field" + (fields.size() == 1 ? "" : "s") + " but the table has " + columns + " columns");
            return false;
        }
        for (int c = 0; c < columns; c++) {
            String text = fields.get(c);
            if (text.isBlank()) {
                values[c] = null;
                continue;
            }
            ColumnParser parser = layout.parsers().get(c);
            Object value = parser.parse(text);
            if (value == null) {
                problems.reject(record.getStartingLineNumber(), "column '" + layout.schema().column(c).name() + "': '"
                        + abbreviate(text) + "' is not " + parser.expected() + " like the rows before it");
                return false;
            }
            values[c] = value;
        }
        return true;
    }

    private static boolean next(CloseableIterator<CsvRecord> records, String fileName) {
        try {
            return records.hasNext();
        } catch (CsvParseException e) {
            throw new PluginException(PluginException.Kind.INVALID_INPUT,
                    "'" + fileName + "' cannot be read as CSV: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new PluginException(PluginException.Kind.EXTERNAL_FAILURE,
                    "Reading '" + fileName + "' failed: " + e.getCause().getMessage(), e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    private static void closeQuietly(CsvReader<CsvRecord> csv) {
        try {
            csv.close();
        } catch (IOException e) {
            // Nothing left to do with a file we are done with.
        }
    }
}
