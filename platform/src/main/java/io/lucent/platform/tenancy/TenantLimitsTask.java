package io.lucent.platform.tenancy;

import io.dropwizard.servlets.tasks.Task;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Operator task on the admin port: {@code POST /tasks/tenant-limits?id=acme&plan=pro&maxUsers=25} sets a tenant's plan
 * and overrides single limits (names as in {@link TenantLimits.Limits}; {@code limitName=} with no value removes an
 * override), then prints the limits in force. Tenants' own admins cannot change limits.
 */
public final class TenantLimitsTask extends Task {

    private final TenantDirectory tenants;
    private final TenantLimits limits;

    public TenantLimitsTask(TenantDirectory tenants, TenantLimits limits) {
        super("tenant-limits");
        this.tenants = tenants;
        this.limits = limits;
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
