package io.lucent.plugin.testkit.internal;

import io.lucent.plugin.api.PluginApiVersion;
import java.nio.file.Path;
import org.pf4j.DefaultPluginLoader;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ExtensionFactory;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginLoader;
import org.pf4j.RuntimeMode;
import org.pf4j.SingletonExtensionFactory;

/**
 * The PF4J plugin manager the test kit loads a plugin with, configured as the Lucent host configures its own:
 * deployment mode, zip plugins unpacked into the plugins directory, the plugin API version as system version
 * (so {@code plugin.requires} is enforced), one extension instance per class, and
 * {@link LucentPluginClassLoader}s whose parent only shows the API, PF4J and the JDK.
 *
 * <p>Not thread-safe while loading; the loaded extensions are shared, as in the host.
 */
public final class TestKitPluginManager extends DefaultPluginManager {

    /**
     * Creates a manager over one plugins directory.
     *
     * @param pluginsDirectory the directory plugins are unpacked into
     */
    public TestKitPluginManager(Path pluginsDirectory) {
        super(pluginsDirectory);
        setSystemVersion(PluginApiVersion.current());
    }

    @Override
    public RuntimeMode getRuntimeMode() {
        return RuntimeMode.DEPLOYMENT;
    }

    @Override
    protected ExtensionFactory createExtensionFactory() {
        return new SingletonExtensionFactory(this);
    }

    // Called from the superclass constructor: it must not use fields of this class.
    @Override
    protected PluginLoader createPluginLoader() {
        return new DefaultPluginLoader(this) {
            @Override
            protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
                ClassLoader parent = new HostApiClassLoader(PluginApiVersion.class.getClassLoader());
                return new LucentPluginClassLoader(pluginManager, descriptor, parent);
            }
        };
    }
}
