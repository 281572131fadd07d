package io.lucent.platform.datasets.ingest;

import io.lucent.plugin.api.ExtensionKind;
import io.lucent.plugin.api.connector.Connector;
import io.lucent.plugin.api.connector.ConnectorCapability;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.plugins.PluginRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Picks the file connector for an upload: the one named, else the one claiming the file's extension. */
public final class FileConnectors {

    private final PluginRegistry registry;

    public FileConnectors(PluginRegistry registry) {
        this.registry = registry;
    }

    /** The connector for {@code fileName}; 415 listing the known extensions when none reads it. */
    public Connector choose(String fileName, Optional<String> connectorId) {
        if (connectorId.isPresent()) {
            Connector connector = registry.require(ExtensionKind.CONNECTOR, connectorId.get(), Connector.class);
            if (!connector.capabilities().contains(ConnectorCapability.FILE)) {
                throw LucentException.invalid("The connector '" + connectorId.get() + "' does not read files");
            }
            return connector;
        }
        List<Connector> fileConnectors = registry.extensions(ExtensionKind.CONNECTOR, Connector.class).stream()
                .filter(c -> c.capabilities().contains(ConnectorCapability.FILE)).toList();
        Optional<String> extension = FileNames.extension(fileName);
        if (extension.isPresent()) {
            for (Connector connector : fileConnectors) {
                if (connector.fileExtensions().contains(extension.get())) {
                    return connector;
                }
            }
        }
        TreeSet<String> known = new TreeSet<>();
        fileConnectors.forEach(c -> known.addAll(c.fileExtensions()));
        throw new LucentException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                "No connector reads '" + fileName + "'" + extension.map(e -> " (." + e + ")").orElse(" (no extension)")
                        + "; known file types: " + known + ". Name the connector with the form field 'connector' to choose one.",
                Map.of("knownExtensions", List.copyOf(known)));
    }
}
