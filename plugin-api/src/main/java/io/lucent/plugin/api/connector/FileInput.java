package io.lucent.plugin.api.connector;

import java.io.InputStream;
import java.util.Objects;

/**
 * An uploaded file handed to a file connector.
 *
 * @param fileName  the file's name as the user gave it (base name only, already sanitised by the host); use
 *                  it for messages and format hints, never as a path
 * @param content   the file's bytes, read once from start to end; the host closes it
 * @param sizeBytes the file's size in bytes, or -1 if unknown
 */
public record FileInput(String fileName, InputStream content, long sizeBytes) {

    /**
     * Validates the input.
     *
     * @param fileName the {@code fileName} component
     * @param content the {@code content} component
     * @param sizeBytes the {@code sizeBytes} component
     */
    public FileInput {
        Objects.requireNonNull(fileName, "fileName is null");
        Objects.requireNonNull(content, "content is null");
    }
}
