package io.lucent.plugin.api.connector;

import io.lucent.plugin.api.LucentExtension;
import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.data.TableReader;
import io.lucent.plugin.api.data.TableSchema;
import java.util.List;
import java.util.Set;

/**
 * The connector extension point: brings tables into Lucent.
 *
 * <p>A <b>file</b> connector ({@link ConnectorCapability#FILE}) parses an uploaded file. Its settings schema
 * declares the parsing options (delimiter, encoding, sheet, ...), which users may leave out: detect what you
 * can from the content.
 *
 * <p>A <b>live</b> connector ({@link ConnectorCapability#LIVE}) reads an external source: its settings
 * schema declares the connection (host, credentials marked secret, ...). Connections are opened per call
 * from the settings in the context; obtain JDBC connections from a {@code Driver} or {@code DataSource}
 * object of your own, never through {@code java.sql.DriverManager}.
 *
 * <p>Operations a connector does not support keep their default implementation, which throws
 * {@link PluginException} of kind {@link PluginException.Kind#UNSUPPORTED}. Implementations are
 * thread-safe.
 */
public interface Connector extends LucentExtension {

    /**
     * What this connector can do.
     *
     * @return the capabilities, not empty
     */
    Set<ConnectorCapability> capabilities();

    /**
     * For file connectors, the file-name extensions it reads, lower case without dot, for example
     * {@code "csv"} and {@code "tsv"}. The host picks the connector by extension when the user does not name
     * one.
     *
     * @return the extensions, empty for live-only connectors
     */
    default Set<String> fileExtensions() {
        return Set.of();
    }

    /**
     * Opens an uploaded file for reading. Must stream: never read the whole file into memory. Detect the
     * format details the settings leave open.
     *
     * @param input   the file
     * @param context the call context; its settings hold the parsing options
     * @return a reader over the file's rows; the host closes it
     * @throws PluginException of kind {@link PluginException.Kind#INVALID_INPUT} if the file is not of this
     *                         format or has no table, with a message that says why
     */
    default TableReader readFile(FileInput input, PluginContext context) {
        throw unsupported("reading files");
    }

    /**
     * Checks that the live source named by the settings can be reached with the given credentials.
     *
     * @param context the call context; its settings hold the connection
     * @throws PluginException if the source cannot be reached or refuses the credentials
     */
    default void testConnection(PluginContext context) {
        throw unsupported("live connections");
    }

    /**
     * Lists the tables the live source offers to these credentials.
     *
     * @param context the call context
     * @return the tables, in the source's order
     * @throws PluginException if the source fails
     */
    default List<TableInfo> listTables(PluginContext context) {
        throw unsupported("live connections");
    }

    /**
     * Describes one table's columns, mapped to Lucent's column types.
     *
     * @param table   the table name from {@link #listTables}
     * @param context the call context
     * @return the schema
     * @throws PluginException of kind {@link PluginException.Kind#INVALID_INPUT} if there is no such table
     */
    default TableSchema describeTable(String table, PluginContext context) {
        throw unsupported("live connections");
    }

    /**
     * Reads a table or a query's result, one page of it, as column batches.
     *
     * @param request what to read
     * @param context the call context
     * @return a reader; the host closes it
     * @throws PluginException if the table does not exist, the query is invalid or the source fails
     */
    default TableReader fetch(FetchRequest request, PluginContext context) {
        throw unsupported("live connections");
    }

    private PluginException unsupported(String what) {
        return new PluginException(PluginException.Kind.UNSUPPORTED, "Connector '" + id() + "' does not support " + what);
    }
}
