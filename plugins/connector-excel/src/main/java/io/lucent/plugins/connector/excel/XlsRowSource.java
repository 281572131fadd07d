package io.lucent.plugins.connector.excel;

import io.lucent.plugin.api.PluginException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Reads one sheet of a legacy .xls (BIFF) workbook with POI's HSSF; .xls sheets hold at most 65,536 rows. */
final class XlsRowSource implements RowSource {

    private final HSSFWorkbook workbook;
    private final Sheet sheet;
    private int next;

    private XlsRowSource(HSSFWorkbook workbook, Sheet sheet) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.next = sheet.getFirstRowNum();
    }

    static XlsRowSource open(HSSFWorkbook workbook, Optional<String> choice, String fileName) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            String name = workbook.getSheetName(i);
            names.add(name);
            if (choice.isEmpty() || choice.get().equals(name) || choice.get().equals(Integer.toString(i + 1))) {
                return new XlsRowSource(workbook, workbook.getSheetAt(i));
            }
        }
        closeQuietly(workbook);
        throw new PluginException(PluginException.Kind.INVALID_INPUT, names.isEmpty() ? "'" + fileName + "' has no worksheets"
                : "'" + fileName + "' has no sheet '" + choice.orElse("") + "'; its sheets are " + names);
    }

    @Override
    public RawRow next() {
        while (next <= sheet.getLastRowNum()) {
            Row row = sheet.getRow(next++);
            if (row == null || row.getLastCellNum() <= 0) {
                continue;
            }
            List<Object> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                cells.add(value(row.getCell(c)));
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1) == null) {
                cells.remove(cells.size() - 1);
            }
            if (!cells.isEmpty()) {
                return new RawRow(row.getRowNum() + 1L, cells);
            }
        }
        return null;
    }

    private static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue() : (Object) cell.getNumericCellValue();
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> cell.getBooleanCellValue();
            default -> null;
        };
    }

    @Override
    public void close() {
        closeQuietly(workbook);
    }

    private static void closeQuietly(HSSFWorkbook workbook) {
        try {
            workbook.close();
        } catch (IOException e) {
            // Done with it.
        }
    }
}
