package io.lucent.plugin.testkit;

import io.lucent.plugin.api.ExtensionKind;
import io.lucent.plugin.api.LucentExtension;
import io.lucent.plugin.api.PluginApiVersion;
import io.lucent.plugin.testkit.internal.PluginCallHandler;
import io.lucent.plugin.testkit.internal.TestKitPluginManager;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/** Installs one plugin zip into a fresh plugins directory and starts it. Confined to one call. */
final class PluginInstaller {

    private final PluginZip zip;

    PluginInstaller(PluginZip zip) {
        this.zip = zip;
    }

    LoadedPlugin install() {
        Path directory = createPluginsDirectory();
        TestKitPluginManager manager = new TestKitPluginManager(directory);
        boolean started = false;
        try {
            PluginWrapper plugin = loadAndStart(manager, copyInto(directory));
            Map<ExtensionKind, List<LucentExtension>> extensions = collectExtensions(manager, plugin);
            new ExtensionChecks(zip).run(extensions);
            started = true;
            return new LoadedPlugin(zip, manager, plugin, directory, extensions);
        } finally {
            if (!started) {
                LoadedPlugin.shutDown(manager, directory);
            }
        }
    }

    private Path createPluginsDirectory() {
        try {
            return Files.createTempDirectory("lucent-plugins-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary plugins directory", e);
        }
    }

    private Path copyInto(Path directory) {
        try {
            return Files.copy(zip.path(), directory.resolve(zip.path().getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + zip.path() + " into " + directory, e);
        }
    }

    private PluginWrapper loadAndStart(TestKitPluginManager manager, Path installed) {
        String subject = "Plugin " + zip.manifest().id() + " " + zip.manifest().version();
        String pluginId;
        try {
            pluginId = manager.loadPlugin(installed);
        } catch (RuntimeException e) {
            throw new PluginCheckFailure(subject, "PF4J could not load it: " + e, e);
        }
        manager.startPlugins();
        PluginWrapper plugin = manager.getPlugin(pluginId);
        if (plugin.getPluginState() != PluginState.STARTED) {
            throw new PluginCheckFailure(subject, List.of("it did not reach STARTED but is "
                    + plugin.getPluginState() + ": " + failureReason(plugin)));
        }
        return plugin;
    }

    private static String failureReason(PluginWrapper plugin) {
        Throwable failure = plugin.getFailedException();
        if (failure != null) {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            return "starting it threw " + trace;
        }
        if (plugin.getPluginState() == PluginState.DISABLED) {
            return "PF4J disabled it; plugin.requires '" + plugin.getDescriptor().getRequires()
                    + "' does not admit the plugin API version " + PluginApiVersion.current();
        }
        return "PF4J gave no reason; see its log above";
    }

    private Map<ExtensionKind, List<LucentExtension>> collectExtensions(TestKitPluginManager manager, PluginWrapper plugin) {
        String pluginId = plugin.getPluginId();
        ClassLoader loader = plugin.getPluginClassLoader();
        Map<ExtensionKind, List<LucentExtension>> extensions = new EnumMap<>(ExtensionKind.class);
        Set<String> matched = new HashSet<>();
        for (ExtensionKind kind : ExtensionKind.values()) {
            List<LucentExtension> ofKind = new ArrayList<>();
            List<? extends LucentExtension> found;
            try {
                found = manager.getExtensions(kind.extensionPoint(), pluginId);
            } catch (RuntimeException | LinkageError e) {
                throw new PluginCheckFailure("Plugin " + pluginId, "creating its " + kind.wireName()
                        + " extensions failed (extension classes need a public no-argument constructor): " + e, e);
            }
            for (LucentExtension extension : found) {
                matched.add(extension.getClass().getName());
                ofKind.add(PluginCallHandler.wrap(kind.extensionPoint(), extension, loader));
            }
            extensions.put(kind, List.copyOf(ofKind));
        }
        List<String> problems = new ArrayList<>();
        for (String className : manager.getExtensionClassNames(pluginId)) {
            if (!matched.contains(className)) {
                problems.add(unmatchedReason(className, loader));
            }
        }
        if (!problems.isEmpty()) {
            throw new PluginCheckFailure("Plugin " + pluginId, problems);
        }
        return extensions;
    }

    private static String unmatchedReason(String className, ClassLoader loader) {
        try {
            Class.forName(className, false, loader);
            return className + " is indexed as an extension but implements none of the Lucent extension points"
                    + " (Connector, ForecastMethod, InsightRulePack, AiProvider, Exporter)";
        } catch (ClassNotFoundException | LinkageError e) {
            return className + " cannot be loaded from the plugin (is a library missing from lib/?): " + e;
        }
    }
}
