package io.lucent.platform.plugins;

import io.lucent.plugin.api.CancelledException;
import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.settings.InvalidSettingsException;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps an extension so that every call from the host runs with the plugin's class loader as thread context
 * class loader (ServiceLoader, JDBC drivers and Jackson modules inside plugins then work), and so that
 * failures cross the boundary as {@link LucentException}s: a {@link PluginException} keeps its message and
 * gets the matching error code; anything else is a plugin bug; a {@link LinkageError} (a broken plugin
 * classpath) also disables the plugin.
 */
final class PluginCallGuard implements InvocationHandler {
    private static final Logger LOG = LoggerFactory.getLogger(PluginCallGuard.class);

    /** Told when a plugin must be disabled at run time. */
    interface FailureListener {
        void pluginBroken(String pluginId, String reason);
    }

    private final Object target;
    private final ClassLoader pluginClassLoader;
    private final String pluginId;
    private final String extensionId;
    private final FailureListener failures;

    private PluginCallGuard(Object target, ClassLoader pluginClassLoader, String pluginId, String extensionId, FailureListener failures) {
        this.target = target;
        this.pluginClassLoader = pluginClassLoader;
        this.pluginId = pluginId;
        this.extensionId = extensionId;
        this.failures = failures;
    }

    static <T> T wrap(Class<T> extensionPoint, T target, ClassLoader loader, String pluginId, String extensionId, FailureListener failures) {
        Object proxy = Proxy.newProxyInstance(extensionPoint.getClassLoader(), new Class<?>[] {extensionPoint},
                new PluginCallGuard(target, loader, pluginId, extensionId, failures));
        return extensionPoint.cast(proxy);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "Extension[" + pluginId + "/" + extensionId + "]";
            };
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(pluginClassLoader);
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw translate(e.getCause());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private Throwable translate(Throwable failure) {
        if (failure instanceof PluginException pluginFailure) {
            return new LucentException(codeFor(pluginFailure.kind()), pluginFailure.getMessage(),
                    Map.of("plugin", pluginId, "extension", extensionId), pluginFailure);
        }
        if (failure instanceof InvalidSettingsException invalid) {
            return new LucentException(ErrorCode.INVALID_SETTINGS, invalid.getMessage(), Map.of("problems", invalid.problems()), invalid);
        }
        if (failure instanceof CancelledException || failure instanceof LucentException || failure instanceof IOException) {
            return failure;
        }
        if (failure instanceof LinkageError) {
            String reason = "broken at run time: " + failure;
            LOG.error("Plugin {} disabled: {}", pluginId, reason, failure);
            failures.pluginBroken(pluginId, reason);
        } else {
            LOG.error("Plugin {} extension {} failed", pluginId, extensionId, failure);
        }
        return new LucentException(ErrorCode.PLUGIN_ERROR,
                "The plugin '" + pluginId + "' failed unexpectedly (" + failure.getClass().getSimpleName() + ")",
                Map.of("plugin", pluginId, "extension", extensionId), failure);
    }

    static ErrorCode codeFor(PluginException.Kind kind) {
        return switch (kind) {
            case INVALID_INPUT -> ErrorCode.PLUGIN_INVALID_INPUT;
            case UNSUPPORTED -> ErrorCode.PLUGIN_UNSUPPORTED;
            case EXTERNAL_FAILURE -> ErrorCode.EXTERNAL_FAILURE;
            case TIMEOUT -> ErrorCode.EXTERNAL_TIMEOUT;
            case AUTHENTICATION_FAILED -> ErrorCode.EXTERNAL_AUTHENTICATION_FAILED;
            case LIMIT_EXCEEDED -> ErrorCode.EXTERNAL_LIMIT_EXCEEDED;
        };
    }
}
