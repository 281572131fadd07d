package io.lucent.plugins.connector.csv;

import io.lucent.plugin.testkit.ConnectorContract;
import io.lucent.plugin.testkit.SampleFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The file-connector contract against the built plugin zip. */
class CsvConnectorIT extends ConnectorContract {

    @Override
    protected String extensionId() {
        return "csv";
    }

    @Override
    protected SampleFile sampleFile() {
        return textFile("orders.csv", 4,
                "order_id;order_date;product;quantity;price;returned",
                "1001;31/01/2024;\"Binder; blue\";2;4.5;false",
                "1002;01/02/2024;\"Paper\nA4\";10;0.25;true",
                "1003;13/02/2024;Pen;;1.2;false",
                "1004;14/02/2024;Stapler;1;12;");
    }

    /** About 8 MB of orders: far more than the connector's 1 MiB detection sample and its read buffers. */
    @Override
    protected Optional<SampleFile> largeSampleFile() {
        StringBuilder csv = new StringBuilder("order_id,order_date,product,quantity,price\n");
        int rows = 200_000;
        for (int i = 0; i < rows; i++) {
            csv.append(i).append(",2024-03-").append(10 + i % 20).append(",Product ").append(i % 500).append(',')
                    .append(i % 9).append(',').append(i % 100).append(".5\n");
        }
        return Optional.of(SampleFile.valid("large.csv", csv.toString().getBytes(StandardCharsets.UTF_8), rows));
    }

    @Override
    protected List<SampleFile> invalidFiles() {
        List<SampleFile> files = new ArrayList<>(super.invalidFiles());
        files.add(SampleFile.invalid("blank.csv", " \r\n\n".getBytes(StandardCharsets.UTF_8)));
        files.add(SampleFile.invalid("workbook.csv", new byte[] {'P', 'K', 3, 4, 20, 0, 8, 0}));
        return files;
    }
}
