package io.lucent.plugins.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.plugin.api.data.Column;
import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.ColumnType;
import io.lucent.plugin.api.data.TableSchema;
import io.lucent.plugin.api.export.ReportBlock;
import io.lucent.plugin.api.export.ReportDocument;
import io.lucent.plugin.testkit.TestPluginContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Writes documents and reads them back with POI. */
class ExcelExporterTest {

    private final ExcelExporter exporter = new ExcelExporter();

    private XSSFWorkbook roundTrip(ReportDocument document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(document, out, TestPluginContext.forExtension(exporter));
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void writesOneSheetPerTableWithTypedCellsAndTextNeverAsFormula() throws Exception {
        ColumnBatch table = ColumnBatch.builder(TableSchema.of(new Column("item", ColumnType.TEXT), new Column("day", ColumnType.DATE),
                        new Column("units", ColumnType.INTEGER), new Column("price", ColumnType.DECIMAL), new Column("promo", ColumnType.BOOLEAN)))
                .addRow("=1+1", LocalDate.of(2024, 3, 1), 5L, 2.5, true)
                .addRow("pear", null, null, null, false)
                .build();
        ReportDocument document = new ReportDocument("Sales", Instant.EPOCH, List.of(new ReportBlock.Heading(1, "Weekly"),
                new ReportBlock.Table("A-1", table), new ReportBlock.Table("metrics", table)));

        try (XSSFWorkbook workbook = roundTrip(document)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(0)).isEqualTo("Report");
            XSSFSheet sheet = workbook.getSheet("A-1");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("item");
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("=1+1");
            assertThat(sheet.getRow(1).getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 1));
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(5.0);
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(2.5);
            assertThat(sheet.getRow(1).getCell(4).getBooleanCellValue()).isTrue();
            assertThat(sheet.getRow(2).getCell(2)).isNull();
            assertThat(workbook.getSheet("metrics").getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void makesSheetNamesValidAndUnique() {
        SheetNames names = new SheetNames();

        assertThat(names.next("a/b:c?d*e[f]", 1)).isEqualTo("a_b_c_d_e_f_");
        assertThat(names.next("", 2)).isEqualTo("Table 2");
        assertThat(names.next("A very long caption that goes past the limit", 3)).hasSize(31);
        assertThat(names.next("A very long caption that goes past the limit", 4)).hasSize(31).endsWith(" (2)");
        assertThat(names.next("table 2", 5)).isEqualTo("table 2 (2)");
    }
}
