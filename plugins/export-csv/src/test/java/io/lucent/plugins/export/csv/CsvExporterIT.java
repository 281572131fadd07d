package io.lucent.plugins.export.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.plugin.testkit.ExporterContract;
import io.lucent.plugin.testkit.TestReports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The exporter contract against the built plugin zip, plus the CSV content of the kit's sample report. */
class CsvExporterIT extends ExporterContract {

    @Override
    protected String extensionId() {
        return "csv";
    }

    @Test
    void writesTheSampleReportAsCsvLines() throws IOException {
        String csv = new String(export(TestReports.everyBlockType()), StandardCharsets.UTF_8);

        assertThat(csv).endsWith("\r\n");
        assertThat(csv.split("\r\n", -1)).hasSizeGreaterThan(2);
    }
}
