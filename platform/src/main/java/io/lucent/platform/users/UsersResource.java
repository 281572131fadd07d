package io.lucent.platform.users;

import io.lucent.platform.audit.RecordsOwnAudit;
import io.lucent.platform.audit.RequestOrigin;
import io.lucent.platform.auth.AuthService;
import io.lucent.platform.auth.Session;
import io.lucent.platform.auth.UserView;
import io.lucent.platform.errors.ErrorBody;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.tenancy.Allowed;
import io.lucent.platform.tenancy.CurrentTenant;
import io.lucent.platform.tenancy.Paging;
import io.lucent.platform.tenancy.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Team management (admins) and each user's own profile and password (SaaS mode). */
@RecordsOwnAudit
@Path("/api/v1/users")
@Allowed(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "The tenant's users and roles; your own profile")
public final class UsersResource {

    /** A new user. */
    public record NewUser(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String email,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String fullName,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"admin", "analyst", "viewer"}) String role,
                          @Schema(description = "Optional; without it the user is emailed a token to choose one") String password) {
    }

    /** Profile fields a user or an admin may change. */
    public record ProfileUpdate(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String fullName) {
    }

    /** A role. */
    public record RoleUpdate(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"admin", "analyst", "viewer"}) String role) {
    }

    /** A password change. */
    public record PasswordChange(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String currentPassword,
                                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String newPassword) {
    }

    private final TeamService team;
    private final AuthService auth;

    public UsersResource(TeamService team, AuthService auth) {
        this.team = team;
        this.auth = auth;
    }

    @GET
    @Operation(summary = "List the tenant's users")
    public TeamService.Page list(@Context ContainerRequestContext request, @QueryParam("offset") @DefaultValue("0") int offset,
                                 @QueryParam("limit") @DefaultValue("50") int limit) {
        return team.list(CurrentTenant.of(request), Paging.offset(offset), Paging.limit(limit));
    }

    @POST
    @Operation(summary = "Add a user", responses = {
            @ApiResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = UserView.class))),
            @ApiResponse(responseCode = "400", description = "Invalid field or weak password", content = @Content(schema = @Schema(implementation = ErrorBody.class))),
            @ApiResponse(responseCode = "409", description = "The address already has an account", content = @Content(schema = @Schema(implementation = ErrorBody.class))),
            @ApiResponse(responseCode = "422", description = "The plan's user limit is reached", content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public Response add(@Context HttpServletRequest http, @Context ContainerRequestContext request, NewUser body) {
        if (body == null) {
            throw LucentException.invalid("Send {\"email\", \"fullName\", \"role\", \"password\"}");
        }
        UserView user = team.add(CurrentTenant.of(request), body.email(), body.fullName(), Role.parse(body.role()), body.password(), RequestOrigin.of(http));
        return Response.status(Response.Status.CREATED).entity(user).build();
    }

    @GET
    @Path("/me")
    @Allowed({Role.ADMIN, Role.ANALYST, Role.VIEWER})
    @Operation(summary = "Your own profile", responses = {
            @ApiResponse(responseCode = "200", description = "You", content = @Content(schema = @Schema(implementation = UserView.class))),
            @ApiResponse(responseCode = "404", description = "API keys have no profile", content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public UserView me(@Context ContainerRequestContext request) {
        return team.me(CurrentTenant.of(request));
    }

    @PUT
    @Path("/me")
    @Allowed({Role.ADMIN, Role.ANALYST, Role.VIEWER})
    @Operation(summary = "Change your own name")
    public UserView updateMe(@Context HttpServletRequest http, @Context ContainerRequestContext request, ProfileUpdate body) {
        var caller = CurrentTenant.of(request);
        return team.rename(caller, caller.userId(), body == null ? null : body.fullName(), RequestOrigin.of(http));
    }

    @PUT
    @Path("/me/password")
    @Allowed({Role.ADMIN, Role.ANALYST, Role.VIEWER})
    @Operation(summary = "Change your password",
            description = "Needs the current password. Ends every other session and answers with new tokens for this one.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = Session.class))),
                    @ApiResponse(responseCode = "400", description = "Wrong current password or weak new one",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public Session changePassword(@Context HttpServletRequest http, @Context ContainerRequestContext request, PasswordChange body) {
        return auth.changePassword(CurrentTenant.of(request), body == null ? null : body.currentPassword(),
                body == null ? null : body.newPassword(), RequestOrigin.of(http));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a user's name", responses = {
            @ApiResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = UserView.class))),
            @ApiResponse(responseCode = "404", description = "No such user in this tenant", content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public UserView update(@Context HttpServletRequest http, @Context ContainerRequestContext request, @PathParam("id") String id, ProfileUpdate body) {
        return team.rename(CurrentTenant.of(request), id, body == null ? null : body.fullName(), RequestOrigin.of(http));
    }

    @PUT
    @Path("/{id}/role")
    @Operation(summary = "Change a user's role", description = "The user's sessions end at once. A tenant keeps at least one admin.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = UserView.class))),
                    @ApiResponse(responseCode = "404", description = "No such user in this tenant", content = @Content(schema = @Schema(implementation = ErrorBody.class))),
                    @ApiResponse(responseCode = "409", description = "It would leave no admin", content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public UserView changeRole(@Context HttpServletRequest http, @Context ContainerRequestContext request, @PathParam("id") String id, RoleUpdate body) {
        return team.changeRole(CurrentTenant.of(request), id, Role.parse(body == null ? null : body.role()), RequestOrigin.of(http));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a user", description = "Ends the user's sessions at once. The last admin cannot be removed.",
            responses = {
                    @ApiResponse(responseCode = "204", description = "Removed"),
                    @ApiResponse(responseCode = "404", description = "No such user in this tenant", content = @Content(schema = @Schema(implementation = ErrorBody.class))),
                    @ApiResponse(responseCode = "409", description = "The last admin", content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public Response remove(@Context HttpServletRequest http, @Context ContainerRequestContext request, @PathParam("id") String id) {
        team.remove(CurrentTenant.of(request), id, RequestOrigin.of(http));
        return Response.noContent().build();
    }

}
