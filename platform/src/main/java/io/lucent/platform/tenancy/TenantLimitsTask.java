package io.lucent.platform.tenancy;

import io.dropwizard.servlets.tasks.Task;
import io.lucent.platform.audit.AuditLog;
import io.lucent.platform.audit.RequestOrigin;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Operator task on the admin port: {@code POST /tasks/tenant-limits?id=acme&plan=pro&maxUsers=25} sets a tenant's plan
 * and overrides single limits (names as in {@link TenantLimits.Limits}; {@code limitName=} with no value removes an
 * override), then prints the limits in force. Tenants' own admins cannot change limits. The change is written to the
 * tenant's audit log as {@code tenant.limits-change} by actor {@code operator}.
 */
public final class TenantLimitsTask extends Task {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TenantLimitsTask.class);

    private final TenantDirectory tenants;
    private final TenantLimits limits;
    private final AuditLog audit;

    public TenantLimitsTask(TenantDirectory tenants, TenantLimits limits, AuditLog audit) {
        super("tenant-limits");
        this.tenants = tenants;
        this.limits = limits;
        this.audit = audit;
    }

    @Override
    public void execute(Map<String, List<String>> parameters, PrintWriter output) {
        String id = single(parameters, "id");
        if (tenants.find(id).isEmpty()) {
            throw new IllegalArgumentException("no tenant '" + id + "'");
        }
        Map<String, Object> overrides = new LinkedHashMap<>(tenants.limitOverrides(id));
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (name.equals("id") || name.equals("plan")) {
                continue;
            }
            if (!TenantLimits.NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown limit '" + name + "'; known: " + new java.util.TreeSet<>(TenantLimits.NAMES));
            }
            String value = parameter.getValue().get(0);
            if (value.isBlank()) {
                overrides.remove(name);
            } else {
                long number = Long.parseLong(value.strip());
                if (number < 1) {
                    throw new IllegalArgumentException(name + " must be at least 1");
                }
                overrides.put(name, number);
            }
        }
        if (parameters.containsKey("plan")) {
            tenants.setPlan(id, single(parameters, "plan"));
        }
        tenants.setLimitOverrides(id, overrides);
        String plan = tenants.find(id).orElseThrow().plan();
        try {
            audit.write(id, "operator", RequestOrigin.NONE, "tenant.limits-change", "tenant", id, "success",
                    Map.of("plan", plan, "overrides", overrides));
        } catch (RuntimeException e) {
            // A tenant whose first admin has not confirmed the address yet has no tables, so no audit log, yet.
            LOG.warn("Could not audit the limits change of tenant {}: {}", id, e.getMessage());
        }
        output.println("tenant " + id + ": " + limits.of(id));
    }

    private static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.size() != 1 || values.get(0).isBlank()) {
            throw new IllegalArgumentException("give exactly one '" + name + "' parameter");
        }
        return values.get(0).strip();
    }
}
