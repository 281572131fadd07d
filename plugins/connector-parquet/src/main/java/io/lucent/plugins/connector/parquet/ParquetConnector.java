package io.lucent.plugins.connector.parquet;

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
import java.util.Set;
import org.pf4j.Extension;

/**
 * Reads Parquet files without Hadoop: the upload is copied to a temporary file (Parquet keeps its schema at the
 * end) and read by an embedded in-memory DuckDB that may touch that one file only. Nested and binary columns
 * become text; decimals become decimals (doubles).
 */
@Extension
public final class ParquetConnector implements Connector {

    @Override
    public String id() {
        return "parquet";
    }

    @Override
    public String displayName() {
        return "Parquet files";
    }

    @Override
    public String description() {
        return "Apache Parquet files, read with an embedded DuckDB.";
    }

    @Override
    public Set<ConnectorCapability> capabilities() {
        return Set.of(ConnectorCapability.FILE);
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("parquet");
    }

    @Override
    public TableReader readFile(FileInput input, PluginContext context) {
        context.throwIfCancelled();
        Path copy;
        try {
            copy = Files.createTempFile("lucent-parquet-", ".parquet");
            Files.copy(input.content(), copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new PluginException(PluginException.Kind.EXTERNAL_FAILURE, "Reading '" + input.fileName() + "' failed: " + e.getMessage(), e);
        }
        try {
            if (Files.size(copy) < 12) {
                throw new PluginException(PluginException.Kind.INVALID_INPUT, "'" + input.fileName() + "' is too short to be a Parquet file");
            }
            return ParquetTableReader.open(copy, input.fileName());
        } catch (IOException e) {
            ParquetTableReader.deleteQuietly(copy);
            throw new PluginException(PluginException.Kind.EXTERNAL_FAILURE, "Reading '" + input.fileName() + "' failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            ParquetTableReader.deleteQuietly(copy);
            throw e;
        }
    }
}
