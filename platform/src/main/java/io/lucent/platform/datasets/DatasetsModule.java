package io.lucent.platform.datasets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import io.lucent.platform.config.DatasetsConfig;
import io.lucent.platform.config.LucentConfiguration;
import io.lucent.platform.config.LucentHome;
import io.lucent.platform.datasets.copies.DeletionBroadcast;
import io.lucent.platform.datasets.copies.LocalCopies;
import io.lucent.platform.datasets.copies.StoreCopies;
import io.lucent.platform.datasets.ingest.FileConnectors;
import io.lucent.platform.datasets.ingest.UploadReceiver;
import io.lucent.platform.datasets.ingest.UploadSizeFilter;
import io.lucent.platform.datasets.ingest.VersionWriter;
import io.lucent.platform.datasets.query.DerivedResults;
import io.lucent.platform.datasets.query.DuckDbEngine;
import io.lucent.platform.datasets.query.SandboxPool;
import io.lucent.platform.datasets.retention.IdleDatasetSweeper;
import io.lucent.platform.datasets.sample.SampleDatasets;
import io.lucent.platform.datasets.store.DatasetStore;
import io.lucent.platform.datasets.store.LocalDatasetStore;
import io.lucent.platform.datasets.store.S3DatasetStore;
import io.lucent.platform.metadata.TenantDatabase;
import io.lucent.platform.plugins.PluginContexts;
import io.lucent.platform.plugins.PluginRegistry;
import io.lucent.platform.ratelimit.IdempotentReplays;
import io.lucent.platform.ratelimit.RateLimitedAction;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.platform.tenancy.TenantDirectory;
import io.lucent.platform.tenancy.TenantLimits;
import io.lucent.platform.usage.UsageRecorder;
import io.lucent.platform.wiring.RestResources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Wires the datasets feature: store, DuckDB engine, import, queries, REST resources, sample and retention. */
public final class DatasetsModule extends AbstractModule {

    /** Days of history in the sample created at first start. */
    static final int SEED_SAMPLE_DAYS = 365;

    @Override
    protected void configure() {
        Multibinder<Object> resources = Multibinder.newSetBinder(binder(), Object.class, RestResources.class);
        resources.addBinding().to(DatasetsResource.class);
        resources.addBinding().to(TemplatesResource.class);
        bind(DatasetsStartup.class).asEagerSingleton();
        Multibinder.newSetBinder(binder(), DatasetDependents.class);
        Multibinder.newSetBinder(binder(), LocalCopies.class).addBinding().to(StoreCopies.class);
        MapBinder.newMapBinder(binder(), RateLimitedAction.class, IdempotentReplays.class).addBinding(RateLimitedAction.UPLOAD)
                .to(UploadReplays.class);
    }

    @Provides
    @Singleton
    UploadReplays uploadReplays(DatasetRepository repository) {
        return new UploadReplays(repository);
    }

    @Provides
    @Singleton
    DatasetsConfig config(LucentConfiguration configuration) {
        return configuration.getDatasets();
    }

    @Provides
    @Singleton
    @Staging
    Path stagingDirectory(LucentConfiguration configuration) {
        return configuration.dataPath().resolve("staging");
    }

    @Provides
    @Singleton
    DatasetStore store(DatasetsConfig config, LucentConfiguration configuration, Environment environment) {
        if (config.getStore() == DatasetsConfig.StoreType.S3) {
            String cache = config.getS3().getCacheDirectory();
            S3DatasetStore store = S3DatasetStore.create(config.getS3(),
                    cache.isBlank() ? configuration.dataPath().resolve("dataset-cache") : LucentHome.resolve(cache));
            environment.lifecycle().manage(new Managed() {
                @Override
                public void stop() {
                    store.close();
                }
            });
            return store;
        }
        String directory = config.getDirectory();
        return new LocalDatasetStore(directory.isBlank() ? configuration.dataPath().resolve("datasets") : LucentHome.resolve(directory));
    }

    @Provides
    @Singleton
    DuckDbEngine engine(DatasetsConfig config, @Staging Path staging) {
        return new DuckDbEngine(config.getQueryMemoryLimit(), config.getQueryThreads(), staging.resolve("duckdb-spill"));
    }

