package io.lucent.plugin.testkit;

import io.lucent.plugin.api.connector.FileInput;
import java.io.ByteArrayInputStream;
import java.util.Objects;

/**
 * A file a file connector's contract test reads.
 *
 * @param fileName     the file's name as a user would upload it, for example {@code "orders.csv"}
 * @param content      the file's bytes
 * @param expectedRows how many rows the connector must read from it, or -1 when the file is invalid input
 */
public record SampleFile(String fileName, byte[] content, long expectedRows) {

    /**
     * Validates and copies.
     *
     * @param fileName the {@code fileName} component
     * @param content the {@code content} component
     * @param expectedRows the {@code expectedRows} component
     */
    public SampleFile {
        Objects.requireNonNull(fileName, "fileName is null");
        content = Objects.requireNonNull(content, "content is null").clone();
        if (expectedRows < -1) {
            throw new IllegalArgumentException("expectedRows must be -1 (invalid input) or a row count");
        }
    }

    /**
     * A valid file with a known number of rows.
     *
     * @param fileName     the file name
     * @param content      the bytes
     * @param expectedRows the rows it holds, at least 1
     * @return the sample
     */
    public static SampleFile valid(String fileName, byte[] content, long expectedRows) {
        if (expectedRows < 1) {
            throw new IllegalArgumentException("a valid sample holds at least one row");
        }
        return new SampleFile(fileName, content, expectedRows);
    }

    /**
     * A file the connector must reject as invalid input.
     *
     * @param fileName the file name
     * @param content  the bytes
     * @return the sample
     */
    public static SampleFile invalid(String fileName, byte[] content) {
        return new SampleFile(fileName, content, -1);
    }

    /**
     * A copy of the bytes.
     *
     * @return the content
     */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /**
     * A fresh {@link FileInput} over the bytes, as the host hands an upload to a connector.
     *
     * @return the input
     */
    public FileInput toFileInput() {
        return new FileInput(fileName, new ByteArrayInputStream(content), content.length);
    }
}
