package io.lucent.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.plugin.api.ExtensionKind;
import io.lucent.plugin.api.LucentExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The base of the contract tests of every extension kind: loads the plugin zip once per test class through
 * {@link PluginZip#load()}, finds the extension under test by its id, and checks what every extension must
 * do. Subclasses are the per-kind contracts ({@link ForecastMethodContract}, {@link ConnectorContract}, ...),
 * which plugin authors extend in turn.
 *
 * <p>Runs with {@link TestInstance.Lifecycle#PER_CLASS}: one instance per test class, so the plugin is
 * loaded once. Calls into the extension run with the plugin's class loader as thread context class loader.
 * A contract instance is not thread-safe: JUnit runs its tests one after the other; the checks that need
 * several threads start them themselves.
 *
 * @param <T> the extension-point type
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ExtensionContract<T extends LucentExtension> {

    private final ExtensionKind kind;
    private final Class<T> extensionPoint;
    private LoadedPlugin plugin;
    private T extension;

    /**
     * Creates the contract for one kind.
     *
     * @param kind           the kind
     * @param extensionPoint the kind's extension-point interface
     */
    protected ExtensionContract(ExtensionKind kind, Class<T> extensionPoint) {
        this.kind = Objects.requireNonNull(kind, "kind is null");
        this.extensionPoint = Objects.requireNonNull(extensionPoint, "extensionPoint is null");
        if (!kind.extensionPoint().equals(extensionPoint)) {
            throw new IllegalArgumentException(extensionPoint + " is not the extension point of " + kind);
        }
    }

    /**
     * The id of the extension under test, as its {@link LucentExtension#id()} returns it.
     *
     * @return the extension id
     */
    protected abstract String extensionId();

    /**
     * The plugin zip to load. By default the one named by the system property
     * {@value PluginZip#ZIP_PROPERTY}, which the plugin's build sets for its {@code *IT} tests.
     *
     * @return the zip
     */
    protected PluginZip pluginZip() {
        return PluginZip.fromSystemProperty();
    }

    /**
     * The raw settings the contract calls the extension with, validated through its schema. By default none,
     * so the schema's defaults apply; override when a setting is required or to test a non-default
     * configuration.
     *
     * @return the settings as a user would give them
     */
    protected Map<String, Object> settings() {
        return Map.of();
    }

    /**
     * Loads the plugin and finds the extension. JUnit calls it once before the tests of the class.
     *
     * @throws PluginCheckFailure if the zip breaks a rule, the plugin does not start or lacks the extension
     */
    @BeforeAll
    protected final void loadPluginUnderTest() {
        plugin = pluginZip().load();
        extension = plugin.extension(extensionPoint, extensionId());
    }

    /** Stops the plugin and removes its temporary directory. JUnit calls it once after the tests. */
    @AfterAll
    protected final void closePluginUnderTest() {
        if (plugin != null) {
            plugin.close();
            plugin = null;
        }
    }

    /**
     * The loaded plugin.
     *
     * @return the plugin
     */
    protected final LoadedPlugin plugin() {
        return Objects.requireNonNull(plugin, "the plugin is not loaded yet");
    }

    /**
     * The extension under test, wrapped so that calls run with the plugin's context class loader.
     *
     * @return the extension
     */
    protected final T extension() {
        return Objects.requireNonNull(extension, "the plugin is not loaded yet");
    }

    /**
     * A fresh context with {@link #settings()}, for one call.
     *
     * @return the context
     */
    protected final TestPluginContext newContext() {
        return TestPluginContext.forExtension(extension(), settings());
    }

    /**
     * Runs tasks on several threads at once and returns their results in task order; the first failure of a
     * task is rethrown. Used to check that extensions are thread-safe.
     *
     * @param <R>   the result type
     * @param tasks the tasks
     * @return the results, in task order
     * @throws Exception the first failure of a task
     */
    protected static <R> List<R> runConcurrently(List<Callable<R>> tasks) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(Math.max(2, Math.min(8, tasks.size())));
        try {
            List<Future<R>> futures = executor.invokeAll(tasks);
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Exception cause) {
                        throw cause;
                    }
                    throw e;
                }
            }
            return results;
        } finally {
            executor.shutdownNow();
        }
    }

    /** The settings the contract uses pass the extension's own schema, as the host requires before a call. */
    @Test
    public void acceptsTheContractSettings() {
        assertThat(newContext().settings().asMap().keySet())
                .as("validated settings of %s '%s'", kind.wireName(), extensionId())
                .containsAll(settings().keySet());
    }
}
