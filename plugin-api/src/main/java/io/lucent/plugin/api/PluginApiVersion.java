package io.lucent.plugin.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this plugin API, which plugins declare a range against in {@code plugin.requires}. */
public final class PluginApiVersion {

    private PluginApiVersion() {
    }

    /**
     * The semantic version of the plugin API on the class path, for example {@code "1.0.0"}.
     *
     * @return the version
     */
    public static String current() {
        try (InputStream in = PluginApiVersion.class.getResourceAsStream("plugin-api.properties")) {
            if (in == null) {
                throw new IllegalStateException("plugin-api.properties is missing from the plugin API jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
