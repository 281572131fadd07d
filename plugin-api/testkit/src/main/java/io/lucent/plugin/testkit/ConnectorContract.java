package io.lucent.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.lucent.plugin.api.ExtensionKind;
import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.connector.Connector;
import io.lucent.plugin.api.connector.ConnectorCapability;
import io.lucent.plugin.api.data.Column;
import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.DelimitedColumn;
import io.lucent.plugin.api.data.DelimitedLayout;
import io.lucent.plugin.api.data.TableReader;
import io.lucent.plugin.api.connector.FileInput;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The contract of a file {@link Connector}. Extend it in an {@code *IT} test, return the connector's id from
 * {@link #extensionId()} and a sample file from {@link #sampleFile()}:
 *
 * <pre>{@code
 * class CsvConnectorIT extends ConnectorContract {
 *     protected String extensionId() { return "csv"; }
 *     protected SampleFile sampleFile() {
 *         return SampleFile.valid("orders.csv", "id,amount\n1,9.5\n2,3\n".getBytes(UTF_8), 2);
 *     }
 * }
 * }</pre>
 *
 * <p>What it checks: the capabilities and file extensions are declared; the sample is read completely, with
 * the schema known before the first batch, every batch non-empty, within the requested size and of the
 * reader's schema, and exhaustion repeatable; reading is deterministic and thread-safe (one reader per
 * thread); {@code close()} is idempotent and allowed before reading; {@linkplain #invalidFiles() invalid
 * files} fail with a {@link PluginException} of kind INVALID_INPUT and a message, never with another
 * exception; given a {@linkplain #largeSampleFile() large file}, the connector streams it; live operations of a file-only connector throw UNSUPPORTED. Live connectors extend
 * {@link LiveConnectorContract} (as well, in another test class, if they also read files).
 */
public abstract class ConnectorContract extends ExtensionContract<Connector> {

    /** Creates the contract. */
    protected ConnectorContract() {
        super(ExtensionKind.CONNECTOR, Connector.class);
    }

    /**
     * A valid file of the connector's format, with its row count.
     *
     * @return the sample
     */
    protected abstract SampleFile sampleFile();

    /**
     * Files the connector must reject with a {@link PluginException} of kind INVALID_INPUT. By default an
     * empty file and random binary bytes, both named with the connector's first file extension; override if
     * your format legitimately accepts one of them, and add your format's typical broken files.
     *
     * @return the invalid files
     */
    protected List<SampleFile> invalidFiles() {
        String extension = extension().fileExtensions().stream().sorted().findFirst().orElse("bin");
        byte[] garbage = new byte[4096];
        new SplittableRandom(7).nextBytes(garbage);
        garbage[0] = 0;
        garbage[1] = (byte) 0xFF;
        return List.of(SampleFile.invalid("empty." + extension, new byte[0]),
                SampleFile.invalid("garbage." + extension, garbage));
    }

    /**
     * A valid file of several megabytes, larger than any read buffer, to check that the connector streams.
     * Empty by default, which skips {@link #streamsLargeFiles()}; generate one by repeating data rows.
     *
     * @return the large file, if given
     */
    protected Optional<SampleFile> largeSampleFile() {
        return Optional.empty();
    }

    /**
     * Reads a whole file with a fresh context and checks every batch on the way; closes the reader.
     *
     * @param file    the file
     * @param maxRows the batch size to ask for
     * @return the batches
     */
    protected final List<ColumnBatch> readAll(SampleFile file, int maxRows) {
        try (TableReader reader = extension().readFile(file.toFileInput(), newContext())) {
            return TableReads.drain(reader, maxRows, "'" + file.fileName() + "'");
        }
    }

    /** A connector declares what it can do, and a file connector the extensions it reads. */
    @Test
    public void declaresCapabilitiesAndFileExtensions() {
        assertThat(extension().capabilities()).as("capabilities()").contains(ConnectorCapability.FILE);
        assertThat(extension().fileExtensions()).as("fileExtensions() of a file connector").isNotEmpty()
                .allSatisfy(ext -> assertThat(ext).as("file extension").matches("[a-z0-9]+"));
    }

    /** The sample is read completely, in non-empty batches of the reader's schema. */
    @Test
    public void readsTheSampleFile() {
        SampleFile sample = sampleFile();
        long rows = readAll(sample, 10_000).stream().mapToLong(ColumnBatch::rowCount).sum();
        assertThat(rows).as("rows read from '%s'", sample.fileName()).isEqualTo(sample.expectedRows());
    }

    /** Small batches hold the same rows as one big batch, in the same order. */
    @Test
    public void honoursTheBatchSize() {
        SampleFile sample = sampleFile();
        assertThat(rowsOf(readAll(sample, 1))).as("rows of '%s' read one at a time", sample.fileName())
                .isEqualTo(rowsOf(readAll(sample, 10_000)));
    }

    /**
     * Reading is deterministic and thread-safe: readers used on several threads at once give the same rows.
     *
     * @throws Exception if a read fails
     */
    @Test
    public void readsConcurrentlyAndDeterministically() throws Exception {
        SampleFile sample = sampleFile();
        List<List<Object>> expected = rowsOf(readAll(sample, 10_000));
        List<Callable<List<List<Object>>>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tasks.add(() -> rowsOf(readAll(sample, 7)));
        }
        for (List<List<Object>> rows : runConcurrently(tasks)) {
            assertThat(rows).as("rows of '%s' read on another thread", sample.fileName()).isEqualTo(expected);
        }
    }

    /**
     * The connector streams: with the schema and a first batch of 100 rows read from the
     * {@linkplain #largeSampleFile() large file}, it has not consumed the whole input. Skipped without a
     * large file.
     *
     * @throws IOException never; declared by the counting stream
     */
    @Test
    public void streamsLargeFiles() throws IOException {
        Optional<SampleFile> large = largeSampleFile();
        Assumptions.assumeTrue(large.isPresent(), "largeSampleFile is not given");
        byte[] content = large.get().content();
        try (CountingInputStream counting = new CountingInputStream(new ByteArrayInputStream(content));
             TableReader reader = extension().readFile(new FileInput(large.get().fileName(), counting, content.length), newContext())) {
            reader.schema();
            assertThat(reader.nextBatch(100)).as("first batch of '%s'", large.get().fileName()).isPresent();
            assertThat(counting.count()).as("bytes of the %d-byte file '%s' consumed for the schema and 100 rows"
                    + " (a streaming connector reads only what it needs)", content.length, large.get().fileName())
                    .isLessThan(content.length);
        }
    }

    /**
     * Given the file also as a local file ({@link FileInput#localPath()}), the connector reads the same rows; if it
     * describes the file's delimited layout, the layout names the schema's columns in order, also when asked again
     * after the schema (since API 1.1.0).
     *
     * @throws IOException if the temporary file cannot be written
     */
    @Test
    public void readsTheSameRowsFromALocalFile() throws IOException {
        SampleFile sample = sampleFile();
        List<List<Object>> expected = rowsOf(readAll(sample, 10_000));
        Path directory = Files.createTempDirectory("lucent-contract");
        Path local = directory.resolve("sample.bin");
        try {
            Files.write(local, sample.content());
            FileInput input = new FileInput(sample.fileName(), new ByteArrayInputStream(sample.content()), sample.content().length,
                    Optional.of(local));
            try (TableReader reader = extension().readFile(input, newContext())) {
                Optional<DelimitedLayout> layout = reader.delimitedLayout();
                List<String> names = reader.schema().columns().stream().map(Column::name).toList();
                layout.ifPresent(described -> assertThat(described.columns().stream().map(DelimitedColumn::name).toList())
                        .as("column names of the delimited layout of '%s'", sample.fileName()).isEqualTo(names));
                reader.delimitedLayout().ifPresent(described -> assertThat(described.columns().stream().map(DelimitedColumn::name)
                        .toList()).as("column names of the delimited layout of '%s' asked again after the schema", sample.fileName())
                        .isEqualTo(names));
                assertThat(rowsOf(TableReads.drain(reader, 10_000, "'" + sample.fileName() + "' as a local file")))
                        .as("rows of '%s' read with a local file", sample.fileName()).isEqualTo(expected);
            }
        } finally {
            Files.deleteIfExists(local);
            Files.deleteIfExists(directory);
        }
    }

    /** {@code close()} may be called before reading and more than once. */
    @Test
    public void closeIsIdempotent() {
        TableReader reader = extension().readFile(sampleFile().toFileInput(), newContext());
        reader.close();
        reader.close();
    }

    /** Invalid files fail with PluginException of kind INVALID_INPUT and a message, never another exception. */
    @Test
    public void rejectsInvalidFilesAsInvalidInput() {
        for (SampleFile file : invalidFiles()) {
            Throwable thrown = catchThrowable(() -> readAll(file, 10_000));
            assertThat(thrown).as("reading invalid file '%s'", file.fileName()).isInstanceOf(PluginException.class);
            PluginException failure = (PluginException) thrown;
            assertThat(failure.kind()).as("kind of the failure for '%s'", file.fileName()).isEqualTo(PluginException.Kind.INVALID_INPUT);
            assertThat(failure.getMessage()).as("message of the failure for '%s'", file.fileName()).isNotBlank();
        }
    }

    /** A file-only connector refuses live operations as UNSUPPORTED. */
    @Test
    public void fileOnlyConnectorRefusesLiveOperations() {
        Assumptions.assumeFalse(extension().capabilities().contains(ConnectorCapability.LIVE), "the connector is also live");
        Throwable thrown = catchThrowable(() -> extension().testConnection(newContext()));
        assertThat(thrown).as("testConnection of a file-only connector").isInstanceOf(PluginException.class);
        assertThat(((PluginException) thrown).kind()).isEqualTo(PluginException.Kind.UNSUPPORTED);
    }

    /**
     * A sample-sized text file with the given lines, for {@link #sampleFile()}.
     *
     * @param fileName the file name
     * @param rows     the number of data rows among the lines
     * @param lines    the lines, joined with newlines and encoded as UTF-8
     * @return the sample
     */
    protected static SampleFile textFile(String fileName, long rows, String... lines) {
        return SampleFile.valid(fileName, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8), rows);
    }

    /** Counts the bytes read through it. Confined to one test. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }

    private static List<List<Object>> rowsOf(List<ColumnBatch> batches) {
        return TableReads.rows(batches);
    }
}
