package io.lucent.plugins.connector.pdf;

import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.connector.Connector;
import io.lucent.plugin.api.connector.ConnectorCapability;
import io.lucent.plugin.api.connector.FileInput;
import io.lucent.plugin.api.data.TableReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.pf4j.Extension;

/**
 * Extracts the table of a simple tabular PDF report (a text PDF whose rows are lines with aligned columns, such as
 * an exported sales report) with PDFBox: the longest run of lines with the same number of cells is the table, its
 * first line the header when it holds no numbers. A PDF without such lines (prose, a scanned image, an empty
 * document) is refused with a clear message.
 */
@Extension
public final class PdfConnector implements Connector {

    /** Reports are small; a larger PDF is more likely a book or a scan than a table. */
    static final int MAX_PAGES = 500;

    @Override
    public String id() {
        return "pdf";
    }

    @Override
    public String displayName() {
        return "Tables in PDF reports";
    }

    @Override
    public String description() {
        return "The table of a simple tabular PDF report (text with aligned columns); not scanned images.";
    }

    @Override
    public Set<ConnectorCapability> capabilities() {
        return Set.of(ConnectorCapability.FILE);
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("pdf");
    }

    @Override
    public TableReader readFile(FileInput input, PluginContext context) {
        context.throwIfCancelled();
        List<TextLine> lines;
        Path copy;
        try {
            copy = Files.createTempFile("lucent-pdf-", ".pdf");
            Files.copy(input.content(), copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new PluginException(PluginException.Kind.EXTERNAL_FAILURE, "Reading '" + input.fileName() + "' failed: " + e.getMessage(), e);
        }
        try (PDDocument document = Loader.loadPDF(copy.toFile(), MemoryUsageSetting.setupTempFileOnly().streamCache)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw invalid(input.fileName(), "is protected against text extraction");
            }
            if (document.getNumberOfPages() > MAX_PAGES) {
                throw invalid(input.fileName(), "has " + document.getNumberOfPages() + " pages; a report table may have at most " + MAX_PAGES);
            }
            lines = LineExtractor.lines(document);
        } catch (PluginException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw invalid(input.fileName(), "cannot be read as a PDF: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } finally {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException e) {
                // A leftover temp file; the OS cleans its temp directory.
            }
        }
        if (lines.isEmpty()) {
            throw invalid(input.fileName(), "has no text to read a table from (is it a scanned image?)");
        }
        TableFinder.Table table = TableFinder.find(lines).orElseThrow(() -> invalid(input.fileName(), "has no table: none of its "
                + lines.size() + " lines of text form rows with two or more aligned columns"));
        return PdfTableReader.of(table);
    }

    private static PluginException invalid(String fileName, String message) {
        return new PluginException(PluginException.Kind.INVALID_INPUT, "'" + fileName + "' " + message);
    }
}
