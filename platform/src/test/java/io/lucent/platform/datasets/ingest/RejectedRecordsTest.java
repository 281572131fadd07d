package io.lucent.platform.datasets.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Byte positions of skipped records become the physical lines the connector reports. */
class RejectedRecordsTest {

    @TempDir
    Path directory;

    @Test
    void countsLinesEndedByLineFeedsCarriageReturnLineFeedsAndLoneCarriageReturns() throws Exception {
        Path file = directory.resolve("mixed.csv");
        // a,b | 1,2 | 3,4 | 5,6 | 7 : lines end with \n, \r\n, \r and \n
        Files.writeString(file, "a,b\n1,2\r\n3,4\r5,6\n7", StandardCharsets.UTF_8);

        long[] lines = RejectedRecords.lineNumbers(file, List.of(1L, 5L, 10L, 14L, 18L));

        assertThat(lines).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void countsLineBreaksInsideQuotedFieldsBeforeARecord() throws Exception {
        Path file = directory.resolve("quoted.csv");
        String text = "a,b\n1,\"two\nlines\"\n3\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);

        long[] lines = RejectedRecords.lineNumbers(file, List.of((long) text.indexOf("3\n") + 1));

        assertThat(lines).containsExactly(4);
    }

    @Test
    void passesOverEmptyLinesAtARecordsPosition() throws Exception {
        Path file = directory.resolve("empty-lines.csv");
        Files.writeString(file, "a,b\r\n1,2\r\n\r\n\r\n3\r\n", StandardCharsets.UTF_8);

        long[] lines = RejectedRecords.lineNumbers(file, List.of(11L));

        assertThat(lines).containsExactly(5);
    }

    @Test
    void findsPositionsBeyondTheFirstBufferInOnePass() throws Exception {
        Path file = directory.resolve("long.csv");
        String line = "x".repeat(99) + "\n";
        Files.writeString(file, line.repeat(2_000), StandardCharsets.UTF_8);

        long[] lines = RejectedRecords.lineNumbers(file, List.of(1L, 100L * 700 + 1, 100L * 1_999 + 1));

        assertThat(lines).containsExactly(1, 701, 2_000);
    }
}
