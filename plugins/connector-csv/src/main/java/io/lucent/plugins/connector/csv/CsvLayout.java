package io.lucent.plugins.connector.csv;

import io.lucent.plugin.api.data.Column;
import io.lucent.plugin.api.data.TableSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The table a file holds, worked out from a sample of its first records: whether the first record is a
 * header, the column names and each column's parser.
 *
 * <p>With a header, the table has as many columns as the header has fields; header names are trimmed,
 * blank names become {@code column_N} and repeated names get a suffix ({@code amount_2}). Without a header,
 * the table has the most common field count of the sample and columns are named {@code column_1},
 * {@code column_2}, .... Column types are inferred by {@link ColumnGuess} over the sample records that have
 * the right number of fields.
 *
 * @param hasHeader whether the first record is the header
 * @param schema    the columns
 * @param parsers   one parser per column
 */
record CsvLayout(boolean hasHeader, TableSchema schema, List<ColumnParser> parsers) {

    CsvLayout {
        parsers = List.copyOf(parsers);
    }

    static CsvLayout infer(List<List<String>> sample, HeaderMode mode) {
        return infer(sample, mode, java.util.Optional.empty());
    }

    /** Lays out the table, reading numbers in the given style only (or detecting it per column if empty). */
    static CsvLayout infer(List<List<String>> sample, HeaderMode mode, java.util.Optional<NumberStyle> numbers) {
        boolean header = switch (mode) {
            case TRUE -> true;
            case FALSE -> false;
            case AUTO -> HeaderDetector.firstRecordIsHeader(sample, mostCommonFieldCount(sample));
        };
        List<List<String>> data = header ? sample.subList(1, sample.size()) : sample;
        int columns = header ? sample.get(0).size() : mostCommonFieldCount(sample);
        List<String> names = header ? names(sample.get(0)) : generatedNames(columns);
        List<ColumnGuess> guesses = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            guesses.add(new ColumnGuess(numbers));
        }
        for (List<String> record : data) {
            if (RecordShape.fits(record, columns)) {
                for (int c = 0; c < columns; c++) {
                    guesses.get(c).accept(record.get(c));
                }
            }
        }
        // A file writes numbers one way: columns only a decimal comma reads, and none only a point reads, settle
        // the ambiguous ones (1.200 is then one thousand two hundred, not 1.2).
        boolean commaFile = guesses.stream().anyMatch(ColumnGuess::onlyCommaNumbers)
                && guesses.stream().noneMatch(ColumnGuess::onlyPointNumbers);
        List<Column> schema = new ArrayList<>();
        List<ColumnParser> parsers = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            ColumnParser parser = guesses.get(c).result(commaFile ? NumberStyle.COMMA : NumberStyle.POINT);
            parsers.add(parser);
            schema.add(new Column(names.get(c), parser.type()));
        }
        return new CsvLayout(header, new TableSchema(schema), parsers);
    }

    private static int mostCommonFieldCount(List<List<String>> sample) {
        Map<Integer, Integer> frequency = new HashMap<>();
        int best = sample.isEmpty() ? 1 : sample.get(0).size();
        int bestFrequency = 0;
        for (List<String> record : sample) {
            int count = frequency.merge(record.size(), 1, Integer::sum);
            if (count > bestFrequency) {
                best = record.size();
                bestFrequency = count;
            }
        }
        return best;
    }

    private static List<String> names(List<String> header) {
        List<String> names = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int c = 0; c < header.size(); c++) {
            String base = header.get(c).strip();
            if (base.isEmpty()) {
                base = "column_" + (c + 1);
            }
            String name = base;
            for (int suffix = 2; !used.add(name); suffix++) {
                name = base + "_" + suffix;
            }
            names.add(name);
        }
        return names;
    }

    private static List<String> generatedNames(int columns) {
        List<String> names = new ArrayList<>();
        for (int c = 1; c <= columns; c++) {
            names.add("column_" + c);
        }
        return names;
    }
}
