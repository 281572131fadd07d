package io.lucent.platform.datasets.ingest;

import java.util.Map;
import java.util.Optional;

/**
 * A multipart upload as received: the file part staged on disk, and the small text fields of the form. Closing it
 * deletes the staged file.
 *
 * @param file   the part named {@code file}, written into the staging directory
 * @param fields the other parts by name, decoded as text (UTF-8 unless the part names another charset)
 */
public record ReceivedUpload(StagedFile file, Map<String, String> fields) implements AutoCloseable {

    public ReceivedUpload {
        fields = Map.copyOf(fields);
    }

    /** The text of the form field {@code name}, as sent, if the form has it. */
    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** Deletes the staged file. */
    @Override
    public void close() {
        file.close();
    }
}
