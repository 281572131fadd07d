package io.lucent.platform.plugins;

import io.lucent.plugin.api.ExtensionKind;
import io.lucent.plugin.api.LucentExtension;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plugins the host loaded and their extensions, looked up by kind and id on every use (never cached by
 * callers, so a plugin disabled at run time disappears at once). Thread-safe.
 */
public final class PluginRegistry implements PluginCallGuard.FailureListener {

    /** One extension and the plugin it belongs to. */
    record Registered(String pluginId, ExtensionKind kind, ExtensionDescriptor descriptor, LucentExtension extension) {
    }

    private final Map<String, PluginStatus> statuses = new ConcurrentHashMap<>();
    private final Map<ExtensionKind, Map<String, Registered>> extensions = new ConcurrentHashMap<>();

    PluginRegistry() {
        for (ExtensionKind kind : ExtensionKind.values()) {
            extensions.put(kind, new ConcurrentHashMap<>());
        }
    }

    /** Records a plugin's status, keyed by where it came from (two files may claim one id). */
    void record(PluginStatus status) {
        statuses.put(status.source(), status);
    }

    /** Registers a started plugin's extensions; refuses the lot if any id is taken by another plugin. */
    synchronized Optional<String> registerAll(String pluginId, List<Registered> candidates) {
        for (Registered candidate : candidates) {
            Registered existing = extensions.get(candidate.kind()).get(candidate.descriptor().id());
            if (existing != null) {
                return Optional.of("its " + candidate.descriptor().kind() + " '" + candidate.descriptor().id()
                        + "' is already provided by plugin '" + existing.pluginId() + "'");
            }
        }
        for (Registered candidate : candidates) {
            extensions.get(candidate.kind()).put(candidate.descriptor().id(), candidate);
        }
        return Optional.empty();
    }

    @Override
    public void pluginBroken(String pluginId, String reason) {
        extensions.values().forEach(byId -> byId.values().removeIf(r -> r.pluginId().equals(pluginId)));
        statuses.replaceAll((source, status) ->
                status.id().equals(pluginId) && status.state() == PluginState.STARTED ? status.asFailed(reason) : status);
    }

    /** Every plugin, sorted by id, then source. */
    public List<PluginStatus> plugins() {
        List<PluginStatus> all = new ArrayList<>(statuses.values());
        all.sort(Comparator.comparing(PluginStatus::id).thenComparing(PluginStatus::source));
        return all;
    }

    /** One plugin by id: the started one if any, else the first reported under that id. */
    public Optional<PluginStatus> plugin(String pluginId) {
        return plugins().stream().filter(p -> p.id().equals(pluginId))
                .min(Comparator.comparing((PluginStatus p) -> p.state() != PluginState.STARTED));
    }

    /** The available extensions of a kind, sorted by id. */
    public <T extends LucentExtension> List<T> extensions(ExtensionKind kind, Class<T> type) {
        return extensions.get(kind).values().stream()
                .sorted(Comparator.comparing(r -> r.descriptor().id()))
                .map(r -> type.cast(r.extension()))
                .toList();
    }

    /** Descriptors of the available extensions of a kind, sorted by id. */
    public List<ExtensionDescriptor> descriptors(ExtensionKind kind) {
        return extensions.get(kind).values().stream().map(Registered::descriptor)
                .sorted(Comparator.comparing(ExtensionDescriptor::id)).toList();
    }

    /** The extension of a kind with an id, if available. */
    public <T extends LucentExtension> Optional<T> find(ExtensionKind kind, String id, Class<T> type) {
        return Optional.ofNullable(extensions.get(kind).get(id)).map(r -> type.cast(r.extension()));
    }

    /** The extension of a kind with an id; a 404 naming the available ones if there is none. */
    public <T extends LucentExtension> T require(ExtensionKind kind, String id, Class<T> type) {
        return find(kind, id, type).orElseThrow(() -> new LucentException(ErrorCode.NOT_FOUND,
                "There is no " + kind.wireName() + " '" + id + "'; available: " + extensions.get(kind).keySet().stream().sorted().toList(),
                Map.of("kind", kind.wireName(), "id", id)));
    }
}
