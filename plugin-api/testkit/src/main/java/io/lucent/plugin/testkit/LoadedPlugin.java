package io.lucent.plugin.testkit;

import io.lucent.plugin.api.ExtensionKind;
import io.lucent.plugin.api.LucentExtension;
import io.lucent.plugin.testkit.internal.TestKitPluginManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.pf4j.PluginWrapper;

/**
 * A plugin loaded from its zip and started by a real PF4J plugin manager, as the Lucent host would load it.
 *
 * <p>Extensions handed out by this class are wrapped so that every call into them (and into API objects they
 * return, such as a {@code TableReader}) runs with the plugin's class loader as thread context class loader,
 * as the host does. One instance of each extension class exists, shared by all callers, as in the host.
 *
 * <p>Thread-safe once loaded. Close it to stop the plugin and delete its temporary plugins directory.
 */
public final class LoadedPlugin implements AutoCloseable {

    private final PluginZip zip;
    private final TestKitPluginManager manager;
    private final PluginWrapper plugin;
    private final Path pluginsDirectory;
    private final Map<ExtensionKind, List<LucentExtension>> extensions;

    LoadedPlugin(PluginZip zip, TestKitPluginManager manager, PluginWrapper plugin, Path pluginsDirectory,
                 Map<ExtensionKind, List<LucentExtension>> extensions) {
        this.zip = zip;
        this.manager = manager;
        this.plugin = plugin;
        this.pluginsDirectory = pluginsDirectory;
        this.extensions = Map.copyOf(extensions);
    }

    /**
     * Loads the zip named by the system property {@value PluginZip#ZIP_PROPERTY}.
     *
     * @return the started plugin
     * @throws PluginCheckFailure if the zip breaks a rule or the plugin does not start
     */
    public static LoadedPlugin fromSystemProperty() {
        return PluginZip.fromSystemProperty().load();
    }

    /**
     * The zip this plugin was loaded from.
     *
     * @return the zip
     */
    public PluginZip zip() {
        return zip;
    }

    /**
     * The plugin's id from its manifest.
     *
     * @return the plugin id
     */
    public String pluginId() {
        return plugin.getPluginId();
    }

    /**
     * The class loader PF4J created for the plugin.
     *
     * @return the plugin's class loader
     */
    public ClassLoader classLoader() {
        return plugin.getPluginClassLoader();
    }

    /**
     * The plugin's extensions of one kind, in PF4J's order.
     *
     * @param kind the kind
     * @return the extensions, wrapped as described in the class comment; possibly empty
     */
    public List<LucentExtension> extensions(ExtensionKind kind) {
        return extensions.getOrDefault(kind, List.of());
    }

    /**
     * The extension of one kind with the given id.
     *
     * @param <T>            the extension-point type
     * @param extensionPoint the extension-point interface, for example {@code ForecastMethod.class}
     * @param id             the extension id
     * @return the extension, wrapped as described in the class comment
     * @throws PluginCheckFailure if the plugin has no such extension
     */
    public <T extends LucentExtension> T extension(Class<T> extensionPoint, String id) {
        ExtensionKind kind = Stream.of(ExtensionKind.values())
                .filter(k -> k.extensionPoint().equals(extensionPoint))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(extensionPoint.getName() + " is not a Lucent extension point"));
        List<LucentExtension> candidates = extensions(kind);
        return candidates.stream()
                .filter(extension -> extension.id().equals(id))
                .findFirst()
                .map(extensionPoint::cast)
                .orElseThrow(() -> new PluginCheckFailure("Plugin " + pluginId(), List.of("it has no " + kind.wireName()
                        + " with id '" + id + "'; its " + kind.wireName() + " ids are "
                        + candidates.stream().map(LucentExtension::id).toList())));
    }

    /**
     * Runs code with the plugin's class loader as thread context class loader, as the host does around calls
     * into a plugin. Calls through the extensions of this class already do this.
     *
     * @param <R>  the result type
     * @param call the code
     * @return what the code returned
     */
    public <R> R withPluginContextClassLoader(Supplier<R> call) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(classLoader());
        try {
            return call.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Stops and unloads the plugin and deletes its temporary plugins directory. Idempotent. */
    @Override
    public void close() {
        shutDown(manager, pluginsDirectory);
    }

    static void shutDown(TestKitPluginManager manager, Path pluginsDirectory) {
        manager.stopPlugins();
        manager.unloadPlugins();
        deleteRecursively(pluginsDirectory);
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary plugins directory " + directory, e);
        }
    }

    @Override
    public String toString() {
        return "LoadedPlugin[" + pluginId() + " " + zip.manifest().version() + "]";
    }
}
