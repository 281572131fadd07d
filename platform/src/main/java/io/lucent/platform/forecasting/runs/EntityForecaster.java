package io.lucent.platform.forecasting.runs;

import io.lucent.plugin.api.ExtensionKind;
import io.lucent.plugin.api.ProgressReporter;
import io.lucent.plugin.api.forecast.ForecastMethod;
import io.lucent.plugin.api.forecast.ForecastRequest;
import io.lucent.plugin.api.forecast.ForecastResult;
import io.lucent.plugin.api.forecast.ModelSummary;
import io.lucent.plugin.api.forecast.PredictionInterval;
import io.lucent.plugin.api.forecast.TimeSeries;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.forecasting.series.EntitySeries;
import io.lucent.platform.plugins.HostPluginContext;
import io.lucent.platform.plugins.PluginContexts;
import io.lucent.platform.plugins.PluginRegistry;
import io.lucent.platform.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Forecasts one entity with a method from the plugins, and evaluates it: in-sample fit always, rolling-origin
 * cross-validation when asked. The same code serves batch tasks, previews and the command line.
 */
public final class EntityForecaster {

    private final PluginRegistry registry;
    private final PluginContexts contexts;

    public EntityForecaster(PluginRegistry registry, PluginContexts contexts) {
        this.registry = registry;
        this.contexts = contexts;
    }

    /** The method, or 404 naming the available ones; settings are checked against its schema (400 otherwise). */
    public ForecastMethod method(ForecastSpec spec) {
        ForecastMethod method = registry.require(ExtensionKind.FORECAST_METHOD, spec.method(), ForecastMethod.class);
        PluginContexts.validate(method, spec.settings());
        return method;
    }

    /** Fits, forecasts and evaluates one entity. */
    public EntityForecast forecast(TenantContext tenant, EntitySeries series, ForecastSpec spec, BooleanSupplier cancelled) {
        long started = System.nanoTime();
        ForecastMethod method = method(spec);
        HostPluginContext context = contexts.forCall(tenant, method, spec.settings(), ProgressReporter.NONE, cancelled);
        requireEnough(series, method, series.observed());
        TimeSeries history = series.toTimeSeries();
        ForecastResult result = method.forecast(new ForecastRequest(history, spec.horizon(), spec.levels()), context);
        EntityForecast.Evaluation evaluation = spec.crossValidation() == null ? null
                : crossValidate(series, spec, method, context, history.seasonalPeriod());
        double[] actual = series.values();
        AccuracyMetrics.Accumulator fit = new AccuracyMetrics.Accumulator();
        fit.add(actual, result.fitted(), AccuracyMetrics.scale(actual, history.seasonalPeriod()), Map.of(), Map.of());
        ModelSummary summary = result.summary();
        List<EntityForecast.Interval> intervals = result.intervals().stream()
                .map(i -> new EntityForecast.Interval(i.level(), EntityForecast.boxed(i.lower()), EntityForecast.boxed(i.upper()))).toList();
        return new EntityForecast(series.id(), series.name(), spec.method(), summary.model(), summary.fallbackReason(), result.notes(),
                EntityForecast.FittedParameter.of(summary.parameters()),
                new EntityForecast.Criteria(EntityForecast.boxed(summary.logLikelihood()), EntityForecast.boxed(summary.aic()),
                        EntityForecast.boxed(summary.aicc()), EntityForecast.boxed(summary.bic()), EntityForecast.boxed(summary.sigma2())),
                new EntityForecast.History(series.periods().stream().map(Object::toString).toList(), EntityForecast.boxed(actual),
                        EntityForecast.boxed(result.fitted()), EntityForecast.boxed(result.residuals())),
                new EntityForecast.Future(series.future(spec.horizon()).stream().map(Object::toString).toList(),
                        EntityForecast.boxed(result.point()), intervals),
                fit.result(), evaluation, (System.nanoTime() - started) / 1e9);
    }

    /** The chosen model and its parameters only (no evaluation), for auto-params and diagnostics. */
    public ForecastResult fit(TenantContext tenant, EntitySeries series, ForecastSpec spec) {
        ForecastMethod method = method(spec);
        requireEnough(series, method, series.observed());
        return method.forecast(new ForecastRequest(series.toTimeSeries(), spec.horizon(), spec.levels()),
                contexts.forCall(tenant, method, spec.settings()));
    }

    private EntityForecast.Evaluation crossValidate(EntitySeries series, ForecastSpec spec, ForecastMethod method, HostPluginContext context,
                                                    int period) {
        CrossValidation cv = spec.crossValidation();
        double[] values = series.values();
        AccuracyMetrics.Accumulator pooled = new AccuracyMetrics.Accumulator();
        List<EntityForecast.Fold> folds = new ArrayList<>();
        int minimum = Math.max(method.minimumObservations(), 3);
        for (int fold = 0; fold < cv.folds(); fold++) {
            int trainEnd = cv.trainEnd(values.length, fold);
            if (trainEnd < minimum) {
                continue;
            }
            EntitySeries train = series.head(trainEnd);
            if (train.observed() < minimum) {
                continue;
            }
            context.throwIfCancelled();
            ForecastResult result = method.forecast(new ForecastRequest(train.toTimeSeries(), cv.horizon(), spec.levels()), context);
            double[] actual = java.util.Arrays.copyOfRange(values, trainEnd, trainEnd + cv.horizon());
            Map<String, double[]> lower = new LinkedHashMap<>();
            Map<String, double[]> upper = new LinkedHashMap<>();
            for (PredictionInterval interval : result.intervals()) {
                String level = label(interval.level());
                lower.put(level, interval.lower());
                upper.put(level, interval.upper());
            }
            double scale = AccuracyMetrics.scale(train.values(), train.toTimeSeries().seasonalPeriod());
            AccuracyMetrics.Accumulator one = new AccuracyMetrics.Accumulator();
            one.add(actual, result.point(), scale, lower, upper);
            pooled.add(actual, result.point(), scale, lower, upper);
            folds.add(new EntityForecast.Fold(series.periods().get(trainEnd - 1).toString(), trainEnd, one.result()));
        }
        if (folds.isEmpty()) {
            throw new LucentException(ErrorCode.UNPROCESSABLE, "Entity '" + series.id() + "' is too short for " + cv.folds()
                    + " cross-validation folds of " + cv.horizon() + " steps " + cv.step() + " apart (" + values.length + " periods)");
        }
        return new EntityForecast.Evaluation(cv.folds(), cv.horizon(), cv.step(), pooled.result(), folds);
    }

    private static void requireEnough(EntitySeries series, ForecastMethod method, int observed) {
        if (observed < method.minimumObservations()) {
            throw new LucentException(ErrorCode.UNPROCESSABLE, "Entity '" + series.id() + "' has " + observed
                    + " observations; method '" + method.id() + "' needs at least " + method.minimumObservations(),
                    Map.of("entity", series.id(), "observations", observed, "minimum", method.minimumObservations()));
        }
    }

    /** A level as a key: "80" for 80.0, "97.5" for 97.5. */
    static String label(double level) {
        return level == Math.rint(level) ? Long.toString((long) level) : Double.toString(level);
    }
}
