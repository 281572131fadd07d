package io.lucent.platform.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lucent.plugin.api.CancelledException;
import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.forecast.ForecastMethod;
import io.lucent.plugin.api.forecast.ForecastRequest;
import io.lucent.plugin.api.forecast.ForecastResult;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class PluginCallGuardTest {

    private final ClassLoader pluginLoader = new URLClassLoader(new URL[0], getClass().getClassLoader());
    private final List<String> broken = new ArrayList<>();

    /** A forecasting method whose behaviour the test chooses. */
    private record Scripted(Supplier<ForecastResult> behaviour) implements ForecastMethod {
        @Override
        public String id() {
            return "scripted";
        }

        @Override
        public String displayName() {
            return "Scripted";
        }

        @Override
        public ForecastResult forecast(ForecastRequest request, PluginContext context) {
            return behaviour.get();
        }
    }

    private ForecastMethod guarded(Supplier<ForecastResult> behaviour) {
        return PluginCallGuard.wrap(ForecastMethod.class, new Scripted(behaviour), pluginLoader, "test-plugin", "scripted",
                (pluginId, reason) -> broken.add(pluginId + ": " + reason));
    }

    @Test
    void runsEveryCallWithThePluginClassLoaderAsContextClassLoader() {
        AtomicReference<ClassLoader> seen = new AtomicReference<>();
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        ForecastMethod method = guarded(() -> {
            seen.set(Thread.currentThread().getContextClassLoader());
            return null;
        });

        method.forecast(null, null);

        assertThat(seen.get()).isSameAs(pluginLoader);
        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
    }

    @Test
    void turnsAPluginExceptionIntoTheMatchingErrorCodeWithItsMessage() {
        ForecastMethod method = guarded(() -> {
            throw new PluginException(PluginException.Kind.INVALID_INPUT, "the series is too short");
        });

        assertThatThrownBy(() -> method.forecast(null, null))
                .isInstanceOfSatisfying(LucentException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PLUGIN_INVALID_INPUT);
                    assertThat(e.getMessage()).isEqualTo("the series is too short");
                    assertThat(e.details()).containsEntry("plugin", "test-plugin");
                });
        assertThat(broken).isEmpty();
    }

    @Test
    void reportsAnUnexpectedExceptionAsAPluginErrorWithoutDisablingThePlugin() {
        ForecastMethod method = guarded(() -> {
            throw new IllegalStateException("bug");
        });

        assertThatThrownBy(() -> method.forecast(null, null))
                .isInstanceOfSatisfying(LucentException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PLUGIN_ERROR));
        assertThat(broken).isEmpty();
    }

    @Test
    void disablesThePluginWhenItsClassPathIsBroken() {
        ForecastMethod method = guarded(() -> {
            throw new NoClassDefFoundError("com/example/Missing");
        });

        assertThatThrownBy(() -> method.forecast(null, null)).isInstanceOf(LucentException.class);
        assertThat(broken).singleElement().asString().startsWith("test-plugin: broken at run time");
    }

    @Test
    void letsCancellationThrough() {
        ForecastMethod method = guarded(() -> {
            throw new CancelledException("stop");
        });

        assertThatThrownBy(() -> method.forecast(null, null)).isInstanceOf(CancelledException.class);
    }
}
