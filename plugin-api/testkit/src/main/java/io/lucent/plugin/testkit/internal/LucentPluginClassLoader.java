package io.lucent.plugin.testkit.internal;

import java.net.URL;
import org.pf4j.ClassLoadingStrategy;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;

/**
 * A plugin's class loader with Lucent's rules: the plugin's own classes and libraries first, then the parent;
 * but the plugin API, PF4J and the SLF4J API always from the parent (PF4J already does this for its own
 * packages), so that a plugin can never shadow the types it shares with the host.
 *
 * <p>Thread-safe.
 */
final class LucentPluginClassLoader extends PluginClassLoader {

    static {
        registerAsParallelCapable();
    }

    LucentPluginClassLoader(PluginManager manager, PluginDescriptor descriptor, ClassLoader parent) {
        super(manager, descriptor, parent, ClassLoadingStrategy.PDA);
    }

    @Override
    public Class<?> loadClass(String className) throws ClassNotFoundException {
        if (HostApiClassLoader.isShared(className)) {
            return getParent().loadClass(className);
        }
        return super.loadClass(className);
    }

    @Override
    public URL getResource(String name) {
        if (HostApiClassLoader.isShared(name.replace('/', '.'))) {
            return getParent().getResource(name);
        }
        return super.getResource(name);
    }
}
