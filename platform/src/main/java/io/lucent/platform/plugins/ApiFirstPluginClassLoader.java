package io.lucent.platform.plugins;

import org.pf4j.ClassLoadingStrategy;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;

/**
 * A plugin's class loader: the plugin's own classes and libraries first (so a plugin may bring other versions
 * of libraries than the host), except the plugin API and SLF4J, which always come from the host so that
 * extension types are shared. JDK and PF4J classes are parent-first in PF4J already.
 */
final class ApiFirstPluginClassLoader extends PluginClassLoader {

    private static final String[] PARENT_FIRST = {"io.lucent.plugin.api.", "org.slf4j."};

    ApiFirstPluginClassLoader(PluginManager manager, PluginDescriptor descriptor, ClassLoader parent) {
        super(manager, descriptor, parent, ClassLoadingStrategy.PDA);
    }

    @Override
    public Class<?> loadClass(String className) throws ClassNotFoundException {
        for (String prefix : PARENT_FIRST) {
            if (className.startsWith(prefix)) {
                synchronized (getClassLoadingLock(className)) {
                    return getParent().loadClass(className);
                }
            }
        }
        return super.loadClass(className);
    }
}
