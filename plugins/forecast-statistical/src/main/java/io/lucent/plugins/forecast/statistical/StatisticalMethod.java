package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.forecast.ForecastMethod;
import io.lucent.plugin.api.forecast.ForecastRequest;
import io.lucent.plugin.api.forecast.ForecastResult;
import io.lucent.plugin.api.settings.Settings;

/**
 * The common shape of this plugin's methods: settings become a {@link SeriesModel}, which
 * {@link MethodRunner} applies with the shared robustness rules. Stateless and thread-safe.
 */
abstract class StatisticalMethod implements ForecastMethod {

    /**
     * The model for the given settings.
     *
     * @param settings validated settings
     * @param context  the call context (for methods that call other extensions)
     * @return the model
     * @throws io.lucent.plugin.api.PluginException of kind INVALID_INPUT for settings that cannot apply
     */
    abstract SeriesModel model(Settings settings, PluginContext context);

    /**
     * How many of the most recent observations to fit on.
     *
     * @return the window, {@link Integer#MAX_VALUE} for the full history
     */
    int window() {
        return Integer.MAX_VALUE;
    }

    @Override
    public ForecastResult forecast(ForecastRequest request, PluginContext context) {
        SeriesModel model = model(context.settings(), context);
        return new MethodRunner(id(), window()).run(request, context, model);
    }
}
