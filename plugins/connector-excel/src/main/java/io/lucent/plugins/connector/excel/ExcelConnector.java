package io.lucent.plugins.connector.excel;

import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.connector.Connector;
import io.lucent.plugin.api.connector.ConnectorCapability;
import io.lucent.plugin.api.connector.FileInput;
import io.lucent.plugin.api.data.TableReader;
import io.lucent.plugin.api.settings.SettingsSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.pf4j.Extension;

/**
 * Reads Excel workbooks: .xlsx streamed row by row (StAX over the sheet XML, POI's read-only shared strings,
 * zip-bomb limits tightened, see {@link ZipLimits}), and legacy .xls through POI's HSSF. Settings choose the
 * sheet and the header row; types are inferred per column (numbers with a date format become dates or
 * timestamps). A damaged, truncated or oversized-on-inflation workbook fails with INVALID_INPUT.
 */
@Extension
public final class ExcelConnector implements Connector {

    @Override
    public String id() {
        return "excel";
    }

    @Override
    public String displayName() {
        return "Excel workbooks";
    }

    @Override
    public String description() {
        return "Excel .xlsx (streamed) and .xls workbooks: one sheet as a table, with sheet and header row choice.";
    }

    @Override
    public SettingsSchema settingsSchema() {
        return ExcelOptions.SCHEMA;
    }

    @Override
    public Set<ConnectorCapability> capabilities() {
        return Set.of(ConnectorCapability.FILE);
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("xlsx", "xlsm", "xls");
    }

    @Override
    public TableReader readFile(FileInput input, PluginContext context) {
        context.throwIfCancelled();
        ExcelOptions options = ExcelOptions.from(context.settings());
        Path copy = stage(input);
        try {
            if (Files.size(copy) == 0) {
                throw new PluginException(PluginException.Kind.INVALID_INPUT, "'" + input.fileName() + "' is empty");
            }
            boolean xls = isOle2(copy);
            return ExcelTableReader.open(() -> open(xls, copy, options, input.fileName()), copy, options, input.fileName());
        } catch (PluginException e) {
            deleteQuietly(copy);
            throw e;
        } catch (Exception e) {
            deleteQuietly(copy);
            throw new PluginException(PluginException.Kind.INVALID_INPUT,
                    "'" + input.fileName() + "' cannot be read as an Excel workbook: " + reason(e), e);
        }
    }

    private static RowSource open(boolean xls, Path copy, ExcelOptions options, String fileName) {
        try {
            return xls ? openXls(copy, options, fileName) : openXlsx(copy, options, fileName);
        } catch (PluginException e) {
            throw e;
        } catch (Exception e) {
            throw new PluginException(PluginException.Kind.INVALID_INPUT,
                    "'" + fileName + "' cannot be read as an Excel workbook: " + reason(e), e);
        }
    }

    private static RowSource openXlsx(Path file, ExcelOptions options, String fileName) throws Exception {
        ZipLimits.apply();
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        return XlsxRowSource.open(pkg, options.sheet(), fileName);
    }

    private static RowSource openXls(Path file, ExcelOptions options, String fileName) throws IOException {
        POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
        try {
            return XlsRowSource.open(new HSSFWorkbook(fs.getRoot(), true), options.sheet(), fileName);
        } catch (RuntimeException | IOException e) {
            fs.close();
            throw e;
        }
    }

    private static boolean isOle2(Path file) throws IOException {
        byte[] head = new byte[8];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, 8);
            return n == 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0;
        }
    }

    private static Path stage(FileInput input) {
        try {
            Path copy = Files.createTempFile("lucent-excel-", "." + extension(input.fileName()));
            try {
                Files.copy(input.content(), copy, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                deleteQuietly(copy);
                throw e;
            }
            return copy;
        } catch (IOException e) {
            throw new PluginException(PluginException.Kind.EXTERNAL_FAILURE, "Reading '" + input.fileName() + "' failed: " + e.getMessage(), e);
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "bin" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return ext.matches("[a-z0-9]{1,8}") ? ext : "bin";
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        if (message != null && message.contains("Zip bomb")) {
            return "it inflates far beyond its size (a possible zip bomb)";
        }
        return message == null ? e.getClass().getSimpleName() : message.split("\n")[0];
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover temp file; the OS cleans its temp directory.
        }
    }
}
