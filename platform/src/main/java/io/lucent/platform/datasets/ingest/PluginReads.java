package io.lucent.platform.datasets.ingest;

import io.lucent.plugin.api.PluginException;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Calls into a plugin's {@link io.lucent.plugin.api.data.TableReader} (which the host's extension guard does not
 * wrap) with the plugin's class loader as thread context class loader, and turns its failures into
 * {@link LucentException}s: a {@link PluginException} keeps its message, anything else is a plugin bug.
 */
public final class PluginReads {

    private PluginReads() {
    }

    public static <T> T call(Object pluginObject, String connectorId, Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(pluginObject.getClass().getClassLoader());
        try {
            return work.get();
        } catch (LucentException e) {
            throw e;
        } catch (PluginException e) {
            throw new LucentException(codeFor(e.kind()), e.getMessage(), Map.of("connector", connectorId), e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new LucentException(ErrorCode.PLUGIN_ERROR, "The connector '" + connectorId + "' failed unexpectedly ("
                    + e.getClass().getSimpleName() + ")", Map.of("connector", connectorId), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    static ErrorCode codeFor(PluginException.Kind kind) {
        return switch (kind) {
            case INVALID_INPUT -> ErrorCode.PLUGIN_INVALID_INPUT;
            case UNSUPPORTED -> ErrorCode.PLUGIN_UNSUPPORTED;
            case EXTERNAL_FAILURE -> ErrorCode.EXTERNAL_FAILURE;
            case TIMEOUT -> ErrorCode.EXTERNAL_TIMEOUT;
            case AUTHENTICATION_FAILED -> ErrorCode.EXTERNAL_AUTHENTICATION_FAILED;
            case LIMIT_EXCEEDED -> ErrorCode.PAYLOAD_TOO_LARGE;
        };
    }
}
