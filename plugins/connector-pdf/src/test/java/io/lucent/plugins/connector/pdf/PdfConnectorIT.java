package io.lucent.plugins.connector.pdf;

import io.lucent.plugin.testkit.ConnectorContract;
import io.lucent.plugin.testkit.SampleFile;
import java.util.ArrayList;
import java.util.List;

/** The file-connector contract against the built plugin zip. */
class PdfConnectorIT extends ConnectorContract {

    @Override
    protected String extensionId() {
        return "pdf";
    }

    @Override
    protected SampleFile sampleFile() {
        return SampleFile.valid("report.pdf", Reports.table(PdfConnectorTest.sales(25), 10), 25);
    }

    @Override
    protected List<SampleFile> invalidFiles() {
        List<SampleFile> files = new ArrayList<>(super.invalidFiles());
        files.add(SampleFile.invalid("letter.pdf", Reports.prose()));
        byte[] whole = Reports.table(PdfConnectorTest.sales(25), 10);
        files.add(SampleFile.invalid("truncated.pdf", java.util.Arrays.copyOf(whole, 200)));
        return files;
    }
}
