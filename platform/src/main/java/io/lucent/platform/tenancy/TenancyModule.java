package io.lucent.platform.tenancy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import io.lucent.platform.audit.AuditLog;
import io.lucent.platform.audit.AuditResource;
import io.lucent.platform.auth.Accounts;
import io.lucent.platform.config.LucentConfiguration;
import io.lucent.platform.datasets.DatasetRepository;
import io.lucent.platform.jobs.JobEndListener;
import io.lucent.platform.jobs.JobStore;
import io.lucent.platform.jobs.TenantJobLimits;
import io.lucent.platform.metadata.MetadataDatabase;
import io.lucent.platform.metadata.TenantDatabase;
import io.lucent.platform.ratelimit.Buckets;
import io.lucent.platform.ratelimit.IdempotentReplays;
import io.lucent.platform.ratelimit.RateLimitedAction;
import io.lucent.platform.ratelimit.RateLimiter;
import io.lucent.platform.usage.CurrentUsage;
import io.lucent.platform.usage.JobUsage;
import io.lucent.platform.usage.UsageRecorder;
import io.lucent.platform.wiring.RestResources;
import java.time.Clock;

/**
 * What both modes share: the role matrix, tenant limits, rate limiter, audit log, usage records and the tenant and
 * audit endpoints. The mode modules bind {@link Buckets} and {@link RequestAuthenticator}.
 */
public final class TenancyModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder<Object> resources = Multibinder.newSetBinder(binder(), Object.class, RestResources.class);
        resources.addBinding().to(TenantResource.class);
        resources.addBinding().to(AuditResource.class);
        bind(AccessPolicy.class).toInstance(new AccessPolicy());
        Multibinder.newSetBinder(binder(), JobEndListener.class).addBinding().to(JobUsage.class);
        MapBinder.newMapBinder(binder(), RateLimitedAction.class, IdempotentReplays.class);
    }

    @Provides
    @Singleton
    TenantLimits tenantLimits(LucentConfiguration config, TenantDirectory tenants) {
        return new TenantLimits(config.getTenancy(), tenants);
    }

    @Provides
    @Singleton
    ForecastLimits forecastLimits(TenantLimits limits) {
        return new ForecastLimits(limits);
    }

    @Provides
    @Singleton
    TenantJobLimits tenantJobLimits(TenantLimits limits, Clock clock) {
        return new PlanJobLimits(limits, clock);
    }

    @Provides
    @Singleton
    RateLimiter rateLimiter(Buckets buckets, TenantLimits limits) {
        return new RateLimiter(buckets, limits);
    }

    @Provides
    @Singleton
    AuditLog auditLog(TenantDatabase database, ObjectMapper json, Clock clock) {
        return new AuditLog(database, json, clock);
    }

    @Provides
    @Singleton
    UsageRecorder usageRecorder(TenantDatabase database, Clock clock) {
        return new UsageRecorder(database, clock);
    }

    @Provides
    @Singleton
    JobUsage jobUsage(UsageRecorder usage) {
        return new JobUsage(usage);
    }

    @Provides
    @Singleton
    Accounts accounts(MetadataDatabase database, Clock clock) {
        return new Accounts(database, clock);
    }

    @Provides
    @Singleton
    TenantResource tenantResource(TenantDirectory tenants, TenantLimits limits, UsageRecorder usage, CurrentUsage current, AuditLog audit,
                                  Clock clock) {
        return new TenantResource(tenants, limits, usage, current, audit, clock);
    }

    @Provides
    @Singleton
    CurrentUsage currentUsage(Accounts accounts, DatasetRepository datasets, JobStore jobs, RateLimiter limiter) {
        return new CurrentUsage(accounts, datasets, jobs, limiter);
    }

    @Provides
    @Singleton
    AuditResource auditResource(AuditLog audit) {
        return new AuditResource(audit);
    }
}
