package io.lucent.platform.auth;

import io.lucent.platform.audit.RecordsOwnAudit;
import io.lucent.platform.audit.AuditLog;
import io.lucent.platform.audit.RequestOrigin;
import io.lucent.platform.errors.ErrorBody;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.tenancy.Allowed;
import io.lucent.platform.tenancy.CurrentTenant;
import io.lucent.platform.tenancy.Role;
import io.lucent.platform.tenancy.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** API keys of the tenant for machine clients (admins only). */
@RecordsOwnAudit
@Path("/api/v1/api-keys")
@Allowed(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API keys", description = "Keys for machine clients: 'Authorization: Bearer lk_...' or 'X-API-Key: lk_...'")
public final class ApiKeysResource {

    /** A new key: a name, the role it acts with, and an optional expiry. */
    public record CreateKeyRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "nightly import") String name,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"admin", "analyst", "viewer"}) String role,
                                   @Schema(description = "ISO-8601 UTC; absent: never expires", example = "2027-01-01T00:00:00Z") Instant expiresAt) {
    }

    /** The tenant's live keys. */
    public record KeyList(List<ApiKeys.KeyInfo> items) {
    }

    private final ApiKeys keys;
    private final AuditLog audit;
    private final Clock clock;

    public ApiKeysResource(ApiKeys keys, AuditLog audit, Clock clock) {
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "List the tenant's API keys", description = "Never shows the keys themselves, only their first characters.")
    public KeyList list(@Context ContainerRequestContext request) {
        return new KeyList(keys.list(CurrentTenant.of(request).tenantId()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API key", description = "The answer is the only time the key is shown; it is stored hashed.",
            responses = {
                    @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ApiKeys.Created.class))),
                    @ApiResponse(responseCode = "400", description = "Missing name, unknown role or past expiry",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public Response create(@Context HttpServletRequest http, @Context ContainerRequestContext request, CreateKeyRequest body) {
        TenantContext admin = CurrentTenant.of(request);
        if (body == null) {
            throw LucentException.invalid("Send {\"name\", \"role\", \"expiresAt\"}");
        }
        String name = AuthService.requiredText(body.name(), "name", 200);
        Role role = Role.parse(body.role());
        if (body.expiresAt() != null && !body.expiresAt().isAfter(clock.instant())) {
            throw LucentException.invalid("'expiresAt' must be in the future");
        }
        ApiKeys.Created created = keys.create(admin, name, role, body.expiresAt());
        audit.record(admin, RequestOrigin.of(http), "api-key.create", "api-key", created.info().id(),
                Map.of("name", name, "role", role.wireName()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke an API key", responses = {
            @ApiResponse(responseCode = "204", description = "Revoked"),
            @ApiResponse(responseCode = "404", description = "No such key in this tenant",
                    content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public Response revoke(@Context HttpServletRequest http, @Context ContainerRequestContext request, @PathParam("id") String id) {
        TenantContext admin = CurrentTenant.of(request);
        if (!keys.revoke(admin.tenantId(), id)) {
            throw LucentException.notFound("API key", id);
        }
        audit.record(admin, RequestOrigin.of(http), "api-key.revoke", "api-key", id, Map.of());
        return Response.noContent().build();
    }
}
