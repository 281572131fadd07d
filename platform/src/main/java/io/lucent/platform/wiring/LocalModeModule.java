package io.lucent.platform.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.TypeLiteral;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.ManagedDataSource;
import io.lucent.platform.config.LucentConfiguration;
import io.lucent.platform.datasets.copies.DeletionBroadcast;
import io.lucent.platform.datasets.copies.InProcessDeletionBroadcast;
import io.lucent.platform.datasets.copies.LocalCopies;
import io.lucent.platform.jobs.InMemoryProgressBus;
import io.lucent.platform.jobs.ProgressBus;
import io.lucent.platform.metadata.Dialect;
import io.lucent.platform.metadata.MetadataDatabase;
import io.lucent.platform.metadata.Migrations;
import io.lucent.platform.metadata.SingleTenantDatabase;
import io.lucent.platform.metadata.TenantDatabase;
import io.lucent.platform.ratelimit.Buckets;
import io.lucent.platform.ratelimit.LocalBuckets;
import io.lucent.platform.tenancy.AdminCredentialsFilter;
import io.lucent.platform.tenancy.LocalAuthenticator;
import io.lucent.platform.tenancy.RequestAuthenticator;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.platform.tenancy.TenantDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * Local mode: SQLite in the data directory, one tenant, one implicit administrator; no login unless
 * {@code auth.localPassword} is set (then the API and the admin pages both need it). No sign-up, team or API-key endpoints.
 */
public final class LocalModeModule extends AbstractModule {

    private final LucentConfiguration config;

    public LocalModeModule(LucentConfiguration config) {
        this.config = config;
    }

    @Override
    protected void configure() {
        bind(ProgressBus.class).toInstance(new InMemoryProgressBus());
        bind(RequestAuthenticator.class).toInstance(new LocalAuthenticator(config.getAuth().getLocalPassword()));
        bind(Buckets.class).toInstance(new LocalBuckets());
        bind(DeletionBroadcast.class).toInstance(new InProcessDeletionBroadcast(getProvider(Key.get(new TypeLiteral<Set<LocalCopies>>() { }))));
    }

    @Provides
    @Singleton
    MetadataDatabase metadataDatabase(Environment environment) {
        Path dataDirectory = config.dataPath();
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDirectory, e);
        }
        ManagedDataSource dataSource = config.getDatabase().getUrl().isBlank()
                ? DataSources.sqlite(dataDirectory.resolve("lucent.db"), environment.metrics())
                : DataSources.sqlite(Path.of(config.getDatabase().getUrl().replaceFirst("^jdbc:sqlite:", "")), environment.metrics());
        environment.lifecycle().manage(dataSource);
        Migrations.migrateShared(dataSource, Dialect.SQLITE);
        return new MetadataDatabase(dataSource, Jdbi.create(dataSource), Dialect.SQLITE);
    }

    @Provides
    @Singleton
    TenantDatabase tenantDatabase(MetadataDatabase database) {
        return new SingleTenantDatabase(database, TenantContext.LOCAL.tenantId());
    }

    @Provides
    @Singleton
    ModeStartup startup(TenantDirectory tenants, MetadataDatabase database, Environment environment, RequestAuthenticator authenticator,
                        com.fasterxml.jackson.databind.ObjectMapper json) {
        return () -> {
            if (!config.getAuth().getLocalPassword().isBlank()) {
                // The admin pages share the application's port in local mode: with a password, they need it too.
                environment.admin().addFilter("local-password", new AdminCredentialsFilter(authenticator, json))
                        .addMappingForUrlPatterns(java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST), true, "/*");
            }
            tenants.ensure(TenantContext.LOCAL.tenantId(), "Local");
            tenants.setPlan(TenantContext.LOCAL.tenantId(), io.lucent.platform.config.TenancyConfig.LOCAL_PLAN);
            database.jdbi().useHandle(handle -> handle.createUpdate(
                            "INSERT INTO users (id, tenant_id, email, full_name, role, created_at) "
                                    + "SELECT :id, :tenant, 'local@localhost', 'Local administrator', 'ADMIN', CURRENT_TIMESTAMP "
                                    + "WHERE NOT EXISTS (SELECT 1 FROM users WHERE id = :id)")
                    .bind("id", TenantContext.LOCAL.userId()).bind("tenant", TenantContext.LOCAL.tenantId()).execute());
        };
    }
}
