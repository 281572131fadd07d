package io.lucent.platform.datasets.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.lucent.platform.errors.LucentException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the multipart upload reader with arbitrary bodies: it either yields a form whose staged file holds what it
 * says, or fails with a client error (4xx with a message), never with another exception, and never leaves a file in
 * the staging directory when it fails. Runs the seed inputs in {@code MultipartUploadFuzzTestInputs/} under
 * {@code mvn verify}; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class MultipartUploadFuzzTest {

    /** The boundary the seed bodies use. */
    private static final String CONTENT_TYPE = "multipart/form-data; boundary=fuzz";
    private static final long MAX_FILE_BYTES = 4096;

    private static Path staging;

    @BeforeAll
    static void createStaging() throws IOException {
        staging = Files.createTempDirectory("lucent-multipart-fuzz");
    }

    @AfterAll
    static void deleteStaging() throws IOException {
        Files.deleteIfExists(staging);
    }

    @FuzzTest(maxDuration = "30s")
    void readerYieldsAFormOrAClientErrorAndKeepsNothingOnFailure(byte[] body) throws IOException {
        // The chunk size varies with the input so that chunk ends fall at different places in the body.
        int chunkBytes = MultipartUploadReader.MIN_CHUNK_BYTES + body.length % 61;
        MultipartUploadReader reader = new MultipartUploadReader(staging, chunkBytes);
        try (ReceivedUpload upload = reader.read(new ByteArrayInputStream(body), CONTENT_TYPE, MAX_FILE_BYTES)) {
            assertThat(upload.file().path().getParent()).isEqualTo(staging);
            assertThat(Files.size(upload.file().path())).isEqualTo(upload.file().sizeBytes()).isLessThanOrEqualTo(MAX_FILE_BYTES);
            assertThat(FileNames.requirePlain(upload.file().fileName())).isEqualTo(upload.file().fileName());
            assertThat(upload.fields()).doesNotContainKey(MultipartUploadReader.FILE_FIELD).hasSizeLessThan(MultipartUploadReader.MAX_PARTS);
        } catch (LucentException e) {
            assertThat(e.code().httpStatus()).as("status of: %s", e.getMessage()).isBetween(400, 499);
            assertThat(e.getMessage()).isNotBlank();
        }
        assertThat(stagedFiles()).as("files left in the staging directory").isZero();
    }

    private static long stagedFiles() {
        try (Stream<Path> files = Files.list(staging)) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
