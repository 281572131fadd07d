package com.example.lucent.movingaverage;

import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.forecast.ForecastMethod;
import io.lucent.plugin.api.forecast.ForecastRequest;
import io.lucent.plugin.api.forecast.ForecastResult;
import io.lucent.plugin.api.forecast.TimeSeries;
import io.lucent.plugin.api.settings.SettingDescriptor;
import io.lucent.plugin.api.settings.SettingsSchema;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/**
 * Forecasts the mean of the latest observations: the point forecast for every future step is the average of
 * the last {@code window} observations. Prediction intervals come from the in-sample one-step errors.
 *
 * <p>The host creates one instance and calls it from many threads: this class has no mutable state, and
 * everything a call needs arrives through its arguments.
 */
@Extension
public final class MovingAverageMethod implements ForecastMethod {

    /** The extension id: stable forever, users' saved settings refer to it. */
    static final String ID = "moving-average";

    /** The name of the window setting. */
    static final String WINDOW = "window";

    private static final SettingsSchema SCHEMA = SettingsSchema.of(
            SettingDescriptor.integer(WINDOW, "Window")
                    .withDescription("How many of the latest observations to average.")
                    .withDefault(3L)
                    .withRange(1, 365));

    /** Creates the method; PF4J calls this once per plugin. */
    public MovingAverageMethod() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Moving average";
    }

    @Override
    public String description() {
        return "Forecasts the average of the latest observations, with intervals that widen with the horizon.";
    }

    @Override
    public SettingsSchema settingsSchema() {
        return SCHEMA;
    }

    @Override
    public ForecastResult forecast(ForecastRequest request, PluginContext context) {
        context.throwIfCancelled();
        TimeSeries series = request.series();
        List<String> notes = new ArrayList<>();
        double[] values = series.values();
        if (series.hasMissingValues()) {
            int missing = Gaps.count(values);
            if (missing == values.length) {
                throw new PluginException(PluginException.Kind.INVALID_INPUT,
                        "Series '" + series.id() + "' has no observations, only missing values.");
            }
            values = Gaps.interpolate(values);
            notes.add(missing + " missing observation(s) were filled in by linear interpolation.");
        }
        int window = context.settings().intValue(WINDOW);
        MovingAverageModel model = MovingAverageModel.fit(values, series.values(), window, context);
        if (model.window() < window) {
            notes.add("The series has only " + values.length + " observation(s), so the average uses all of them"
                    + " instead of the last " + window + ".");
        }
        if (!model.hasErrorEstimate()) {
            notes.add("Too few observations to estimate the forecast error: the intervals have zero width.");
        }
        return new ForecastResult(ID, model.pointForecast(request.horizon()), model.intervals(request.horizon(), request.levels()),
                model.fitted(), model.residuals(), model.summary(window), notes);
    }
}
