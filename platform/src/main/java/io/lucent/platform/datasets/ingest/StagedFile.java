package io.lucent.platform.datasets.ingest;

import java.nio.file.Path;

/**
 * An upload received into the staging directory.
 *
 * @param path      the temporary file
 * @param fileName  the name the client gave (checked to be a plain name)
 * @param sizeBytes its size
 */
public record StagedFile(Path path, String fileName, long sizeBytes) implements AutoCloseable {

    /** Deletes the temporary file. */
    @Override
    public void close() {
        UploadReceiver.deleteQuietly(path);
    }
}
