package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.api.Mode;
import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.ProgressReporter;
import io.lucent.plugin.api.forecast.ForecastMethod;
import io.lucent.plugin.api.forecast.ForecastRequest;
import io.lucent.plugin.api.forecast.ForecastResult;
import io.lucent.plugin.api.forecast.Frequency;
import io.lucent.plugin.api.forecast.TimeSeries;
import io.lucent.plugin.api.settings.Settings;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Another forecasting extension used as a member of a combination (for example AutoARIMA inside {@code auto}):
 * called with its default settings on the prepared series, under the caller's cancellation.
 *
 * @param method the extension
 * @param caller the context of the combining call
 */
record ExtensionMember(ForecastMethod method, PluginContext caller) implements SeriesModel {

    @Override
    public ModelOutput fit(double[] y, int period, int horizon, List<Double> levels, Runnable checkpoint) {
        TimeSeries series = new TimeSeries("member", y, List.of(), Frequency.OTHER, Math.max(1, period));
        Settings defaults = method.settingsSchema().validate(Map.of());
        ForecastResult result = method.forecast(new ForecastRequest(series, horizon, levels),
                new MemberContext(caller, defaults));
        return new ModelOutput(result.point(), result.intervals(), result.fitted(), result.summary(), List.of());
    }

    /** The caller's context with the member's own settings. */
    private record MemberContext(PluginContext caller, Settings settings) implements PluginContext {

        @Override
        public System.Logger logger() {
            return caller.logger();
        }

        @Override
        public Clock clock() {
            return caller.clock();
        }

        @Override
        public String tenantId() {
            return caller.tenantId();
        }

        @Override
        public Mode mode() {
            return caller.mode();
        }

        @Override
        public ProgressReporter progress() {
            return ProgressReporter.NONE;
        }

        @Override
        public boolean isCancelled() {
            return caller.isCancelled();
        }
    }
}
