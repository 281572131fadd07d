package io.lucent.plugin.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A built plugin zip that passed the test kit's layout checks, ready to be {@linkplain #load() loaded}.
 *
 * <p>The checks: {@code plugin.properties} at the root with {@code plugin.id}, a semantic
 * {@code plugin.version} and a {@code plugin.requires} range that includes this plugin API version and
 * excludes the next major one; no plugin dependencies; an extensions index listing classes that exist; and
 * neither the plugin API nor PF4J in {@code classes/} or in any jar of {@code lib/}.
 *
 * <p>Immutable and thread-safe.
 */
public final class PluginZip {

    /** The system property that names the zip under test; the plugin's build sets it for its {@code *IT} tests. */
    public static final String ZIP_PROPERTY = "lucent.plugin.zip";

    private final Path path;
    private final PluginManifest manifest;

    private PluginZip(Path path, PluginManifest manifest) {
        this.path = path;
        this.manifest = manifest;
    }

    /**
     * The zip named by the system property {@value #ZIP_PROPERTY}.
     *
     * @return the checked zip
     * @throws PluginCheckFailure if the property is not set, the file does not exist or breaks a rule
     */
    public static PluginZip fromSystemProperty() {
        String value = System.getProperty(ZIP_PROPERTY);
        if (value == null || value.isBlank()) {
            throw new PluginCheckFailure("The test run", List.of("the system property " + ZIP_PROPERTY
                    + " does not name the plugin zip: set it in the failsafe configuration and run the test after"
                    + " 'package', for example with 'mvn verify'"));
        }
        return at(Path.of(value));
    }

    /**
     * The zip at a path.
     *
     * @param path the zip file
     * @return the checked zip
     * @throws PluginCheckFailure if the file does not exist or breaks a rule
     */
    public static PluginZip at(Path path) {
        Objects.requireNonNull(path, "path is null");
        if (!Files.isRegularFile(path)) {
            throw new PluginCheckFailure("Plugin zip " + path, List.of("the file does not exist; build it with 'mvn package' first"));
        }
        return new PluginZip(path.toAbsolutePath(), new ZipLayoutCheck(path).run());
    }

    /**
     * Where the zip is.
     *
     * @return the absolute path
     */
    public Path path() {
        return path;
    }

    /**
     * The zip's {@code plugin.properties}.
     *
     * @return the manifest
     */
    public PluginManifest manifest() {
        return manifest;
    }

    /**
     * Installs the zip into a fresh temporary plugins directory, loads and starts it through a real PF4J plugin
     * manager configured as the Lucent host, and checks its extensions. Close the result when done.
     *
     * @return the started plugin
     * @throws PluginCheckFailure if the plugin does not reach the STARTED state (with PF4J's reason) or one of
     *                            its extensions breaks a rule
     */
    public LoadedPlugin load() {
        return new PluginInstaller(this).install();
    }

    @Override
    public String toString() {
        return "PluginZip[" + manifest.id() + " " + manifest.version() + ", " + path + "]";
    }
}
