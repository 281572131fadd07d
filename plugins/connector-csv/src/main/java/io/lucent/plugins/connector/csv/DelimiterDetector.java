package io.lucent.plugins.connector.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Guesses the field delimiter from a text sample.
 *
 * <p>Each candidate ({@code ,} {@code ;} tab {@code |}) is tried by parsing the sample with it, quotes
 * respected, so a delimiter inside a quoted field does not count. A candidate scores by how consistent the
 * field counts are: the share of records that have the most common field count, which must be above one.
 * The most consistent candidate wins; on a tie the one giving more fields wins (a semicolon file with
 * decimal commas splits into more fields on {@code ;}), then the earlier candidate. When no candidate
 * splits the records, the file has a single column and the delimiter is a comma.
 */
final class DelimiterDetector {

    static final List<Character> CANDIDATES = List.of(',', ';', '\t', '|');
    private static final int MAX_RECORDS = 1000;

    private DelimiterDetector() {
    }

    /**
     * @param sample    the start of the file as text
     * @param complete  whether the sample is the whole file (otherwise its last, possibly cut record is
     *                  ignored)
     * @param quote     the quote character
     */
    static char detect(String sample, boolean complete, char quote) {
        char best = ',';
        double bestConsistency = 0;
        int bestFields = 1;
        for (char candidate : CANDIDATES) {
            List<Integer> counts = fieldCounts(sample, complete, candidate, quote);
            if (counts.isEmpty()) {
                continue;
            }
            Map<Integer, Integer> frequency = new HashMap<>();
            counts.forEach(count -> frequency.merge(count, 1, Integer::sum));
            int mode = 1;
            int modeFrequency = 0;
            for (Map.Entry<Integer, Integer> entry : frequency.entrySet()) {
                if (entry.getValue() > modeFrequency || entry.getValue() == modeFrequency && entry.getKey() > mode) {
                    mode = entry.getKey();
                    modeFrequency = entry.getValue();
                }
            }
            if (mode < 2) {
                continue;
            }
            double consistency = (double) modeFrequency / counts.size();
            if (consistency > bestConsistency + 1e-9 || Math.abs(consistency - bestConsistency) <= 1e-9 && mode > bestFields) {
                best = candidate;
                bestConsistency = consistency;
                bestFields = mode;
            }
        }
        return best;
    }

    private static List<Integer> fieldCounts(String sample, boolean complete, char delimiter, char quote) {
        List<Integer> counts = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReaderFactory.builder(delimiter, quote).ofCsvRecord(sample)) {
            for (CsvRecord record : reader) {
                counts.add(record.getFieldCount());
                if (counts.size() > MAX_RECORDS) {
                    break;
                }
            }
        } catch (CsvParseException e) {
            // The candidate makes the sample unparsable; whatever was counted so far still tells something.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!complete && counts.size() > 1) {
            counts.remove(counts.size() - 1);
        }
        return counts;
    }
}
