package io.lucent.platform.plugins;

import io.lucent.plugin.api.ExtensionKind;
import io.lucent.plugin.api.LucentExtension;
import io.lucent.plugin.api.PluginApiVersion;
import io.lucent.plugin.api.settings.SettingsSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.pf4j.PluginAlreadyLoadedException;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the plugins from the plugins directory, one at a time, so that a plugin that cannot be opened,
 * loaded, started or validated is reported as {@link PluginState#FAILED} with its reason and never stops the
 * host. A second plugin with an id already loaded is refused. Plugins switched off in the configuration are
 * reported as {@link PluginState#DISABLED} and not started.
 */
public final class PluginHost implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PluginHost.class);
    private static final Pattern EXTENSION_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private final Path pluginsDirectory;
    private final Path cacheDirectory;
    private final Set<String> disabled;
    private final LucentPluginManager manager;
    private final PluginRegistry registry = new PluginRegistry();
    private final List<String> started = new ArrayList<>();
    private final boolean deleteCacheOnClose;

    private PluginHost(Path pluginsDirectory, Path cacheDirectory, Set<String> disabled, boolean deleteCacheOnClose) {
        this.pluginsDirectory = pluginsDirectory;
        this.cacheDirectory = cacheDirectory;
        this.disabled = Set.copyOf(disabled);
        this.deleteCacheOnClose = deleteCacheOnClose;
        this.manager = new LucentPluginManager(cacheDirectory, PluginApiVersion.current());
    }

    /**
     * Loads and starts every plugin found.
     *
     * @param pluginsDirectory where the plugin zips (or expanded plugin directories) are
     * @param cacheDirectory   where zips are expanded
     * @param disabled         plugin ids not to start
     */
    public static PluginHost start(Path pluginsDirectory, Path cacheDirectory, Set<String> disabled) {
        PluginHost host = new PluginHost(pluginsDirectory, cacheDirectory, disabled, false);
        host.loadAll();
        return host;
    }

    /**
     * Loads and starts every plugin found, expanding zips into a temporary directory that {@link #close()} deletes:
     * for one-off commands that run without a data directory.
     *
     * @param pluginsDirectory where the plugin zips (or expanded plugin directories) are
     */
    public static PluginHost startWithTemporaryCache(Path pluginsDirectory) throws IOException {
        PluginHost host = new PluginHost(pluginsDirectory, Files.createTempDirectory("lucent-plugins"), Set.of(), true);
        host.loadAll();
        return host;
    }

    public PluginRegistry registry() {
        return registry;
    }

    private void loadAll() {
        if (!Files.isDirectory(pluginsDirectory)) {
            LOG.warn("The plugins directory {} does not exist: no plugins loaded", pluginsDirectory);
            return;
        }
        List<Path> candidates;
        try (Stream<Path> entries = Files.list(pluginsDirectory)) {
            candidates = entries.filter(PluginHost::looksLikePlugin).sorted().toList();
        } catch (IOException e) {
            LOG.error("Cannot list the plugins directory {}", pluginsDirectory, e);
            return;
        }
        for (Path candidate : candidates) {
            loadOne(candidate);
        }
        long ok = registry.plugins().stream().filter(p -> p.state() == PluginState.STARTED).count();
        LOG.info("Plugins: {} started, {} listed, from {}", ok, registry.plugins().size(), pluginsDirectory);
    }

    private static boolean looksLikePlugin(Path path) {
        String name = path.getFileName().toString();
        return !name.startsWith(".") && (name.endsWith(".zip") || Files.isDirectory(path));
    }

    private void loadOne(Path source) {
        String sourceName = source.getFileName().toString();
        Path directory;
        try {
            directory = sourceName.endsWith(".zip") ? PluginArchive.expand(source, cacheDirectory) : source;
        } catch (IOException e) {
            fail(sourceName, "", source, null, "cannot open the plugin archive: " + e.getMessage());
            return;
        }
        String pluginId;
        try {
            pluginId = manager.loadPlugin(directory);
        } catch (PluginAlreadyLoadedException e) {
            fail(e.getPluginId(), "", source, null, "refused: another plugin with id '" + e.getPluginId()
                    + "' is already loaded; remove one of the two versions");
            LOG.error("Plugin {} refused: id {} is already loaded. Remove one of the two versions.", source, e.getPluginId());
            return;
        } catch (RuntimeException e) {
            fail(sourceName, "", source, null, "cannot load: " + describe(e));
            return;
        }
        if (pluginId == null) {
            fail(sourceName, "", source, null, "not a plugin: no plugin.properties or manifest descriptor found");
            return;
        }
        PluginWrapper wrapper = manager.getPlugin(pluginId);
        PluginDescriptor descriptor = wrapper.getDescriptor();
        if (disabled.contains(pluginId)) {
            registry.record(new PluginStatus(pluginId, descriptor.getVersion(), PluginState.DISABLED, null, source.toString(),
                    descriptor.getRequires(), descriptor.getProvider(), List.of()));
            manager.unloadPlugin(pluginId);
            return;
        }
        if (wrapper.getPluginState() == org.pf4j.PluginState.DISABLED || !isCompatible(descriptor)) {
            failAndUnload(pluginId, descriptor, source, "requires plugin API '" + descriptor.getRequires()
                    + "' but this Lucent provides plugin API " + PluginApiVersion.current());
            return;
        }
        try {
            org.pf4j.PluginState state = manager.startPlugin(pluginId);
            if (state != org.pf4j.PluginState.STARTED) {
                Throwable cause = wrapper.getFailedException();
                failAndUnload(pluginId, descriptor, source, "failed to start" + (cause == null ? " (state " + state + ")" : ": " + describe(cause)));
                return;
            }
        } catch (RuntimeException | LinkageError e) {
            failAndUnload(pluginId, descriptor, source, "failed to start: " + describe(e));
            return;
        }
        List<PluginRegistry.Registered> extensions;
        try {
            extensions = instantiateExtensions(pluginId, wrapper.getPluginClassLoader());
        } catch (RuntimeException | LinkageError | ReflectiveOperationException e) {
            failAndUnload(pluginId, descriptor, source, "its extensions cannot be created: " + describe(e));
            return;
        }
        if (extensions.isEmpty()) {
            failAndUnload(pluginId, descriptor, source, "provides no extensions (is the extensions index META-INF/extensions.idx missing?)");
            return;
        }
        var conflict = registry.registerAll(pluginId, extensions);
        if (conflict.isPresent()) {
            failAndUnload(pluginId, descriptor, source, "refused: " + conflict.get());
            return;
        }
        started.add(pluginId);
        registry.record(new PluginStatus(pluginId, descriptor.getVersion(), PluginState.STARTED, null, source.toString(),
                descriptor.getRequires(), descriptor.getProvider(), extensions.stream().map(PluginRegistry.Registered::descriptor).toList()));
        LOG.info("Plugin {} {} started with {} extension(s)", pluginId, descriptor.getVersion(), extensions.size());
    }

    private boolean isCompatible(PluginDescriptor descriptor) {
        String requires = descriptor.getRequires();
        return requires == null || requires.isBlank() || requires.equals("*")
                || manager.getVersionManager().checkVersionConstraint(PluginApiVersion.current(), requires);
    }

    private List<PluginRegistry.Registered> instantiateExtensions(String pluginId, ClassLoader loader) throws ReflectiveOperationException {
        List<PluginRegistry.Registered> result = new ArrayList<>();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            for (ExtensionKind kind : ExtensionKind.values()) {
                Set<String> ids = new HashSet<>();
                for (Class<? extends LucentExtension> type : manager.getExtensionClasses(kind.extensionPoint(), pluginId)) {
                    LucentExtension extension = type.getDeclaredConstructor().newInstance();
                    String id = extension.id();
                    if (id == null || !EXTENSION_ID.matcher(id).matches()) {
                        throw new IllegalStateException(type.getName() + " has a malformed id '" + id
                                + "' (lower-case letters, digits, '.', '_', '-'; at most 64)");
                    }
                    if (!ids.add(id)) {
                        throw new IllegalStateException("two " + kind.wireName() + " extensions share the id '" + id + "'");
                    }
                    SettingsSchema schema = extension.settingsSchema();
                    ExtensionDescriptor descriptor = new ExtensionDescriptor(kind.wireName(), id, extension.displayName(),
                            extension.description(), SettingsJsonSchema.of(schema));
                    LucentExtension guarded = wrap(kind, extension, loader, pluginId, id);
                    result.add(new PluginRegistry.Registered(pluginId, kind, descriptor, guarded));
                }
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private <T extends LucentExtension> T wrap(ExtensionKind kind, LucentExtension extension, ClassLoader loader, String pluginId, String id) {
        Class<T> point = (Class<T>) kind.extensionPoint();
        return PluginCallGuard.wrap(point, point.cast(extension), loader, pluginId, id, registry);
    }

    private void failAndUnload(String pluginId, PluginDescriptor descriptor, Path source, String reason) {
        fail(pluginId, descriptor.getVersion(), source, descriptor, reason);
        try {
            manager.stopPlugin(pluginId);
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("Stopping failed plugin {} failed too", pluginId, e);
        }
        try {
            manager.unloadPlugin(pluginId);
        } catch (RuntimeException e) {
            LOG.debug("Unloading failed plugin {} failed", pluginId, e);
        }
    }

    private void fail(String id, String version, Path source, PluginDescriptor descriptor, String reason) {
        LOG.error("Plugin {} ({}) FAILED: {}", id, source, reason);
        registry.record(PluginStatus.failed(id, version, source.toString(),
                descriptor == null ? "" : descriptor.getRequires(), descriptor == null ? "" : descriptor.getProvider(), reason));
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** Stops every started plugin, one by one. */
    @Override
    public void close() {
        for (String pluginId : List.copyOf(started)) {
            try {
                manager.stopPlugin(pluginId);
                manager.unloadPlugin(pluginId);
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("Plugin {} did not stop cleanly", pluginId, e);
            }
        }
        started.clear();
        if (deleteCacheOnClose) {
            try {
                PluginArchive.deleteRecursively(cacheDirectory);
            } catch (IOException e) {
                LOG.warn("Cannot delete the temporary plugin directory {}", cacheDirectory, e);
            }
        }
    }
}
