package io.lucent.plugin.api.connector;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * An uploaded file handed to a file connector.
 *
 * @param fileName  the file's name as the user gave it (base name only, already sanitised by the host); use
 *                  it for messages and format hints, never as a path
 * @param content   the file's bytes, read once from start to end; the host closes it
 * @param sizeBytes the file's size in bytes, or -1 if unknown
 * @param localPath where the same bytes lie in a local file the connector may open and read again (for example
 *                  for a second pass), or empty when the file is only a stream; read-only: never change, move
 *                  or delete it. Since API 1.1.0.
 */
public record FileInput(String fileName, InputStream content, long sizeBytes, Optional<Path> localPath) {

    /**
     * Validates the input.
     *
     * @param fileName the {@code fileName} component
     * @param content the {@code content} component
     * @param sizeBytes the {@code sizeBytes} component
     * @param localPath the {@code localPath} component
     */
    public FileInput {
        Objects.requireNonNull(fileName, "fileName is null");
        Objects.requireNonNull(content, "content is null");
        Objects.requireNonNull(localPath, "localPath is null");
    }

    /**
     * An input that is only a stream, with no local file behind it.
     *
     * @param fileName  the file's name
     * @param content   the file's bytes
     * @param sizeBytes the file's size in bytes, or -1 if unknown
     */
    public FileInput(String fileName, InputStream content, long sizeBytes) {
        this(fileName, content, sizeBytes, Optional.empty());
    }
}
