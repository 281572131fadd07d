package io.lucent.plugin.api.export;

import io.lucent.plugin.api.LucentExtension;
import io.lucent.plugin.api.PluginContext;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The exporter extension point: writes a {@link ReportDocument} in one file format. Implementations are
 * thread-safe and must not close the output stream.
 */
public interface Exporter extends LucentExtension {

    /**
     * The file-name extension of the format, lower case without dot, for example {@code "xlsx"}.
     *
     * @return the extension
     */
    String fileExtension();

    /**
     * The media type of the format, for example {@code "text/csv"}.
     *
     * @return the media type
     */
    String mediaType();

    /**
     * Writes the document.
     *
     * @param document the report
     * @param out      where to write; left open
     * @param context  the call context, with the exporter settings
     * @throws IOException if writing fails
     */
    void export(ReportDocument document, OutputStream out, PluginContext context) throws IOException;
}
