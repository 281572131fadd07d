package io.lucent.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.plugin.api.ExtensionKind;
import io.lucent.plugin.api.export.Exporter;
import io.lucent.plugin.api.export.ReportDocument;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The contract of an {@link Exporter}. Extend it in an {@code *IT} test and return the exporter's id from
 * {@link #extensionId()}.
 *
 * <p>What it checks: the file extension and media type are well-formed; a document with
 * {@linkplain TestReports#everyBlockType() every block type} is written as non-empty output; an empty
 * document does not fail; the output stream is left open; the exporter can be used from several threads at
 * once. Check the content of your format in tests of your own, for example with
 * {@link #export(ReportDocument)}.
 */
public abstract class ExporterContract extends ExtensionContract<Exporter> {

    /** Creates the contract. */
    protected ExporterContract() {
        super(ExtensionKind.EXPORTER, Exporter.class);
    }

    /**
     * Exports a document with a fresh context into memory; checks that the stream was left open.
     *
     * @param document the document
     * @return the bytes written
     * @throws IOException if the exporter fails to write
     */
    protected final byte[] export(ReportDocument document) throws IOException {
        CloseDetectingStream out = new CloseDetectingStream();
        extension().export(document, out, newContext());
        assertThat(out.closed).as("whether exporter '%s' closed the output stream (it must leave it open)", extensionId()).isFalse();
        return out.bytes.toByteArray();
    }

    /** The file extension is lower case without dot; the media type is {@code type/subtype}. */
    @Test
    public void declaresFileExtensionAndMediaType() {
        assertThat(extension().fileExtension()).as("fileExtension()").matches("[a-z0-9]+");
        assertThat(extension().mediaType()).as("mediaType()").matches("[a-z]+/[a-zA-Z0-9.+-]+(;.*)?");
    }

    /**
     * A document with every block type is written as non-empty output, and the stream is left open.
     *
     * @throws IOException if writing fails
     */
    @Test
    public void writesEveryBlockType() throws IOException {
        assertThat(export(TestReports.everyBlockType())).as("output for a document with every block type").isNotEmpty();
    }

    /**
     * A document without blocks is written without failure.
     *
     * @throws IOException if writing fails
     */
    @Test
    public void writesAnEmptyDocument() throws IOException {
        assertThat(export(TestReports.empty())).as("output for an empty document").isNotNull();
    }

    /**
     * Exports from eight threads at once all succeed with non-empty output.
     *
     * @throws Exception if an export fails
     */
    @Test
    public void isThreadSafe() throws Exception {
        List<Callable<byte[]>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tasks.add(() -> export(TestReports.everyBlockType()));
        }
        for (byte[] output : runConcurrently(tasks)) {
            assertThat(output).as("output of a concurrent export").isNotEmpty();
        }
    }

    /** Collects the bytes and records whether the exporter closed the stream. Confined to one export. */
    private static final class CloseDetectingStream extends FilterOutputStream {
        private final ByteArrayOutputStream bytes;
        private boolean closed;

        CloseDetectingStream() {
            this(new ByteArrayOutputStream());
        }

        private CloseDetectingStream(ByteArrayOutputStream bytes) {
            super(bytes);
            this.bytes = bytes;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (closed) {
                throw new IOException("stream closed");
            }
            out.write(b, off, len);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
