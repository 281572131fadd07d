package io.lucent.plugins.connector.excel;

import io.lucent.plugin.testkit.ConnectorContract;
import io.lucent.plugin.testkit.SampleFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The file-connector contract against the built plugin zip. */
class ExcelConnectorIT extends ConnectorContract {

    @Override
    protected String extensionId() {
        return "excel";
    }

    @Override
    protected SampleFile sampleFile() {
        return SampleFile.valid("orders.xlsx", Workbooks.orders(true, 40, false), 40);
    }

    /**
     * None: an .xlsx is a zip whose directory is at its end, so every byte must be read before the first row; the
     * connector copies the upload to a temporary file and then streams the sheet from it row by row.
     */
    @Override
    protected Optional<SampleFile> largeSampleFile() {
        return Optional.empty();
    }

    @Override
    protected List<SampleFile> invalidFiles() {
        List<SampleFile> files = new ArrayList<>(super.invalidFiles());
        byte[] whole = Workbooks.orders(true, 200, false);
        files.add(SampleFile.invalid("truncated.xlsx", Arrays.copyOf(whole, whole.length / 2)));
        files.add(SampleFile.invalid("bomb.xlsx", Workbooks.zipBomb()));
        files.add(SampleFile.invalid("text.xlsx", "Order ID,Date\n1,2024-01-01\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return files;
    }
}
