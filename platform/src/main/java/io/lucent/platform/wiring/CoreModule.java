package io.lucent.platform.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import io.dropwizard.core.setup.Environment;
import io.lucent.platform.config.LucentConfiguration;
import io.lucent.platform.metadata.MetadataDatabase;
import io.lucent.platform.metadata.TenantDatabase;
import io.lucent.platform.plugins.ExtensionSettingsStore;
import io.lucent.platform.plugins.PluginContexts;
import io.lucent.platform.plugins.PluginHost;
import io.lucent.platform.plugins.PluginRegistry;
import io.lucent.platform.plugins.PluginResource;
import io.lucent.platform.tenancy.TenancyModule;
import io.lucent.platform.tenancy.TenantDirectory;
import java.time.Clock;

/** Bindings shared by both modes. Mode-specific ones come from {@link LocalModeModule} or {@link SaasModeModule}. */
public final class CoreModule extends AbstractModule {

    private final LucentConfiguration config;
    private final Environment environment;

    public CoreModule(LucentConfiguration config, Environment environment) {
        this.config = config;
        this.environment = environment;
    }

    @Override
    protected void configure() {
        bind(LucentConfiguration.class).toInstance(config);
        bind(Environment.class).toInstance(environment);
        bind(ObjectMapper.class).toInstance(environment.getObjectMapper());
        bind(Clock.class).toInstance(Clock.systemUTC());
        Multibinder.newSetBinder(binder(), Object.class, RestResources.class).addBinding().to(PluginResource.class);
        install(new TenancyModule());
    }

    @Provides
    @Singleton
    PluginHost pluginHost() {
        PluginHost host = PluginHost.start(config.pluginsPath(), config.dataPath().resolve("plugin-cache"),
                config.getPlugins().getDisabled());
        environment.lifecycle().manage(new io.dropwizard.lifecycle.Managed() {
            @Override
            public void stop() {
                host.close();
            }
        });
        return host;
    }

    @Provides
    @Singleton
    PluginRegistry pluginRegistry(PluginHost host) {
        return host.registry();
    }

    @Provides
    @Singleton
    PluginContexts pluginContexts(Clock clock) {
        return new PluginContexts(clock, config.getMode().toPluginMode());
    }

    @Provides
    @Singleton
    TenantDirectory tenantDirectory(MetadataDatabase database, TenantDatabase tenantDatabase, Clock clock) {
        return new TenantDirectory(database, tenantDatabase, clock);
    }

    @Provides
    @Singleton
    ExtensionSettingsStore extensionSettingsStore(TenantDatabase tenantDatabase, ObjectMapper json, Clock clock) {
        return new ExtensionSettingsStore(tenantDatabase, json, clock);
    }

    @Provides
    @Singleton
    PluginResource pluginResource(PluginRegistry registry, ExtensionSettingsStore store) {
        return new PluginResource(registry, store);
    }
}
