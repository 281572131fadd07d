package io.lucent.plugins.connector.csv;

import io.lucent.plugin.api.connector.FileInput;
import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.TableReader;
import io.lucent.plugin.testkit.TestPluginContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Helpers to feed files to the connector and collect what it reads. */
final class CsvFiles {

    private CsvFiles() {
    }

    static FileInput file(String content) {
        return file(content.getBytes(StandardCharsets.UTF_8));
    }

    static FileInput file(String content, Charset charset) {
        return file(content.getBytes(charset));
    }

    static FileInput file(byte[] bytes) {
        return new FileInput("data.csv", new ByteArrayInputStream(bytes), bytes.length);
    }

    static TableReader open(FileInput input, Map<String, ?> settings) {
        CsvConnector connector = new CsvConnector();
        return connector.readFile(input, TestPluginContext.forExtension(connector, settings));
    }

    static TableReader open(String content) {
        return open(file(content), Map.of());
    }

    /** Every row the reader returns, each as its values. */
    static List<List<Object>> rows(TableReader reader) {
        List<List<Object>> rows = new ArrayList<>();
        for (Optional<ColumnBatch> batch = reader.nextBatch(1000); batch.isPresent(); batch = reader.nextBatch(1000)) {
            for (int r = 0; r < batch.get().rowCount(); r++) {
                rows.add(batch.get().row(r));
            }
        }
        return rows;
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
