package io.lucent.platform.forecasting.runs;

import io.lucent.platform.tenancy.ForecastLimits;
import io.lucent.platform.usage.UsageRecorder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import io.lucent.platform.datasets.DatasetDependents;
import io.lucent.platform.datasets.DatasetService;
import io.lucent.platform.datasets.copies.LocalCopies;
import io.lucent.platform.datasets.query.SandboxPool;
import io.lucent.platform.datasets.store.DatasetStore;
import io.lucent.platform.forecasting.diagnostics.DiagnosticsResource;
import io.lucent.platform.forecasting.diagnostics.DiagnosticsService;
import io.lucent.platform.forecasting.series.DatasetSeriesReader;
import io.lucent.platform.preprocessing.PreprocessingResource;
import io.lucent.platform.preprocessing.PreprocessingService;
import io.lucent.platform.preprocessing.RecipeStore;
import io.lucent.platform.datasets.DatasetRepository;
import io.lucent.platform.datasets.ingest.VersionWriter;
import io.lucent.platform.datasets.query.DuckDbEngine;
import io.lucent.platform.jobs.JobService;
import io.lucent.platform.jobs.JobStore;
import io.lucent.platform.jobs.ProgressBus;
import io.lucent.platform.jobs.TaskHandler;
import io.lucent.platform.metadata.TenantDatabase;
import io.lucent.platform.plugins.PluginContexts;
import io.lucent.platform.plugins.PluginRegistry;
import io.lucent.platform.ratelimit.IdempotentReplays;
import io.lucent.platform.ratelimit.RateLimitedAction;
import io.lucent.platform.wiring.RestResources;
import java.time.Clock;

/** The forecasting workflow: forecast jobs and their task handler, results, diagnostics, the entity view, and their REST resources. */
public final class ForecastingModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), TaskHandler.class).addBinding().to(ForecastTaskHandler.class);
        Multibinder.newSetBinder(binder(), DatasetDependents.class).addBinding().to(ForecastDatasetDependents.class);
        Multibinder.newSetBinder(binder(), LocalCopies.class).addBinding().to(DatasetSeriesReader.class);
        Multibinder<Object> resources = Multibinder.newSetBinder(binder(), Object.class, RestResources.class);
        resources.addBinding().to(ForecastResource.class);
        resources.addBinding().to(ResultsResource.class);
        resources.addBinding().to(DiagnosticsResource.class);
        resources.addBinding().to(PreprocessingResource.class);
        MapBinder.newMapBinder(binder(), RateLimitedAction.class, IdempotentReplays.class).addBinding(RateLimitedAction.FORECAST)
                .to(ForecastReplays.class);
    }

    @Provides
    @Singleton
    ForecastReplays forecastReplays(JobStore jobs) {
        return new ForecastReplays(jobs);
    }

    @Provides
    @Singleton
    PreprocessingResource preprocessingResource(ForecastService forecasts, PreprocessingService preprocessing, RecipeStore recipes, Clock clock,
                                                PluginRegistry registry, PluginContexts contexts) {
        return new PreprocessingResource(forecasts, preprocessing, recipes, clock, registry, contexts);
    }

    @Provides
    @Singleton
    RecipeStore recipeStore(TenantDatabase database, ObjectMapper json) {
        return new RecipeStore(database, json);
    }

    @Provides
    @Singleton
    PreprocessingService preprocessingService(ForecastService forecasts, DatasetService datasets, DatasetRepository repository, DatasetStore store,
                                              DuckDbEngine engine, VersionWriter writer, Clock clock) {
        return new PreprocessingService(forecasts, datasets, repository, store, engine, writer, clock);
    }

    @Provides
    @Singleton
    DiagnosticsService diagnosticsService(ForecastService forecasts, ForecastResults results, EntityForecaster forecaster, PluginRegistry registry) {
        return new DiagnosticsService(forecasts, results, forecaster, registry);
    }

    @Provides
    @Singleton
    DiagnosticsResource diagnosticsResource(DiagnosticsService diagnostics, ForecastLimits limits, UsageRecorder usage) {
        return new DiagnosticsResource(diagnostics, limits, usage);
    }

    @Provides
    @Singleton
    DatasetSeriesReader seriesReader(DatasetStore store, SandboxPool sandboxes) {
        return new DatasetSeriesReader(store, sandboxes);
    }

    @Provides
    @Singleton
    EntityForecaster entityForecaster(PluginRegistry registry, PluginContexts contexts) {
        return new EntityForecaster(registry, contexts);
    }

    @Provides
    @Singleton
    ForecastDatasetDependents datasetDependents(JobService jobs) {
        return new ForecastDatasetDependents(jobs);
    }

    @Provides
    @Singleton
    ForecastStore forecastStore(TenantDatabase database) {
        return new ForecastStore(database);
    }

    @Provides
    @Singleton
    ForecastTaskHandler taskHandler(DatasetSeriesReader reader, EntityForecaster forecaster, ObjectMapper json, Clock clock) {
        return new ForecastTaskHandler(reader, forecaster, json, clock);
    }

    @Provides
    @Singleton
    ForecastService forecastService(DatasetService datasets, DatasetSeriesReader reader, EntityForecaster forecaster, ForecastStore store,
                                    JobService jobs, ObjectMapper json, Clock clock, ForecastLimits limits) {
        return new ForecastService(datasets, reader, forecaster, store, jobs, json, clock, limits);
    }

    @Provides
    @Singleton
    ForecastResults forecastResults(ForecastStore store, ForecastService forecasts, JobService jobs, ObjectMapper json) {
        return new ForecastResults(store, forecasts, jobs, json);
    }

    @Provides
    @Singleton
    ForecastExport forecastExport(ForecastResults results, ForecastService forecasts, PluginRegistry registry, PluginContexts contexts,
                                  Clock clock) {
        return new ForecastExport(results, forecasts, registry, contexts, clock);
    }

    @Provides
    @Singleton
    ForecastResource forecastResource(ForecastService forecasts, EntityForecaster forecaster, PluginRegistry registry, ProgressBus progress,
                                      ObjectMapper json, ForecastLimits limits, UsageRecorder usage) {
        return new ForecastResource(forecasts, forecaster, registry, progress, json, limits, usage);
    }

    @Provides
    @Singleton
    ResultsResource resultsResource(ForecastResults results, ForecastExport export) {
        return new ResultsResource(results, export);
    }
}
