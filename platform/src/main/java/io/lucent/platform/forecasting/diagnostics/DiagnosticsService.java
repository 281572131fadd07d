package io.lucent.platform.forecasting.diagnostics;

import io.lucent.plugin.api.ExtensionKind;
import io.lucent.plugin.api.forecast.Frequency;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.forecasting.runs.CrossValidation;
import io.lucent.platform.forecasting.runs.EntityForecast;
import io.lucent.platform.forecasting.runs.EntityForecaster;
import io.lucent.platform.forecasting.runs.ForecastResults;
import io.lucent.platform.forecasting.runs.ForecastRun;
import io.lucent.platform.forecasting.runs.ForecastRunRequest;
import io.lucent.platform.forecasting.runs.ForecastService;
import io.lucent.platform.forecasting.runs.ForecastSpec;
import io.lucent.platform.forecasting.series.EntitySeries;
import io.lucent.platform.forecasting.series.SeriesSet;
import io.lucent.platform.plugins.PluginRegistry;
import io.lucent.platform.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Diagnoses stored forecasts and compares methods on one entity by cross-validation. Tenant-scoped. */
public final class DiagnosticsService {

    /** Methods compared when the request names none (those installed). */
    static final List<String> DEFAULT_METHODS = List.of("naive", "snaive", "drift", "ets", "arima", "theta", "auto");
    static final int MAX_METHODS = 12;

    /** One method's result in a comparison; {@code error} set when it could not be evaluated. */
    public record Ranked(int rank, String method, String model, io.lucent.platform.forecasting.runs.AccuracyMetrics metrics, double seconds,
                         String error) {
    }

    /** A comparison: the entity, the evaluation settings and the methods best first (failures last). */
    public record Comparison(String entityId, CrossValidation crossValidation, String rankedBy, List<Ranked> ranking) {
    }

    private final ForecastService forecasts;
    private final ForecastResults results;
    private final EntityForecaster forecaster;
    private final PluginRegistry registry;

    public DiagnosticsService(ForecastService forecasts, ForecastResults results, EntityForecaster forecaster, PluginRegistry registry) {
        this.forecasts = forecasts;
        this.results = results;
        this.forecaster = forecaster;
        this.registry = registry;
    }

    /** Diagnostics of one entity of a forecast; the entity may be omitted when the forecast has only one. */
    public ForecastDiagnostics diagnose(TenantContext tenant, String forecastId, String entityId) {
        ForecastRun run = forecasts.run(tenant, forecastId);
        EntityForecast forecast;
        if (entityId == null || entityId.isBlank()) {
            List<EntityForecast> all = results.all(tenant, forecastId);
            if (all.size() != 1) {
                throw LucentException.invalid("This forecast has " + all.size() + " entity results; choose one with ?entity=");
            }
            forecast = all.get(0);
        } else {
            forecast = results.entity(tenant, forecastId, entityId);
        }
        try {
            return ForecastDiagnostics.of(forecast, Frequency.valueOf(run.frequency().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new LucentException(io.lucent.platform.errors.ErrorCode.UNPROCESSABLE, "No diagnostics for entity '" + forecast.entityId()
                    + "': " + e.getMessage());
        }
    }

    /** Forecasts one entity with each method under the same cross-validation and ranks them by MASE (then sMAPE). */
    public Comparison compare(TenantContext tenant, ForecastRunRequest request, List<String> methods) {
        List<String> chosen = methods == null || methods.isEmpty()
                ? DEFAULT_METHODS.stream().filter(m -> registry.find(ExtensionKind.FORECAST_METHOD, m,
                        io.lucent.plugin.api.forecast.ForecastMethod.class).isPresent()).toList()
                : methods.stream().distinct().toList();
        if (chosen.size() < 2 || chosen.size() > MAX_METHODS) {
            throw LucentException.invalid("Compare between 2 and " + MAX_METHODS + " methods");
        }
        CrossValidation cv = request.crossValidation() == null ? new CrossValidation(3, null, null) : request.crossValidation();
        int horizon = request.horizon() == null ? (cv.horizon() == null ? 6 : cv.horizon()) : request.horizon();
        SeriesSet series = forecasts.series(tenant, request);
        List<String> entities = series.select(request.entities());
        if (entities.size() != 1) {
            throw LucentException.invalid("A comparison needs exactly one entity in 'entities'");
        }
        EntitySeries entity = series.entity(entities.get(0));
        List<ForecastSpec> specs = chosen.stream().map(m -> new ForecastSpec(m, horizon, request.levels(), Map.of(), cv)).toList();
        specs.forEach(forecaster::method);
        List<Ranked> evaluated = new ArrayList<>();
        List<Ranked> failed = new ArrayList<>();
        for (ForecastSpec spec : specs) {
            try {
                EntityForecast forecast = forecaster.forecast(tenant, entity, spec, () -> false);
                evaluated.add(new Ranked(0, spec.method(), forecast.model(), forecast.evaluation().metrics(), forecast.seconds(), null));
            } catch (LucentException e) {
                failed.add(new Ranked(0, spec.method(), null, null, 0, e.getMessage()));
            }
        }
        evaluated.sort(Comparator.comparingDouble(r -> ForecastDiagnostics.rankKey(r.metrics())));
        List<Ranked> ranking = new ArrayList<>();
        for (Ranked r : evaluated) {
            ranking.add(new Ranked(ranking.size() + 1, r.method(), r.model(), r.metrics(), r.seconds(), null));
        }
        ranking.addAll(failed);
        return new Comparison(entity.id(), specs.get(0).crossValidation(), "cross-validated MASE, then sMAPE", ranking);
    }
}
