package io.lucent.plugins.connector.parquet;

import io.lucent.plugin.testkit.ConnectorContract;
import io.lucent.plugin.testkit.SampleFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The file-connector contract against the built plugin zip. */
class ParquetConnectorIT extends ConnectorContract {

    @Override
    protected String extensionId() {
        return "parquet";
    }

    @Override
    protected SampleFile sampleFile() {
        return SampleFile.valid("orders.parquet", ParquetFiles.of("SELECT range AS id, DATE '2024-01-01' + range::INTEGER AS day, "
                + "'Product ' || (range % 7) AS product, range * 1.5 AS amount, range % 2 = 0 AS paid FROM range(50)"), 50);
    }

    @Override
    protected List<SampleFile> invalidFiles() {
        List<SampleFile> files = new ArrayList<>(super.invalidFiles());
        byte[] whole = ParquetFiles.of("SELECT range AS id FROM range(1000)");
        files.add(SampleFile.invalid("truncated.parquet", Arrays.copyOf(whole, whole.length / 2)));
        return files;
    }
}
