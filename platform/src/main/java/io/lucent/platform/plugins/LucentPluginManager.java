package io.lucent.platform.plugins;

import java.nio.file.Path;
import org.pf4j.DefaultPluginLoader;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginLoader;
import org.pf4j.PluginManager;

/** PF4J's manager with Lucent's class loading: plugins load from expanded directories, API parent-first. */
final class LucentPluginManager extends DefaultPluginManager {

    LucentPluginManager(Path workDirectory, String apiVersion) {
        super(workDirectory);
        setSystemVersion(apiVersion);
    }

    @Override
    protected PluginLoader createPluginLoader() {
        return new ApiFirstPluginLoader(this);
    }

    private static final class ApiFirstPluginLoader extends DefaultPluginLoader {
        ApiFirstPluginLoader(PluginManager manager) {
            super(manager);
        }

        @Override
        protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
            return new ApiFirstPluginClassLoader(pluginManager, descriptor, getClass().getClassLoader());
        }
    }
}
