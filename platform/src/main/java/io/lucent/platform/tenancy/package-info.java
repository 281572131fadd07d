/**
 * Tenancy and authorisation: who a request acts for, what their role lets them do, and each tenant's settings and
 * limits.
 *
 * <h2>For every resource: declare who may call it</h2>
 * Every request first passes {@link io.lucent.platform.tenancy.TenantContextFilter} (authentication: a
 * {@link io.lucent.platform.tenancy.TenantContext} with tenant, user and role, or 401) and then
 * {@link io.lucent.platform.tenancy.AuthorizationFilter} (the role check, or 403 with {@code details.allowedRoles}),
 * before the resource method runs. Resource methods read the caller with
 * {@link io.lucent.platform.tenancy.CurrentTenant#of(jakarta.ws.rs.container.ContainerRequestContext)} and pass it
 * to services; tenant-owned tables are reached only through
 * {@link io.lucent.platform.metadata.TenantDatabase#inTenant}.
 *
 * <p>Declare the roles on the method (or the class) with {@link io.lucent.platform.tenancy.Allowed}:
 * <pre>{@code
 * @POST
 * @Allowed({Role.ADMIN, Role.ANALYST})
 * public ForecastJob start(@Context ContainerRequestContext request, StartForecast body) {
 *     TenantContext tenant = CurrentTenant.of(request);
 *     ...
 * }
 * }</pre>
 * A route without {@code @Allowed} gets the role matrix by its area (the path segment after
 * {@code /api/v1/}), see {@link io.lucent.platform.tenancy.AccessPolicy}: datasets (everyone reads, admins and
 * analysts create and update, admins delete); preprocessing, recipes, forecasts, jobs, schedules and analyses
 * (everyone reads, admins and analysts do the rest); connectors (admins and analysts only); tenant settings and
 * plugins (everyone reads, admins change); users, API keys and audit (admins). Mark routes that answer without
 * sign-in with {@link io.lucent.platform.tenancy.Public}. {@code TenantIsolationIntegrationTest} walks every
 * registered route and checks it against the matrix and for cross-tenant access, so a new resource is covered the
 * moment it is registered.
 *
 * <h2>Limits, rate limits, usage and audit</h2>
 * <ul>
 *   <li>{@link io.lucent.platform.tenancy.TenantLimits#of(TenantContext)}: the tenant's limits, the one place they
 *       live (plan defaults from {@code tenancy.plans} in the config file, then the operator's per-tenant overrides
 *       from {@code POST /tasks/tenant-limits}): users, file size, rows per dataset, datasets, entities per batch,
 *       concurrent forecasts, horizon, and hourly uploads, forecasts and AI calls per user and per tenant (per tenant
 *       0 = per user times maxUsers). Local mode's tenant is on the {@code local} plan (one user, large batches,
 *       allowances nobody reaches by hand).</li>
 *   <li>Rate limits: mark a resource method {@link io.lucent.platform.ratelimit.RateLimited} with its action
 *       ({@code UPLOAD}, {@code FORECAST}, {@code AI_CALL}); after the role check and before the body is read, one
 *       unit of the user's and of the tenant's hourly allowance is taken, or the answer is 429 with
 *       {@code Retry-After} (Bucket4j buckets in Redis in SaaS mode, in memory locally). Uploads and every forecasting
 *       route that computes (run, batch, preview, auto-params, diagnostics compare) are marked.</li>
 *   <li>{@link io.lucent.platform.tenancy.ForecastLimits}: 422 naming {@code maxHorizon} or
 *       {@code maxEntitiesPerBatch} before a forecast is queued. Per-tenant concurrency: the job system claims a
 *       tenant's queued jobs only while fewer than its {@code maxConcurrentForecasts} run
 *       ({@link io.lucent.platform.tenancy.PlanJobLimits}); the rest <em>wait in the queue</em>, and only a full
 *       queue ({@code jobs.maxQueuedJobs}) answers 429.</li>
 *   <li>{@link io.lucent.platform.usage.UsageRecorder#record}: record what was done (action {@code upload} with rows
 *       and bytes, {@code forecast} when a forecast job ends via {@link io.lucent.platform.usage.JobUsage},
 *       {@code forecast_preview} for synchronous forecasts, {@code ai_call}; entity count, processing time);
 *       {@code GET /api/v1/tenant/usage} reports it, {@code /tenant/limits} shows the limits with current usage
 *       ({@link io.lucent.platform.usage.CurrentUsage}).</li>
 *   <li>Audit: every POST, PUT, PATCH and DELETE through the API is recorded automatically by
 *       {@link io.lucent.platform.audit.AuditTrailFilter} (caller, route, last path parameter as resource id, address,
 *       user agent; refusals for lack of rights too). For a more telling entry (e.g. {@code dataset.export} with the
 *       format), call {@link io.lucent.platform.audit.AuditLog#record} with a
 *       {@link io.lucent.platform.audit.RequestOrigin} built from a {@code @Context HttpServletRequest} method
 *       parameter, and mark the resource {@link io.lucent.platform.audit.RecordsOwnAudit}. GET routes that let data
 *       leave (exports, downloads) are marked {@link io.lucent.platform.audit.AuditedRead} and recorded the same way;
 *       operator limit changes are recorded as {@code tenant.limits-change} by {@code operator}. Admins read the log at
 *       {@code GET /api/v1/audit}.</li>
 * </ul>
 *
 * <h2>Modes</h2>
 * SaaS mode authenticates access tokens and API keys ({@code io.lucent.platform.auth}); each tenant's tables live in
 * its own PostgreSQL schema, reached in transactions that set the search path and a per-tenant database role with
 * {@code SET LOCAL}, so nothing tenant-specific outlives the transaction. Local mode has one tenant and one implicit
 * administrator ({@link io.lucent.platform.tenancy.TenantContext#LOCAL}); the server listens on 127.0.0.1 only and
 * asks for a password only when {@code auth.localPassword} is set.
 */
package io.lucent.platform.tenancy;
