package io.lucent.plugins.connector.json;

import io.lucent.plugin.testkit.ConnectorContract;
import io.lucent.plugin.testkit.SampleFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The file-connector contract against the built plugin zip. */
class JsonConnectorIT extends ConnectorContract {

    @Override
    protected String extensionId() {
        return "json";
    }

    @Override
    protected SampleFile sampleFile() {
        return SampleFile.valid("orders.json", ("[{\"id\": 1, \"day\": \"2024-01-31\", \"customer\": {\"name\": \"Ann\"}, \"amount\": 9.5},\n"
                + " {\"id\": 2, \"day\": \"2024-02-01\", \"customer\": {\"name\": \"Bo\"}, \"amount\": 3, \"tags\": [\"a\"]},\n"
                + " {\"id\": 3, \"day\": null, \"amount\": null}]").getBytes(StandardCharsets.UTF_8), 3);
    }

    @Override
    protected Optional<SampleFile> largeSampleFile() {
        StringBuilder ndjson = new StringBuilder();
        int rows = 150_000;
        for (int i = 0; i < rows; i++) {
            ndjson.append("{\"id\":").append(i).append(",\"day\":\"2024-03-").append(10 + i % 20).append("\",\"qty\":").append(i % 9)
                    .append(",\"product\":\"Product ").append(i % 500).append("\"}\n");
        }
        return Optional.of(SampleFile.valid("large.ndjson", ndjson.toString().getBytes(StandardCharsets.UTF_8), rows));
    }

    @Override
    protected List<SampleFile> invalidFiles() {
        List<SampleFile> files = new ArrayList<>(super.invalidFiles());
        files.add(SampleFile.invalid("scalar.json", "42".getBytes(StandardCharsets.UTF_8)));
        files.add(SampleFile.invalid("broken.json", "[{\"a\": 1}, {\"a\": ".getBytes(StandardCharsets.UTF_8)));
        files.add(SampleFile.invalid("numbers.json", "[1, 2, 3]".getBytes(StandardCharsets.UTF_8)));
        return files;
    }
}
