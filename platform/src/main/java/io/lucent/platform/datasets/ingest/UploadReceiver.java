package io.lucent.platform.datasets.ingest;

import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Receives uploads into the staging directory (one new file per upload, cleared at start-up), a chunk at a time,
 * stopping with 413 as soon as the file passes the size limit. The whole file is never in memory; on any failure
 * the file is deleted.
 */
public final class UploadReceiver {

    private final MultipartUploadReader reader;

    public UploadReceiver(Path stagingDirectory) {
        this.reader = new MultipartUploadReader(stagingDirectory);
        try {
            Files.createDirectories(stagingDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + stagingDirectory, e);
        }
    }

    /**
     * Receives a {@code multipart/form-data} upload from the raw request body: the {@code file} part is written
     * into a new file in the staging directory as it arrives (413 once it passes {@code maxFileBytes}), the other
     * parts are kept as text fields. On any failure nothing is left in the staging directory.
     *
     * @see MultipartUploadReader
     */
    public ReceivedUpload receive(InputStream body, String contentType, long maxFileBytes) {
        return reader.read(body, contentType, maxFileBytes);
    }

    /**
     * Reads the rest of a body without keeping it, so that a client still sending gets the answer instead of a
     * closed connection (for a request answered without its upload, such as a replay).
     */
    public static void skip(InputStream body) {
        try {
            body.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // The client went away: nothing left to read, and the answer does not depend on the body.
        }
    }

    /** The 413 for a file above the limit. */
    public static LucentException tooLarge(long maxBytes) {
        return new LucentException(ErrorCode.PAYLOAD_TOO_LARGE,
                "The file is larger than the limit of " + ByteSizes.describe(maxBytes) + " (maxFileBytes = " + maxBytes + ")",
                Map.of("limit", "maxFileBytes", "maxFileBytes", maxBytes));
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Leftover staging files are removed by the staging sweep at start-up.
        }
    }

    /** A new empty file for an upload in the staging directory (cleared at start-up). */
    static Path newStagingFile(Path stagingDirectory) {
        try {
            return Files.createTempFile(stagingDirectory, "upload-", ".bin");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a staging file", e);
        }
    }
}
