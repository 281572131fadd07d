package io.lucent.platform.analytics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import io.lucent.platform.datasets.DatasetDependents;
import io.lucent.platform.datasets.copies.LocalCopies;
import io.lucent.platform.datasets.DatasetService;
import io.lucent.platform.datasets.query.DerivedResults;
import io.lucent.platform.datasets.query.SandboxPool;
import io.lucent.platform.datasets.store.DatasetStore;
import io.lucent.platform.metadata.TenantDatabase;
import io.lucent.platform.wiring.RestResources;
import java.time.Clock;

/** Wires the analytics feature: mappings, the cached service and its REST resource. Needs the datasets module. */
public final class AnalyticsModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), Object.class, RestResources.class).addBinding().to(AnalyticsResource.class);
        Multibinder.newSetBinder(binder(), DatasetDependents.class).addBinding().to(MappingRepository.class);
        Multibinder.newSetBinder(binder(), LocalCopies.class).addBinding().to(AnalyticsService.class);
    }

    @Provides
    @Singleton
    MappingRepository mappingRepository(TenantDatabase database, ObjectMapper json, Clock clock) {
        return new MappingRepository(database, json, clock);
    }

    @Provides
    @Singleton
    AnalyticsService analyticsService(DatasetService datasets, DatasetStore store, SandboxPool sandboxes, DerivedResults derived,
                                      MappingRepository mappings, ObjectMapper json) {
        return new AnalyticsService(datasets, store, sandboxes, derived, mappings, json);
    }

    @Provides
    @Singleton
    AnalyticsResource analyticsResource(AnalyticsService service) {
        return new AnalyticsResource(service);
    }
}
