package io.lucent.platform.audit;

import io.lucent.platform.errors.ErrorBody;
import io.lucent.platform.tenancy.Allowed;
import io.lucent.platform.tenancy.CurrentTenant;
import io.lucent.platform.tenancy.Paging;
import io.lucent.platform.tenancy.Role;
import io.lucent.platform.tenancy.TenantResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** The tenant's audit log (admins). */
@Path("/api/v1/audit")
@Allowed(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who did what, to which resource, from where, when")
public final class AuditResource {

    private final AuditLog audit;

    public AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @Operation(summary = "Search the audit log", description = "Newest first; every filter is optional and exact.", responses = {
            @ApiResponse(responseCode = "200", description = "A page of entries", content = @Content(schema = @Schema(implementation = AuditLog.Page.class))),
            @ApiResponse(responseCode = "400", description = "Bad paging or time", content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public AuditLog.Page search(@Context ContainerRequestContext request,
                                @Parameter(description = "user id (or key-<id> for an API key)") @QueryParam("actor") String actor,
                                @Parameter(description = "e.g. auth.login, user.role-change") @QueryParam("action") String action,
                                @Parameter(description = "e.g. user, api-key, tenant, dataset") @QueryParam("resourceType") String resourceType,
                                @QueryParam("resourceId") String resourceId,
                                @Parameter(description = "success, failure or denied") @QueryParam("outcome") String outcome,
                                @Parameter(description = "ISO-8601 UTC, inclusive") @QueryParam("from") String from,
                                @Parameter(description = "ISO-8601 UTC, exclusive") @QueryParam("to") String to,
                                @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        AuditLog.Query query = new AuditLog.Query(actor, action, resourceType, resourceId, outcome, TenantResource.instant(from, "from", null),
                TenantResource.instant(to, "to", null));
        return audit.find(CurrentTenant.of(request), query, Paging.offset(offset), Paging.limit(limit));
    }
}
