package io.lucent.plugin.api.connector;

/** What a connector can do. A connector may have both capabilities. */
public enum ConnectorCapability {
    /** Parses an uploaded file: {@link Connector#readFile(FileInput, io.lucent.plugin.api.PluginContext)}. */
    FILE,
    /** Reads a live source: connection test, table listing, describe and fetch. */
    LIVE
}
