package io.lucent.plugins.export.excel;

import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.ColumnType;
import io.lucent.plugin.api.export.Exporter;
import io.lucent.plugin.api.export.ReportBlock;
import io.lucent.plugin.api.export.ReportDocument;
import io.lucent.plugin.api.settings.SettingsSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.pf4j.Extension;

/**
 * Exports a report as an .xlsx workbook (streamed, so large tables stay out of memory).
 *
 * <p>What is written: one sheet per table, named after its caption (made valid and unique, see
 * {@link SheetNames}), with a bold header row and typed cells: numbers as numbers, dates and timestamps as
 * date cells, booleans as booleans, text as text (never as a formula, so formula injection cannot happen);
 * a chart becomes a sheet of its data (categories and one column per series). Headings and paragraphs go to a
 * first sheet named "Report" when the document has any.
 */
@Extension
public final class ExcelExporter implements Exporter {

    @Override
    public String id() {
        return "xlsx";
    }

    @Override
    public String displayName() {
        return "Excel workbook";
    }

    @Override
    public String description() {
        return "Writes the report's tables and chart data as an .xlsx workbook, one sheet each, with typed cells.";
    }

    @Override
    public SettingsSchema settingsSchema() {
        return SettingsSchema.of();
    }

    @Override
    public String fileExtension() {
        return "xlsx";
    }

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public void export(ReportDocument document, OutputStream out, PluginContext context) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(workbook);
            SheetNames names = new SheetNames();
            List<ReportBlock> text = document.blocks().stream()
                    .filter(b -> b instanceof ReportBlock.Heading || b instanceof ReportBlock.Paragraph).toList();
            if (!text.isEmpty()) {
                writeText(workbook.createSheet(names.next("Report", 0)), document.title(), text, styles);
            }
            int position = 0;
            for (ReportBlock block : document.blocks()) {
                context.throwIfCancelled();
                if (block instanceof ReportBlock.Table table) {
                    position++;
                    writeTable(workbook.createSheet(names.next(table.caption(), position)), table.table(), styles);
                } else if (block instanceof ReportBlock.Chart chart) {
                    position++;
                    writeChart(workbook.createSheet(names.next(chart.title(), position)), chart, styles);
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
        out.flush();
    }

    /** The shared cell styles of one workbook. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle date;
        final CellStyle timestamp;
        final CellStyle title;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            title = workbook.createCellStyle();
            title.setFont(bold);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            timestamp = workbook.createCellStyle();
            timestamp.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        }
    }

    private static void writeText(Sheet sheet, String title, List<ReportBlock> blocks, Styles styles) {
        int r = 0;
        Cell first = sheet.createRow(r++).createCell(0);
        first.setCellValue(title);
        first.setCellStyle(styles.title);
        for (ReportBlock block : blocks) {
            Cell cell = sheet.createRow(r++).createCell(0);
            if (block instanceof ReportBlock.Heading heading) {
                cell.setCellValue(heading.text());
                cell.setCellStyle(styles.title);
            } else if (block instanceof ReportBlock.Paragraph paragraph) {
                cell.setCellValue(paragraph.text());
            }
        }
    }

    private static void writeTable(Sheet sheet, ColumnBatch table, Styles styles) {
        Row header = sheet.createRow(0);
        int columns = table.schema().size();
        for (int c = 0; c < columns; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(table.schema().column(c).name());
            cell.setCellStyle(styles.header);
        }
        for (int r = 0; r < table.rowCount(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < columns; c++) {
                Object value = table.value(r, c);
                if (value != null) {
                    write(row.createCell(c), table.schema().column(c).type(), value, styles);
                }
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private static void write(Cell cell, ColumnType type, Object value, Styles styles) {
        switch (type) {
            case INTEGER, DECIMAL -> {
                double number = ((Number) value).doubleValue();
                if (Double.isFinite(number)) {
                    cell.setCellValue(number);
                }
            }
            case BOOLEAN -> cell.setCellValue((Boolean) value);
            case DATE -> {
                cell.setCellValue((LocalDate) value);
                cell.setCellStyle(styles.date);
            }
            case TIMESTAMP -> {
                cell.setCellValue((LocalDateTime) value);
                cell.setCellStyle(styles.timestamp);
            }
            case TEXT -> cell.setCellValue((String) value);
        }
    }

    private static void writeChart(Sheet sheet, ReportBlock.Chart chart, Styles styles) {
        Row header = sheet.createRow(0);
        Cell corner = header.createCell(0);
        corner.setCellValue(chart.xLabel().isEmpty() ? "category" : chart.xLabel());
        corner.setCellStyle(styles.header);
        for (int s = 0; s < chart.series().size(); s++) {
            Cell cell = header.createCell(s + 1);
            cell.setCellValue(chart.series().get(s).name());
            cell.setCellStyle(styles.header);
        }
        for (int i = 0; i < chart.categories().size(); i++) {
            Row row = sheet.createRow(i + 1);
            row.createCell(0).setCellValue(chart.categories().get(i));
            for (int s = 0; s < chart.series().size(); s++) {
                double value = chart.series().get(s).values()[i];
                if (Double.isFinite(value)) {
                    row.createCell(s + 1).setCellValue(value);
                }
            }
        }
    }
}
