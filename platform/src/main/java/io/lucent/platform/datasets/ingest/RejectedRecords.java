package io.lucent.platform.datasets.ingest;

import io.lucent.plugin.api.data.DelimitedLayout;
import io.lucent.plugin.api.data.RowProblem;
import io.lucent.platform.datasets.query.DuckDbEngine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The records DuckDB skipped while reading a described delimited file
 * ({@link DelimitedQuery#of(DelimitedLayout, Path, boolean)}), judged against what the connector does with them.
 * They stand only when every one is a record the connector rejects too: fewer fields than the table has, or more
 * where the last is not blank (the connector tolerates extra fields when they are all blank, DuckDB does not).
 * Any other kind (a decimal that is not a number, a stray quote, invalid UTF-8, an overlong line), a line of
 * blanks, or a problem on the header means DuckDB and the connector may disagree, and the caller reads the
 * connector's batches instead.
 *
 * <p>Problems are worded as the connector words them, on the 1-based physical line the record starts on: counted
 * from the byte position DuckDB records, so line breaks inside quoted fields before it count, as they do for the
 * connector.
 */
final class RejectedRecords {

    /**
     * Records skipped the way the connector would skip them.
     *
     * @param records how many
     * @param first   the first of them, in file order
     */
    record Skipped(long records, List<RowProblem> first) {
        Skipped {
            first = List.copyOf(first);
        }
    }

    private RejectedRecords() {
    }

    /**
     * Judges the records the last read on {@code statement}'s connection skipped.
     *
     * @param file        the file DuckDB read (the UTF-8 copy, if one was made)
     * @param maxProblems how many problems to describe
     * @return the skipped records, or empty if the connector might read any of them otherwise
     */
    static Optional<Skipped> judge(Statement statement, Path file, DelimitedLayout layout, int maxProblems)
            throws SQLException, IOException {
        String table = DuckDbEngine.identifier(DelimitedQuery.REJECTED_ROWS);
        String lineEnd = DuckDbEngine.literal(String.valueOf(layout.delimiter())) + ", " + DuckDbEngine.literal(String.valueOf(layout.quote()));
        long records;
        try (ResultSet summary = statement.executeQuery("SELECT count(DISTINCT line_byte_position), "
                + "count(*) FILTER (WHERE error_type NOT IN ('MISSING COLUMNS', 'TOO MANY COLUMNS')), "
                + "count(*) FILTER (WHERE csv_line IS NULL OR trim(csv_line, " + DelimitedQuery.BLANK + ") = ''), "
                + "count(*) FILTER (WHERE error_type = 'TOO MANY COLUMNS' AND right(rtrim(csv_line, " + DelimitedQuery.BLANK + "), 1) IN (" + lineEnd + ")), "
                + "count(*) FILTER (WHERE TRY_CAST(regexp_extract(error_message, 'Found: ([0-9]+)', 1) AS BIGINT) IS NULL) "
                + "FROM " + table)) {
            summary.next();
            records = summary.getLong(1);
            if (summary.getLong(2) + summary.getLong(3) + summary.getLong(4) + summary.getLong(5) > 0) {
                return Optional.empty();
            }
        }
        List<Long> positions = new ArrayList<>();
        List<Long> fields = new ArrayList<>();
        try (ResultSet first = statement.executeQuery("SELECT line_byte_position, "
                + "min(CAST(regexp_extract(error_message, 'Found: ([0-9]+)', 1) AS BIGINT)) FROM " + table
                + " GROUP BY line_byte_position ORDER BY line_byte_position LIMIT " + maxProblems)) {
            while (first.next()) {
                positions.add(first.getLong(1));
                fields.add(first.getLong(2));
            }
        }
        long[] lines = lineNumbers(file, positions);
        int columns = layout.columns().size();
        int headerLines = layout.skipLines() + (layout.header() ? 1 : 0);
        List<RowProblem> problems = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i] <= headerLines) {
                return Optional.empty();
            }
            long found = fields.get(i);
            problems.add(new RowProblem(lines[i], "has " + found + " field" + (found == 1 ? "" : "s") + " but the table has " + columns
                    + " columns"));
        }
        return Optional.of(new Skipped(records, problems));
    }

    /**
     * The 1-based line each record starting at a 1-based byte position of {@code file} starts on, for ascending
     * positions, in one pass that stops after the last: a line ends at {@code \n}, {@code \r\n} or a lone
     * {@code \r}. Empty lines at a position are passed over (DuckDB gives a record after empty lines their
     * position).
     */
    static long[] lineNumbers(Path file, List<Long> positions) throws IOException {
        int count = positions.size();
        long[] lines = new long[count];
        if (count == 0) {
            return lines;
        }
        long[] offsets = new long[count];
        for (int i = 0; i < count; i++) {
            offsets[i] = positions.get(i) - 1;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long bufferStart = 0;
            long breaks = 0;
            boolean afterCarriageReturn = false;
            int next = 0;
            long target = offsets[0];
            int read;
            while (next < count && (read = in.read(buffer)) >= 0) {
                for (int i = 0; i < read; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        if (!afterCarriageReturn) {
                            breaks++;
                        }
                        afterCarriageReturn = false;
                    } else if (b == '\r') {
                        breaks++;
                        afterCarriageReturn = true;
                    } else {
                        afterCarriageReturn = false;
                        if (bufferStart + i >= target) {
                            while (next < count && offsets[next] <= bufferStart + i) {
                                lines[next++] = breaks + 1;
                            }
                            if (next == count) {
                                break;
                            }
                            target = offsets[next];
                        }
                    }
                }
                bufferStart += read;
            }
            while (next < count) {
                lines[next++] = breaks + 1;
            }
        }
        return lines;
    }
}
