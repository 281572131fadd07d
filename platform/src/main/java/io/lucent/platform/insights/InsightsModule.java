package io.lucent.platform.insights;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import io.lucent.platform.analytics.AnalyticsService;
import io.lucent.platform.datasets.DatasetDependents;
import io.lucent.platform.datasets.DatasetService;
import io.lucent.platform.metadata.TenantDatabase;
import io.lucent.platform.plugins.ExtensionSettingsStore;
import io.lucent.platform.plugins.PluginContexts;
import io.lucent.platform.plugins.PluginRegistry;
import io.lucent.platform.wiring.RestResources;
import java.time.Clock;

/** Wires the insights feature: storage, generation over the rule packs, REST resource. Needs the analytics module. */
public final class InsightsModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), Object.class, RestResources.class).addBinding().to(InsightsResource.class);
        Multibinder.newSetBinder(binder(), DatasetDependents.class).addBinding().to(InsightRepository.class);
    }

    @Provides
    @Singleton
    InsightRepository insightRepository(TenantDatabase database, ObjectMapper json) {
        return new InsightRepository(database, json);
    }

    @Provides
    @Singleton
    InsightService insightService(DatasetService datasets, AnalyticsService analytics, PluginRegistry registry, PluginContexts contexts,
                                  ExtensionSettingsStore settings, InsightRepository repository, ObjectMapper json, Clock clock) {
        return new InsightService(datasets, analytics, registry, contexts, settings, repository, json, clock);
    }

    @Provides
    @Singleton
    InsightsResource insightsResource(InsightService service) {
        return new InsightsResource(service);
    }
}
