package io.lucent.platform.http;

import io.dropwizard.servlets.tasks.Task;
import io.lucent.platform.tenancy.TenantDirectory;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * Operator task on the admin port: {@code POST /admin/tasks/create-tenant?id=acme&name=Acme} creates a tenant
 * with its schema (idempotent). Self-service registration comes through the REST API in SaaS mode.
 */
public final class TenantAdminTask extends Task {

    private final TenantDirectory tenants;

    public TenantAdminTask(TenantDirectory tenants) {
        super("create-tenant");
        this.tenants = tenants;
    }

    @Override
    public void execute(Map<String, List<String>> parameters, PrintWriter output) {
        String id = single(parameters, "id");
        String name = parameters.getOrDefault("name", List.of(id)).get(0);
        TenantDirectory.Tenant tenant = tenants.ensure(id, name);
        output.println("tenant " + tenant.id() + " (" + tenant.name() + ") ready");
    }

    private static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.size() != 1 || values.get(0).isBlank()) {
            throw new IllegalArgumentException("give exactly one '" + name + "' parameter");
        }
        return values.get(0);
    }
}
