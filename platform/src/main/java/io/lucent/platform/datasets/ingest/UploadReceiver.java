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
import org.glassfish.jersey.media.multipart.BodyPartEntity;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;

/**
 * Streams an upload to a new temporary file in the staging directory, a buffer at a time, stopping with 413 as
 * soon as it passes the size limit. The whole file is never in memory; on any failure the file is deleted.
 */
public final class UploadReceiver {

    private static final int BUFFER = 1 << 16;

    private final Path stagingDirectory;

    public UploadReceiver(Path stagingDirectory) {
        this.stagingDirectory = stagingDirectory;
        try {
            Files.createDirectories(stagingDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + stagingDirectory, e);
        }
    }

    /** Writes {@code content} to a temporary file; the caller deletes it when done. */
    public StagedFile receive(InputStream content, String fileName, long maxBytes) {
        Path file = newStagingFile();
        boolean done = false;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            long total = 0;
            int read;
            while ((read = content.read(buffer)) >= 0) {
                total += read;
                if (total > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                out.write(buffer, 0, read);
            }
            done = true;
            return new StagedFile(file, fileName, total);
        } catch (IOException e) {
            throw new LucentException(ErrorCode.INVALID_REQUEST, "The upload could not be received: " + e.getMessage(), Map.of(), e);
        } finally {
            if (!done) {
                deleteQuietly(file);
            }
        }
    }

    /**
     * Stages a multipart file part. When the multipart reader has already buffered the part in a temporary file
     * (large parts), that file is moved into the staging directory instead of being copied a second time; a part
     * held in memory is streamed as by {@link #receive(InputStream, String, long)}.
     *
     * @throws IOException if the part's content cannot be read
     */
    public StagedFile receive(FormDataBodyPart part, String fileName, long maxBytes) throws IOException {
        if (!(part.getEntity() instanceof BodyPartEntity entity)) {
            try (InputStream content = part.getValueAs(InputStream.class)) {
                return receive(content, fileName, maxBytes);
            }
        }
        Path file = newStagingFile();
        boolean done = false;
        try {
            entity.moveTo(file.toFile());
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(maxBytes);
            }
            done = true;
            return new StagedFile(file, fileName, size);
        } catch (org.jvnet.mimepull.MIMEParsingException e) {
            throw new LucentException(ErrorCode.INVALID_REQUEST, "The upload could not be received: " + e.getMessage(), Map.of(), e);
        } finally {
            if (!done) {
                deleteQuietly(file);
            }
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

    private Path newStagingFile() {
        return newStagingFile(stagingDirectory);
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
