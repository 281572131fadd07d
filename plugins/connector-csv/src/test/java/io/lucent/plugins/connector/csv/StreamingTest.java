package io.lucent.plugins.connector.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.plugin.api.connector.FileInput;
import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.ColumnType;
import io.lucent.plugin.api.data.TableReader;
import io.lucent.plugin.testkit.TestPluginContext;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The connector reads a file as batches are asked for, not all at once. */
class StreamingTest {

    private static final long ROWS = 2_000_000;

    @Test
    void readsOnlyTheSampleBeforeTheFirstBatchOfALargeFile() {
        GeneratedCsv content = new GeneratedCsv(ROWS);
        CsvConnector connector = new CsvConnector();

        try (TableReader reader = connector.readFile(new FileInput("big.csv", content, -1),
                TestPluginContext.forExtension(connector, Map.of("sampleRows", 1000)))) {
            assertThat(reader.schema().column(0).type()).isEqualTo(ColumnType.INTEGER);
            assertThat(reader.nextBatch(100)).isPresent();

            assertThat(content.bytesRead).isLessThan(4L << 20).isLessThan(content.totalBytes() / 10);
        }
    }

    @Test
    void readsEveryRowOfALargeFileBatchByBatch() {
        GeneratedCsv content = new GeneratedCsv(200_000);
        CsvConnector connector = new CsvConnector();
        long rows = 0;
        long lastId = -1;

        try (TableReader reader = connector.readFile(new FileInput("big.csv", content, -1),
                TestPluginContext.forExtension(connector))) {
            for (Optional<ColumnBatch> batch = reader.nextBatch(10_000); batch.isPresent(); batch = reader.nextBatch(10_000)) {
                rows += batch.get().rowCount();
                lastId = (Long) batch.get().value(batch.get().rowCount() - 1, 0);
            }
            assertThat(reader.rejectedRows()).isZero();
        }
        assertThat(rows).isEqualTo(200_000);
        assertThat(lastId).isEqualTo(199_999);
    }

    /** A CSV file produced on the fly, so the test never holds it in memory either. */
    private static final class GeneratedCsv extends InputStream {
        private final long rows;
        private long row = -1;
        private byte[] line = "id,amount,day\n".getBytes(StandardCharsets.US_ASCII);
        private int position;
        long bytesRead;

        GeneratedCsv(long rows) {
            this.rows = rows;
        }

        long totalBytes() {
            return rows * 30;
        }

        @Override
        public int read() {
            if (position == line.length) {
                if (!advance()) {
                    return -1;
                }
            }
            bytesRead++;
            return line[position++] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            int count = 0;
            while (count < length) {
                if (position == line.length && !advance()) {
                    break;
                }
                int n = Math.min(length - count, line.length - position);
                System.arraycopy(line, position, buffer, offset + count, n);
                position += n;
                count += n;
            }
            bytesRead += count;
            return count == 0 ? -1 : count;
        }

        private boolean advance() {
            row++;
            if (row >= rows) {
                return false;
            }
            line = (row + "," + (row % 1000) + ".25,2024-01-" + (10 + row % 18) + "\n").getBytes(StandardCharsets.US_ASCII);
            position = 0;
            return true;
        }
    }
}
