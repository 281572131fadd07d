package io.lucent.plugin.api.forecast;

import io.lucent.plugin.api.LucentExtension;
import io.lucent.plugin.api.PluginContext;

/**
 * The forecasting-method extension point.
 *
 * <p>The host calls {@link #forecast} for one series at a time, from many threads at once (a batch runs one
 * call per entity on all cores): implementations are thread-safe and stateless. Method settings (for example
 * a fixed model order) arrive validated in {@link PluginContext#settings()}.
 *
 * <p>Contract, checked by the plugin test kit: forecasts are finite and exactly {@code horizon} long;
 * intervals are returned for every requested level, nested, and do not narrow as the horizon grows for
 * methods whose uncertainty accumulates; the same input gives the same output; cancellation is honoured
 * (check {@link PluginContext#throwIfCancelled()} in long loops). A valid series never makes the method
 * throw: fall back to a simpler model and record it with {@link ModelSummary#asFallback(String)}.
 */
public interface ForecastMethod extends LucentExtension {

    /**
     * The fewest non-missing observations this method needs. The host does not call it with fewer; a
     * method may still fall back internally on short series.
     *
     * @return the minimum length, at least 1
     */
    default int minimumObservations() {
        return 1;
    }

    /**
     * Fits the method to the series and forecasts.
     *
     * @param request what to forecast
     * @param context the call context, with the method settings
     * @return the forecast
     * @throws io.lucent.plugin.api.PluginException   of kind INVALID_INPUT if the settings cannot apply to
     *                                                this series (for example a fixed model that needs more
     *                                                data)
     * @throws io.lucent.plugin.api.CancelledException if the call was cancelled
     */
    ForecastResult forecast(ForecastRequest request, PluginContext context);
}