    @Provides
    @Singleton
    SandboxPool sandboxes(DuckDbEngine engine, Environment environment) {
        SandboxPool pool = new SandboxPool(engine, 16);
        environment.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                pool.close();
            }
        });
        return pool;
    }

    @Provides
    @Singleton
    DatasetRepository repository(TenantDatabase database, Set<DatasetDependents> dependents) {
        return new DatasetRepository(database, dependents);
    }

    @Provides
    @Singleton
    DatasetLimits limits(TenantLimits tenantLimits, DatasetRepository repository) {
        return new DatasetLimits(tenantLimits, repository);
    }

    @Provides
    @Singleton
    DerivedResults derivedResults(DatasetStore store, ObjectMapper json) {
        return new DerivedResults(store, json, 256);
    }

    @Provides
    @Singleton
    VersionWriter versionWriter(DatasetStore store, @Staging Path staging) {
        return new VersionWriter(store, staging);
    }

    @Provides
    @Singleton
    UploadReceiver uploadReceiver(@Staging Path staging) {
        return new UploadReceiver(staging);
    }

    @Provides
    @Singleton
    StoreCopies storeCopies(DatasetStore store, DerivedResults derived) {
        return new StoreCopies(store, derived);
    }

    @Provides
    @Singleton
    DatasetService datasetService(DatasetRepository repository, DatasetStore store, SandboxPool sandboxes, DerivedResults derived, Clock clock,
                                  DeletionBroadcast deletions) {
        return new DatasetService(repository, store, sandboxes, derived, clock, deletions);
    }

    @Provides
    @Singleton
    DatasetImporter importer(PluginRegistry registry, PluginContexts contexts, DuckDbEngine engine, VersionWriter writer,
                             DatasetRepository repository, DatasetStore store, DatasetLimits limits, Clock clock) {
        return new DatasetImporter(new FileConnectors(registry), contexts, engine, writer, repository, store, limits, clock);
    }

    @Provides
    @Singleton
    Retyper retyper(DatasetService datasets, DatasetRepository repository, DatasetStore store, DuckDbEngine engine, VersionWriter writer,
                    Clock clock) {
        return new Retyper(datasets, repository, store, engine, writer, clock);
    }

    @Provides
    @Singleton
    SampleDatasets samples(DuckDbEngine engine, VersionWriter writer, DatasetRepository repository, DatasetStore store, DatasetLimits limits,
                           Clock clock) {
        return new SampleDatasets(engine, writer, repository, store, limits, clock);
    }

    @Provides
    @Singleton
    DatasetsResource datasetsResource(DatasetService datasets, DatasetRepository repository, DatasetImporter importer, Retyper retyper,
                                      SampleDatasets samples, UploadReceiver receiver, DatasetLimits limits, DatasetsConfig config,
                                      ObjectMapper json, UsageRecorder usage) {
        return new DatasetsResource(datasets, repository, importer, retyper, samples, receiver, limits, config, json, usage);
    }

    @Provides
    @Singleton
    TemplatesResource templatesResource() {
        return new TemplatesResource();
    }

    @Provides
    @Singleton
    IdleDatasetSweeper sweeper(TenantDirectory tenants, DatasetRepository repository, DatasetService datasets, DatasetsConfig config,
                               Clock clock) {
        return new IdleDatasetSweeper(tenants, repository, datasets, Duration.ofMinutes(config.getSessionIdleMinutes()), clock);
    }

    /**
     * Registers the upload size filter with Jersey and, once the server starts (after the tenants are migrated): clears
     * leftover staging files, creates the sample dataset for the local tenant if configured and it has none, and
     * starts the session-retention sweep if configured.
     */
    static final class DatasetsStartup {

        @jakarta.inject.Inject
        DatasetsStartup(Environment environment, DatasetsConfig config, DatasetLimits limits, @Staging Path staging,
                        com.google.inject.Provider<SampleDatasets> samples, com.google.inject.Provider<IdleDatasetSweeper> sweeper) {
            // Uploads are received and versions written there, also by the sample seeded at start.
            try {
                Files.createDirectories(staging);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the staging directory " + staging, e);
            }
            environment.jersey().register(new UploadSizeFilter(limits));
            environment.lifecycle().manage(new Managed() {
                private ScheduledExecutorService scheduler;

                @Override
                public void start() {
                    clearStaging(staging);
                    if (config.isSeedSample()) {
                        samples.get().seedIfEmpty(TenantContext.LOCAL, SEED_SAMPLE_DAYS);
                    }
                    if (config.getRetention() == DatasetsConfig.Retention.SESSION) {
                        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                            Thread thread = new Thread(r, "dataset-retention");
                            thread.setDaemon(true);
                            return thread;
                        });
                        scheduler.scheduleWithFixedDelay(sweeper.get()::sweep, 1, 1, TimeUnit.MINUTES);
                    }
                }

                @Override
                public void stop() {
                    if (scheduler != null) {
                        scheduler.shutdownNow();
                    }
                }
            });
        }

        private static void clearStaging(Path staging) {
            if (!Files.isDirectory(staging)) {
                return;
            }
            try (Stream<Path> paths = Files.walk(staging)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(staging)).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot clear the staging directory " + staging, e);
            }
        }
    }
}
