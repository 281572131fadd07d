package io.lucent.plugin.testkit.internal;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;

/**
 * The parent of every plugin class loader the test kit creates: it shows a plugin the JDK, the Lucent plugin
 * API, PF4J and the SLF4J API, and nothing else of the test class path. A plugin that works in the test kit therefore does
 * not secretly depend on a library that only happens to be on the test class path (JUnit, AssertJ, the
 * plugin's own {@code target/classes}, its compile dependencies outside the zip).
 *
 * <p>Thread-safe.
 */
final class HostApiClassLoader extends ClassLoader {

    /**
     * Package prefixes loaded from the host, as the Lucent host shares them: the plugin API, PF4J and the SLF4J
     * API. Everything else comes from the JDK.
     */
    static final List<String> SHARED_PACKAGES = List.of("io.lucent.plugin.api.", "org.pf4j.", "org.slf4j.");

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader host;

    /**
     * Creates the loader.
     *
     * @param host the class loader that holds the plugin API and PF4J, usually the test class path's
     */
    HostApiClassLoader(ClassLoader host) {
        super("lucent-host-api", ClassLoader.getPlatformClassLoader());
        this.host = Objects.requireNonNull(host, "host is null");
    }

    /**
     * Whether a class is shared between host and plugins.
     *
     * @param className the binary class name
     * @return true for classes of the plugin API, PF4J and the SLF4J API
     */
    static boolean isShared(String className) {
        return SHARED_PACKAGES.stream().anyMatch(className::startsWith);
    }

    private static boolean isSharedResource(String resourceName) {
        return SHARED_PACKAGES.stream().anyMatch(prefix -> resourceName.startsWith(prefix.replace('.', '/')));
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (isShared(name)) {
            return host.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }

    @Override
    protected URL findResource(String name) {
        return isSharedResource(name) ? host.getResource(name) : null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        return isSharedResource(name) ? host.getResources(name) : Collections.emptyEnumeration();
    }
}
