package io.lucent.platform;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.google.inject.Module;
import io.dropwizard.assets.AssetsBundle;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.lucent.platform.audit.AuditLog;
import io.lucent.platform.audit.AuditTrailFilter;
import io.lucent.platform.cli.BenchCommand;
import io.lucent.platform.cli.ForecastCommand;
import io.lucent.platform.cli.WorkerCommand;
import io.lucent.platform.config.DeploymentMode;
import io.lucent.platform.config.LucentConfiguration;
import io.lucent.platform.errors.ConstraintViolationExceptionMapper;
import io.lucent.platform.errors.JsonProcessingExceptionMapper;
import io.lucent.platform.errors.LucentExceptionMapper;
import io.lucent.platform.errors.UnexpectedExceptionMapper;
import io.lucent.platform.errors.WebApplicationExceptionMapper;
import io.lucent.platform.http.OpenApiResource;
import io.lucent.platform.http.RequestIdFilter;
import io.lucent.platform.plugins.PluginHealthCheck;
import io.lucent.platform.plugins.PluginRegistry;
import io.lucent.platform.plugins.PluginStatus;
import io.lucent.platform.tenancy.AccessPolicy;
import io.lucent.platform.tenancy.AuthorizationFilter;
import io.lucent.platform.tenancy.RequestAuthenticator;
import io.lucent.platform.tenancy.TenantContextFilter;
import io.lucent.platform.tenancy.TenantDirectory;
import io.lucent.platform.tenancy.TenantLimits;
import io.lucent.platform.tenancy.TenantLimitsTask;
import io.lucent.platform.wiring.CoreModule;
import io.lucent.platform.wiring.LocalModeModule;
import io.lucent.platform.wiring.ModeStartup;
import io.lucent.platform.wiring.SaasModeModule;
import io.lucent.platform.wiring.RestResources;
import io.lucent.platform.http.TenantAdminTask;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Lucent host: a Dropwizard application wired by hand with Guice. The config file's {@code mode} picks
 * the mode module here, and only here.
 */
public class LucentApplication extends Application<LucentConfiguration> {

    public static void main(String[] args) throws Exception {
        new LucentApplication().run(args);
    }

    @Override
    public String getName() {
        return "lucent";
    }

    @Override
    public void initialize(Bootstrap<LucentConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
        // Times travel as ISO-8601 text ("2026-11-22T03:30:00Z"), never as epoch numbers.
        bootstrap.getObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        bootstrap.addBundle(new AssetsBundle("/META-INF/resources/webjars/", "/webjars/", null, "webjars"));
        bootstrap.addBundle(new AssetsBundle("/assets/docs/", "/api/docs/", "index.html", "api-docs"));
        bootstrap.addCommand(new BenchCommand());
        bootstrap.addCommand(new WorkerCommand(this));
        bootstrap.addCommand(new ForecastCommand());
    }

    @Override
    public void run(LucentConfiguration config, Environment environment) {
        Module modeModule = config.getMode() == DeploymentMode.LOCAL ? new LocalModeModule(config) : new SaasModeModule(config);
        Injector injector = Guice.createInjector(List.of(new CoreModule(config, environment), modeModule, new io.lucent.platform.datasets.DatasetsModule(), new io.lucent.platform.jobs.JobsModule(), new io.lucent.platform.forecasting.runs.ForecastingModule(), new io.lucent.platform.analytics.AnalyticsModule(), new io.lucent.platform.insights.InsightsModule(),
                com.google.inject.util.Modules.combine(additionalModules())));

        injector.getInstance(ModeStartup.class).run();

        io.lucent.platform.http.JsonErrorHandler errors = new io.lucent.platform.http.JsonErrorHandler(environment.getObjectMapper());
        environment.getApplicationContext().setErrorHandler(errors);
        environment.lifecycle().addServerLifecycleListener(server -> server.setErrorHandler(errors));
        environment.jersey().register(new RequestIdFilter());
        environment.jersey().register(new TenantContextFilter(injector.getInstance(RequestAuthenticator.class)));
        environment.jersey().register(new AuthorizationFilter(injector.getInstance(AccessPolicy.class)));
        environment.jersey().register(new io.lucent.platform.ratelimit.RateLimitFeature(injector.getInstance(io.lucent.platform.ratelimit.RateLimiter.class),
                injector.getInstance(com.google.inject.Key.get(new com.google.inject.TypeLiteral<java.util.Map<io.lucent.platform.ratelimit.RateLimitedAction,
                        io.lucent.platform.ratelimit.IdempotentReplays>>() { }))));
        environment.jersey().register(new AuditTrailFilter(injector.getInstance(AuditLog.class)));
        environment.jersey().register(new LucentExceptionMapper());
        environment.jersey().register(new WebApplicationExceptionMapper());
        environment.jersey().register(new JsonProcessingExceptionMapper());
        environment.jersey().register(new ConstraintViolationExceptionMapper());
        environment.jersey().register(new UnexpectedExceptionMapper());

        Set<Class<?>> documented = new LinkedHashSet<>();
        for (Object resource : injector.getInstance(Key.get(new TypeLiteral<Set<Object>>() { }, RestResources.class))) {
            environment.jersey().register(resource);
            documented.add(resource.getClass());
        }
        environment.jersey().register(OpenApiResource.of(documented, version()));

        PluginRegistry registry = injector.getInstance(PluginRegistry.class);
        for (PluginStatus plugin : registry.plugins()) {
            environment.healthChecks().register("plugin-" + plugin.id() + " (" + java.nio.file.Path.of(plugin.source()).getFileName() + ")",
                    new PluginHealthCheck(registry, plugin.id()));
        }
        environment.admin().addTask(new TenantAdminTask(injector.getInstance(TenantDirectory.class)));
        environment.admin().addTask(new TenantLimitsTask(injector.getInstance(TenantDirectory.class), injector.getInstance(TenantLimits.class),
                injector.getInstance(AuditLog.class)));
    }

    /** Guice modules added after the built-in ones; embedding applications and tests add job handlers here. */
    protected List<Module> additionalModules() {
        return List.of();
    }

    private String version() {
        String version = getClass().getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
