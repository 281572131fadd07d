package io.lucent.plugins.forecast.statistical.arima;

import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.forecast.ForecastMethod;
import io.lucent.plugin.api.forecast.ForecastRequest;
import io.lucent.plugin.api.forecast.ForecastResult;
import io.lucent.plugin.api.forecast.TimeSeries;
import io.lucent.plugin.api.settings.SettingsSchema;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/**
 * The {@code arima} forecasting method: AutoARIMA as R's {@code forecast::auto.arima} (stepwise
 * Hyndman-Khandakar search, KPSS and seasonal-strength differencing, AICc), or a model with given orders.
 * Missing values are interpolated and long series cut to their recent history (1000 observations, 336 for
 * periods of 24 and more), both reported in the result's notes.
 */
@Extension
public final class ArimaForecastMethod implements ForecastMethod {

    @Override
    public String id() {
        return "arima";
    }

    @Override
    public String displayName() {
        return "AutoARIMA";
    }

    @Override
    public String description() {
        return "Seasonal ARIMA chosen by the Hyndman-Khandakar stepwise search (as R's auto.arima), or fitted with"
                + " given orders; exact likelihood, AICc, prediction intervals from the model.";
    }

    @Override
    public SettingsSchema settingsSchema() {
        return ArimaSettings.SCHEMA;
    }

    @Override
    public ForecastResult forecast(ForecastRequest request, PluginContext context) {
        context.throwIfCancelled();
        ArimaSettings settings = ArimaSettings.from(context.settings());
        TimeSeries series = request.series();
        int period = settings.periodOverride() > 0 ? settings.periodOverride() : series.seasonalPeriod();
        double[] y = series.values();
        if (!hasObservation(y)) {
            throw new PluginException(PluginException.Kind.INVALID_INPUT,
                    "Series '" + series.id() + "' has no observed values to fit an ARIMA model to.");
        }
        AutoArima fitter = new AutoArima(settings.options());
        ArimaModel model;
        List<String> notes = new ArrayList<>();
        if (settings.manual()) {
            if (period <= 1 && settings.hasSeasonalOrders()) {
                notes.add("The seasonal orders were ignored: the series has no seasonal period (set 'period').");
            }
            ArimaSpec spec = settings.manualSpec(period);
            int observed = observedCount(y);
            int needed = spec.lostToDifferencing() + spec.armaCount() + 2;
            if (Math.min(observed, settings.options().capFor(spec.period())) < needed) {
                throw new PluginException(PluginException.Kind.INVALID_INPUT, "The model " + spec + " needs at least "
                        + needed + " observations; series '" + series.id() + "' has " + observed + ".");
            }
            model = fitter.fitOrders(y, spec);
        } else {
            model = fitter.fit(y, period, context::throwIfCancelled);
        }
        context.throwIfCancelled();
        ArimaForecast fc = model.forecast(request.horizon(), request.levels());
        notes.addAll(model.notes());
        if (model.fallbackReason() != null) {
            notes.add("Fallback: " + model.fallbackReason());
        }
        return new ForecastResult(id(), fc.mean(), fc.intervals(), model.fitted(), model.residuals(), model.summary(),
                notes);
    }

    private static boolean hasObservation(double[] y) {
        for (double v : y) {
            if (Double.isFinite(v)) {
                return true;
            }
        }
        return false;
    }

    private static int observedCount(double[] y) {
        int first = 0;
        while (first < y.length && !Double.isFinite(y[first])) {
            first++;
        }
        return y.length - first;
    }
}
