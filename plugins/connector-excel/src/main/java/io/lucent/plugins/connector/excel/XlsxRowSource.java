package io.lucent.plugins.connector.excel;

import io.lucent.plugin.api.PluginException;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Streams one sheet of an .xlsx workbook with a StAX pull parser over the sheet's XML (POI's event-model
 * parts: the read-only shared strings table and the styles), so only the current row is in memory.
 */
final class XlsxRowSource implements RowSource {

    private final OPCPackage pkg;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final String fileName;

    private XlsxRowSource(OPCPackage pkg, InputStream sheet, XMLStreamReader xml, ReadOnlySharedStringsTable strings, StylesTable styles,
                          String fileName) {
        this.pkg = pkg;
        this.sheet = sheet;
        this.xml = xml;
        this.strings = strings;
        this.styles = styles;
        this.fileName = fileName;
    }

    /** Opens the chosen sheet (by name or 1-based position; the first if empty). Closes the package on failure. */
    static XlsxRowSource open(OPCPackage pkg, Optional<String> sheetChoice, String fileName) throws Exception {
        try {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            int position = 0;
            while (sheets.hasNext()) {
                InputStream sheet = sheets.next();
                position++;
                String name = sheets.getSheetName();
                names.add(name);
                if (sheetChoice.isEmpty() || sheetChoice.get().equals(name) || sheetChoice.get().equals(Integer.toString(position))) {
                    XMLInputFactory factory = XMLInputFactory.newFactory();
                    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
                    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
                    return new XlsxRowSource(pkg, sheet, factory.createXMLStreamReader(sheet), strings, styles, fileName);
                }
                sheet.close();
            }
            if (names.isEmpty()) {
                throw new PluginException(PluginException.Kind.INVALID_INPUT, "'" + fileName + "' has no worksheets");
            }
            throw new PluginException(PluginException.Kind.INVALID_INPUT,
                    "'" + fileName + "' has no sheet '" + sheetChoice.get() + "'; its sheets are " + names);
        } catch (Exception e) {
            pkg.revert();
            throw e;
        }
    }

    @Override
    public RawRow next() {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                    RawRow row = readRow();
                    if (!row.cells().isEmpty()) {
                        return row;
                    }
                }
            }
            return null;
        } catch (XMLStreamException e) {
            String message = String.valueOf(e.getMessage());
            throw new PluginException(PluginException.Kind.INVALID_INPUT, "'" + fileName + "' cannot be read: " + (message.contains("Zip bomb")
                    ? "its worksheet inflates far beyond its size (a possible zip bomb)" : "its worksheet is damaged (" + message.split("\n")[0] + ")"), e);
        }
    }

    private RawRow readRow() throws XMLStreamException {
        String rowNumber = xml.getAttributeValue(null, "r");
        long line = rowNumber == null ? -1 : Long.parseLong(rowNumber);
        List<Object> cells = new ArrayList<>();
        int nextColumn = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                String ref = xml.getAttributeValue(null, "r");
                int column = ref == null ? nextColumn : columnIndex(ref);
                Object value = readCell(xml.getAttributeValue(null, "t"), xml.getAttributeValue(null, "s"));
                while (cells.size() < column) {
                    cells.add(null);
                }
                if (column < cells.size()) {
                    cells.set(column, value);
                } else {
                    cells.add(value);
                }
                nextColumn = column + 1;
            }
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1) == null) {
            cells.remove(cells.size() - 1);
        }
        return new RawRow(line, cells);
    }

    private Object readCell(String type, String style) throws XMLStreamException {
        StringBuilder value = new StringBuilder();
        StringBuilder inline = new StringBuilder();
        boolean inValue = false;
        boolean inInlineText = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                inValue = name.equals("v");
                inInlineText = name.equals("t");
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (inValue) {
                    value.append(xml.getText());
                } else if (inInlineText) {
                    inline.append(xml.getText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("c")) {
                    break;
                }
                inValue = false;
                inInlineText = false;
            }
        }
        String text = value.toString();
        if ("inlineStr".equals(type)) {
            return inline.toString();
        }
        if (text.isEmpty()) {
            return null;
        }
        try {
            return switch (type == null ? "n" : type) {
                case "s" -> strings.getItemAt(Integer.parseInt(text.trim())).getString();
                case "str" -> text;
                case "b" -> text.trim().equals("1") || text.trim().equalsIgnoreCase("true");
                case "e" -> null;
                case "d" -> LocalDateTime.parse(text.trim().length() == 10 ? text.trim() + "T00:00" : text.trim());
                default -> number(Double.parseDouble(text.trim()), style);
            };
        } catch (RuntimeException e) {
            throw new PluginException(PluginException.Kind.INVALID_INPUT, "'" + fileName + "' has a malformed cell value '"
                    + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'", e);
        }
    }

    private Object number(double value, String style) {
        if (style != null && isDateStyle(Integer.parseInt(style)) && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value);
        }
        return value;
    }

    private boolean isDateStyle(int index) {
        return dateStyles.computeIfAbsent(index, i -> {
            if (styles == null || i >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle style = styles.getStyleAt(i);
            return style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
        });
    }

    static int columnIndex(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // Done with it.
        }
        try {
            sheet.close();
        } catch (IOException e) {
            // Done with it.
        }
        pkg.revert();
    }
}
