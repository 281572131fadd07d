package io.lucent.plugin.testkit.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Objects;

/**
 * Wraps an object a plugin created so that every call into it runs with the plugin's class loader as thread
 * context class loader, as the host does. Objects of API interfaces returned by such calls (for example the
 * {@code TableReader} of a connector) are wrapped in turn. Exceptions thrown by the plugin pass through
 * unchanged.
 *
 * <p>Thread-safe; the context class loader is set and restored on the calling thread.
 */
public final class PluginCallHandler implements InvocationHandler {

    private static final String API_PACKAGE = "io.lucent.plugin.api.";

    private final Object target;
    private final ClassLoader pluginClassLoader;

    private PluginCallHandler(Object target, ClassLoader pluginClassLoader) {
        this.target = target;
        this.pluginClassLoader = pluginClassLoader;
    }

    /**
     * Wraps a plugin object behind one of its API interfaces.
     *
     * @param <T>               the interface type
     * @param apiInterface      the API interface to expose
     * @param target            the plugin's object
     * @param pluginClassLoader the plugin's class loader
     * @return a proxy that sets the context class loader around every call
     */
    public static <T> T wrap(Class<T> apiInterface, Object target, ClassLoader pluginClassLoader) {
        Objects.requireNonNull(target, "target is null");
        Object proxy = Proxy.newProxyInstance(apiInterface.getClassLoader(), new Class<?>[] {apiInterface},
                new PluginCallHandler(target, pluginClassLoader));
        return apiInterface.cast(proxy);
    }

    /**
     * The plugin's object behind a proxy made by {@link #wrap}, or the argument itself.
     *
     * @param maybeProxy an object
     * @return the unwrapped object
     */
    public static Object unwrap(Object maybeProxy) {
        if (Proxy.isProxyClass(maybeProxy.getClass())
                && Proxy.getInvocationHandler(maybeProxy) instanceof PluginCallHandler handler) {
            return handler.target;
        }
        return maybeProxy;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("equals") && method.getParameterCount() == 1 && method.getReturnType() == boolean.class) {
            return args[0] != null && target.equals(unwrap(args[0]));
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(pluginClassLoader);
        try {
            Object result = method.invoke(target, args);
            Class<?> returnType = method.getReturnType();
            if (result != null && returnType.isInterface() && returnType.getName().startsWith(API_PACKAGE)) {
                return wrap(returnType, result, pluginClassLoader);
            }
            return result;
        } catch (InvocationTargetException e) {
            throw e.getCause();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
