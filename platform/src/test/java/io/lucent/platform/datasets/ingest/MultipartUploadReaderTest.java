package io.lucent.platform.datasets.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MultipartUploadReaderTest {

    private static final String BOUNDARY = "XyZ-boundary-42";
    private static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;
    private static final long LIMIT = 1 << 20;

    @TempDir
    Path staging;

    /** A body written by hand, part by part, with CRLF line ends unless told otherwise. */
    private static final class Body {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Body field(String name, String value) {
            return text("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
        }

        Body file(String fileName, byte[] content) {
            text("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: text/csv\r\n\r\n");
            out.writeBytes(content);
            return text("\r\n");
        }

        Body file(String fileName, String content) {
            return file(fileName, content.getBytes(UTF_8));
        }

        Body text(String text) {
            out.writeBytes(text.getBytes(UTF_8));
            return this;
        }

        Body end() {
            return text("--" + BOUNDARY + "--\r\n");
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }

    private static final String CSV = "date,units\r\n2024-01-01,12\r\n2024-01-02,7\r\n";

    private ReceivedUpload read(byte[] body) {
        return new MultipartUploadReader(staging).read(new ByteArrayInputStream(body), CONTENT_TYPE, LIMIT);
    }

    private static byte[] content(ReceivedUpload upload) throws IOException {
        return Files.readAllBytes(upload.file().path());
    }

    private List<Path> stagedFiles() throws IOException {
        try (Stream<Path> files = Files.list(staging)) {
            return files.toList();
        }
    }

    /** Refused with this code and message, read in small chunks and in one, leaving nothing in the staging directory. */
    private void assertRefused(byte[] body, String contentType, ErrorCode code, String message) throws IOException {
        for (int chunk : new int[] {MultipartUploadReader.MIN_CHUNK_BYTES, MultipartUploadReader.CHUNK_BYTES}) {
            assertThatThrownBy(() -> new MultipartUploadReader(staging, chunk).read(new ByteArrayInputStream(body), contentType, LIMIT))
                    .isInstanceOfSatisfying(LucentException.class, e -> {
                        assertThat(e.code()).isEqualTo(code);
                        assertThat(e.getMessage()).as("chunks of %d bytes", chunk).contains(message);
                    });
            assertThat(stagedFiles()).as("files left in the staging directory").isEmpty();
        }
    }

    private void assertRefused(byte[] body, String message) throws IOException {
        assertRefused(body, CONTENT_TYPE, ErrorCode.INVALID_REQUEST, message);
    }

    @Test
    void stagesTheFileAndKeepsTheTextFields() throws IOException {
        byte[] body = new Body().field("name", "Sales 2024").field("options", "{\"delimiter\":\",\"}").file("sales.csv", CSV).end().bytes();
        try (ReceivedUpload upload = read(body)) {
            assertThat(content(upload)).isEqualTo(CSV.getBytes(UTF_8));
            assertThat(upload.file().fileName()).isEqualTo("sales.csv");
            assertThat(upload.file().sizeBytes()).isEqualTo(CSV.length());
            assertThat(upload.file().path().getParent()).isEqualTo(staging);
            assertThat(upload.fields()).containsExactlyInAnyOrderEntriesOf(Map.of("name", "Sales 2024", "options", "{\"delimiter\":\",\"}"));
            assertThat(upload.field("connector")).isEmpty();
        }
        assertThat(stagedFiles()).as("closing the upload deletes the staged file").isEmpty();
    }

    @Test
    void readsFieldsSentAfterTheFile() throws IOException {
        byte[] body = new Body().file("sales.csv", CSV).field("onBadRows", "skip").field("name", "after").end().bytes();
        try (ReceivedUpload upload = read(body)) {
            assertThat(content(upload)).isEqualTo(CSV.getBytes(UTF_8));
            assertThat(upload.field("onBadRows")).contains("skip");
            assertThat(upload.field("name")).contains("after");
        }
    }

    @Test
    void keepsAnEmptyFileForTheImporterToRefuse() throws IOException {
        try (ReceivedUpload upload = read(new Body().file("empty.csv", new byte[0]).end().bytes())) {
            assertThat(upload.file().sizeBytes()).isZero();
            assertThat(content(upload)).isEmpty();
        }
    }

    @Test
    void decodesAnRfc5987FileName() throws IOException {
        byte[] body = new Body().text("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename*=UTF-8''ventes%20d%C3%A9c.csv"
                + "\r\n\r\n" + CSV + "\r\n").end().bytes();
        try (ReceivedUpload upload = read(body)) {
            assertThat(upload.file().fileName()).isEqualTo("ventes déc.csv");
            assertThat(content(upload)).isEqualTo(CSV.getBytes(UTF_8));
        }
    }

    @Test
    void decodesTextFieldsAsUtf8UnlessThePartNamesACharset() throws IOException {
        byte[] latin1 = "Ventes d\u00e9c".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Body body = new Body().field("name", "Ventes d\u00e9c").text("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"connector\"\r\n"
                + "Content-Type: text/plain; charset=ISO-8859-1\r\n\r\n");
        body.out.writeBytes(latin1);
        byte[] bytes = body.text("\r\n").file("a.csv", CSV).end().bytes();
        try (ReceivedUpload upload = read(bytes)) {
            assertThat(upload.field("name")).contains("Ventes d\u00e9c");
            assertThat(upload.field("connector")).contains("Ventes d\u00e9c");
        }
    }

    @Test
    void readsABodyWithLfOnlyLineEnds() throws IOException {
        String lf = "--" + BOUNDARY + "\nContent-Disposition: form-data; name=\"name\"\n\nplain\n"
                + "--" + BOUNDARY + "\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\n\nx,y\n1,2\n"
                + "--" + BOUNDARY + "--\n";
        try (ReceivedUpload upload = read(lf.getBytes(UTF_8))) {
            assertThat(new String(content(upload), UTF_8)).isEqualTo("x,y\n1,2");
            assertThat(upload.field("name")).contains("plain");
        }
    }

    @Test
    void ignoresThePreambleAndTheEpilogue() throws IOException {
        byte[] body = new Body().text("a preamble line\r\n").file("a.csv", CSV).end().text("an epilogue\r\n").bytes();
        try (ReceivedUpload upload = read(body)) {
            assertThat(content(upload)).isEqualTo(CSV.getBytes(UTF_8));
        }
    }

    /** File contents that come close to the delimiter, each of which must arrive byte for byte. */
    static Stream<byte[]> trickyContents() {
        byte[] binary = new byte[3000];
        new Random(11).nextBytes(binary);
        return Stream.of(
                ("looks like the boundary without the line break: --" + BOUNDARY + "\r\nand at a line start after CR only\r--"
                        + BOUNDARY + "\r\n").getBytes(UTF_8),
                ("a partial delimiter\r\n--" + BOUNDARY.substring(0, 8) + " then more\r\n-- and\n--XyZ").getBytes(UTF_8),
                "ends with a line break\r\n".getBytes(UTF_8),
                "ends with CR\r".getBytes(UTF_8),
                "ends with LF\n".getBytes(UTF_8),
                "\r\n\r\n".getBytes(UTF_8),
                "-".getBytes(UTF_8),
                binary);
    }

    /**
     * Chunk sizes from the smallest the reader takes to 40 bytes more (longer than the delimiter) put a chunk's end
     * at every position of every delimiter; the body itself arrives 1 to 7 bytes per read.
     */
    @ParameterizedTest
    @MethodSource("trickyContents")
    void receivesTheSameBytesWhereverTheBodyIsSplitIntoChunks(byte[] file) throws IOException {
        byte[] body = new Body().field("name", "n").file("a.bin", file).field("connector", "csv").end().bytes();
        int smallest = MultipartUploadReader.MIN_CHUNK_BYTES;
        for (int chunk : IntStream.concat(IntStream.rangeClosed(smallest, smallest + 40), IntStream.of(1 << 20)).toArray()) {
            InputStream trickle = new TrickleInputStream(body, new Random(chunk));
            try (ReceivedUpload upload = new MultipartUploadReader(staging, chunk).read(trickle, CONTENT_TYPE, LIMIT)) {
                assertThat(content(upload)).as("chunks of %d bytes", chunk).isEqualTo(file);
                assertThat(upload.fields()).as("chunks of %d bytes", chunk).isEqualTo(Map.of("name", "n", "connector", "csv"));
            }
        }
        assertThat(stagedFiles()).isEmpty();
    }

    @Test
    void refusesABodyThatIsNotMultipartOrHasNoBoundary() throws IOException {
        byte[] body = new Body().file("a.csv", CSV).end().bytes();
        assertRefused(body, "application/json", ErrorCode.INVALID_REQUEST, "multipart/form-data");
        assertRefused(body, null, ErrorCode.INVALID_REQUEST, "without Content-Type");
        assertRefused(body, "multipart/form-data", ErrorCode.INVALID_REQUEST, "no boundary");
        assertRefused(body, "multipart/form-data; boundary=", ErrorCode.INVALID_REQUEST, "no boundary");
        assertRefused(body, "multipart/form-data; boundary=" + "b".repeat(71), ErrorCode.INVALID_REQUEST, "longer than 70");
        assertRefused(body, "multipart/form-data; boundary=other", ErrorCode.INVALID_REQUEST, "no part delimited by the boundary");
        assertRefused(new byte[0], "no part delimited by the boundary");
    }

    @Test
    void acceptsAQuotedBoundaryAndAnyCaseOfTheMediaType() throws IOException {
        byte[] body = new Body().file("a.csv", CSV).end().bytes();
        try (ReceivedUpload upload = new MultipartUploadReader(staging).read(new ByteArrayInputStream(body),
                "Multipart/Form-Data; charset=utf-8; boundary=\"" + BOUNDARY + "\"", LIMIT)) {
            assertThat(content(upload)).isEqualTo(CSV.getBytes(UTF_8));
        }
    }

    @Test
    void refusesATruncatedBodyAndLeavesNoFile() throws IOException {
        byte[] whole = new Body().file("a.csv", CSV.repeat(50)).end().bytes();
        assertRefused(Arrays.copyOf(whole, whole.length - 10), "truncated");
        assertRefused(Arrays.copyOf(whole, whole.length / 2), "truncated");
        assertRefused(Arrays.copyOf(whole, 60), "truncated");
        byte[] noClosing = new Body().file("a.csv", CSV).bytes();
        assertRefused(noClosing, "truncated");
    }

    @Test
    void refusesABodyWhoseReadingFailsAndLeavesNoFile() throws IOException {
        byte[] whole = new Body().file("a.csv", CSV.repeat(1000)).end().bytes();
        InputStream disconnecting = new InputStream() {
            private int position;

            @Override
            public int read() throws IOException {
                if (position >= whole.length / 2) {
                    throw new IOException("Early EOF");
                }
                return whole[position++] & 0xFF;
            }
        };
        assertThatThrownBy(() -> new MultipartUploadReader(staging, 200).read(disconnecting, CONTENT_TYPE, LIMIT))
                .isInstanceOfSatisfying(LucentException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST))
                .hasMessageContaining("could not be read").hasMessageContaining("Early EOF");
        assertThat(stagedFiles()).isEmpty();
    }

    @Test
    void refusesAFormWithoutAFilePart() throws IOException {
        assertRefused(new Body().field("name", "x").end().bytes(), "'file'");
    }

    @Test
    void refusesTwoFileParts() throws IOException {
        assertRefused(new Body().file("a.csv", CSV).file("b.csv", CSV).end().bytes(), "two 'file' parts");
    }

    @Test
    void refusesAFileNameThatIsAPathOrMissing() throws IOException {
        assertRefused(new Body().file("../../etc/passwd.csv", CSV).end().bytes(), "plain name");
        assertRefused(new Body().file("C:\\\\Users\\\\x.csv", CSV).end().bytes(), "plain name");
        assertRefused(new Body().text("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n" + CSV + "\r\n")
                .end().bytes(), "no file name");
    }

    @Test
    void refusesAPartHeaderSectionThatIsTooLarge() throws IOException {
        byte[] body = new Body().text("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\nX-Padding: "
                + "p".repeat(MultipartUploadReader.MAX_PART_HEADER_BYTES) + "\r\n\r\n" + CSV + "\r\n").end().bytes();
        assertRefused(body, "header section is longer than 8 KiB");
    }

    @Test
    void refusesTooManyParts() throws IOException {
        Body body = new Body().file("a.csv", CSV);
        for (int i = 0; i < MultipartUploadReader.MAX_PARTS; i++) {
            body.field("extra" + i, "v");
        }
        assertRefused(body.end().bytes(), "more than 16 parts");
    }

    @Test
    void refusesAnOversizeTextFieldButAcceptsOneAtTheLimit() throws IOException {
        String atLimit = "o".repeat(MultipartUploadReader.MAX_FIELD_BYTES);
        try (ReceivedUpload upload = read(new Body().field("options", atLimit).file("a.csv", CSV).end().bytes())) {
            assertThat(upload.field("options")).contains(atLimit);
        }
        assertRefused(new Body().file("a.csv", CSV).field("options", atLimit + "o").end().bytes(), "'options' is longer than 64 KiB");
    }

    @Test
    void refusesARepeatedFieldAndAPartWithoutAName() throws IOException {
        assertRefused(new Body().field("name", "a").field("name", "b").file("a.csv", CSV).end().bytes(), "'name' appears twice");
        assertRefused(new Body().text("--" + BOUNDARY + "\r\nContent-Type: text/plain\r\n\r\nx\r\n").file("a.csv", CSV).end().bytes(),
                "needs a name");
    }

    @Test
    void refusesMalformedDelimitersAndHeaders() throws IOException {
        assertRefused(new Body().file("a.csv", CSV).text("--" + BOUNDARY + "-x").bytes(), "well-formed");
        assertRefused(new Body().text("--" + BOUNDARY + "\r\nContent-Disposition form-data\r\n\r\nx\r\n").end().bytes(), "well-formed");
        assertRefused(new Body().text("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"a\u0001\"\r\n\r\nx\r\n").end().bytes(),
                "well-formed");
        assertRefused(new Body().text("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\r\n\r\nx\r\n")
                .end().bytes(), "'Content-Disposition' is malformed");
    }

    @Test
    void stopsReadingWith413AsSoonAsTheFilePassesTheLimit() throws IOException {
        byte[] big = new byte[4 << 20];
        Arrays.fill(big, (byte) '1');
        byte[] body = new Body().file("big.csv", big).end().bytes();
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        assertThatThrownBy(() -> new MultipartUploadReader(staging, 64 * 1024).read(in, CONTENT_TYPE, 100_000))
                .isInstanceOfSatisfying(LucentException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PAYLOAD_TOO_LARGE);
                    assertThat(e.details()).containsEntry("maxFileBytes", 100_000L);
                });
        assertThat(body.length - in.available()).as("bytes read before refusing").isLessThan(200_000);
        assertThat(stagedFiles()).isEmpty();
    }

    @Test
    void acceptsAFileOfExactlyTheLimit() throws IOException {
        byte[] exact = new byte[100_000];
        Arrays.fill(exact, (byte) '2');
        try (ReceivedUpload upload = new MultipartUploadReader(staging).read(
                new ByteArrayInputStream(new Body().file("a.csv", exact).end().bytes()), CONTENT_TYPE, 100_000)) {
            assertThat(upload.file().sizeBytes()).isEqualTo(100_000);
        }
    }

    @Test
    void reportsAStagingFileThatCannotBeCreatedAsAServerFailureNotAClientError() throws IOException {
        Path gone = staging.resolve("gone");
        byte[] body = new Body().file("a.csv", CSV).end().bytes();
        assertThatThrownBy(() -> new MultipartUploadReader(gone).read(new ByteArrayInputStream(body), CONTENT_TYPE, LIMIT))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("staging file");
    }

    /** Returns 1 to 7 bytes per read, as a slow network might. */
    private static final class TrickleInputStream extends InputStream {
        private final byte[] bytes;
        private final Random random;
        private int position;

        TrickleInputStream(byte[] bytes, Random random) {
            this.bytes = bytes;
            this.random = random;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(length, 1 + random.nextInt(7)), bytes.length - position);
            System.arraycopy(bytes, position, buffer, offset, n);
            position += n;
            return n;
        }
    }
}
