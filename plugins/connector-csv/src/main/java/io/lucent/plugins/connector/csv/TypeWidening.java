package io.lucent.plugins.connector.csv;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.data.Column;
import io.lucent.plugin.api.data.ColumnType;
import io.lucent.plugin.api.data.TableSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the column types inferred from the sample against every record of the file and widens a column whose
 * value does not fit, so that valid data is never rejected because the sample did not show it: INTEGER becomes
 * DECIMAL (for a number with a fraction, in the same number style) or TEXT, DATE becomes TIMESTAMP (for a date
 * with a time of day, in the same date order) or TEXT, DECIMAL, BOOLEAN and TIMESTAMP become TEXT. A wider type
 * reads every value the narrower one read. Records with the wrong number of fields are left to the reader,
 * which reports them, but noted: the host can then tell that the file has rows the reader will reject. The pass also
 * notes the digit-grouping characters of the numbers ({@link Grouping}). Needs a second pass over the file, so it
 * runs only when the file can be read again.
 */
final class TypeWidening {

    private TypeWidening() {
    }

    /**
     * What a pass over the whole file found.
     *
     * @param layout    the layout, each column as wide as the file's values need
     * @param misshapen whether some record has the wrong number of fields (the reader will reject it)
     * @param grouping  the digit-grouping characters of the numbers, in the widened types
     */
    record Checked(CsvLayout layout, boolean misshapen, Grouping grouping) {
    }

    /**
     * The layout with each column as wide as the file's values need.
     *
     * @param csv      a new reader of the whole file, closed here
     * @param layout   the layout inferred from the sample
     * @param fileName the file's name, for messages
     * @return the layout ({@code layout} itself if no column needed widening) and what else the pass found
     */
    static Checked over(CsvReader<CsvRecord> csv, CsvLayout layout, String fileName) {
        List<ColumnParser> parsers = new ArrayList<>(layout.parsers());
        int columns = parsers.size();
        boolean changed = false;
        boolean misshapen = false;
        Grouping grouping = new Grouping();
        try (csv; CloseableIterator<CsvRecord> records = csv.iterator()) {
            boolean header = layout.hasHeader();
            while (hasNext(records, fileName)) {
                CsvRecord record = records.next();
                if (header) {
                    header = false;
                    continue;
                }
                List<String> fields = record.getFields();
                if (!RecordShape.fits(fields, columns)) {
                    misshapen = true;
                    continue;
                }
                for (int c = 0; c < columns; c++) {
                    ColumnParser parser = parsers.get(c);
                    if (parser.type() == ColumnType.TEXT) {
                        continue;
                    }
                    String text = fields.get(c);
                    if (text.isBlank()) {
                        continue;
                    }
                    if (parser.parse(text) == null) {
                        parser = widen(parser, text.strip());
                        parsers.set(c, parser);
                        changed = true;
                    }
                    grouping.accept(parser, text.strip());
                }
            }
        } catch (IOException e) {
            throw new PluginException(PluginException.Kind.EXTERNAL_FAILURE, "Reading '" + fileName + "' failed: " + e.getMessage(), e);
        }
        if (!changed) {
            return new Checked(layout, misshapen, grouping);
        }
        List<Column> schema = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            schema.add(new Column(layout.schema().column(c).name(), parsers.get(c).type()));
        }
        return new Checked(new CsvLayout(layout.hasHeader(), new TableSchema(schema), parsers), misshapen, grouping);
    }

    /** The narrowest wider parser that reads {@code text} (trimmed, not blank), which {@code parser} does not. */
    static ColumnParser widen(ColumnParser parser, String text) {
        return switch (parser.type()) {
            case INTEGER -> Scalars.decimal(text, parser.numbers()) != null
                    ? new ColumnParser(ColumnType.DECIMAL, null, parser.numbers()) : ColumnParser.TEXT;
            case DATE -> {
                Optional<DateTimeText> date = DateTimeText.parse(text);
                yield date.isPresent() && date.get().hasTime() && date.get().dateTime(parser.order()).isPresent()
                        ? new ColumnParser(ColumnType.TIMESTAMP, parser.order()) : ColumnParser.TEXT;
            }
            case DECIMAL, BOOLEAN, TIMESTAMP, TEXT -> ColumnParser.TEXT;
        };
    }

    private static boolean hasNext(CloseableIterator<CsvRecord> records, String fileName) {
        try {
            return records.hasNext();
        } catch (CsvParseException e) {
            throw new PluginException(PluginException.Kind.INVALID_INPUT, "'" + fileName + "' cannot be read as CSV: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new PluginException(PluginException.Kind.EXTERNAL_FAILURE, "Reading '" + fileName + "' failed: " + e.getCause().getMessage(), e);
        }
    }
}
