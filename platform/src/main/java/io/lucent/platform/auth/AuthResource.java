package io.lucent.platform.auth;

import io.lucent.platform.audit.RecordsOwnAudit;
import io.lucent.platform.audit.RequestOrigin;
import io.lucent.platform.errors.ErrorBody;
import io.lucent.platform.tenancy.Public;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Sign-up, verification, sign-in, refresh, sign-out and password reset (SaaS mode; local mode has no accounts). */
@RecordsOwnAudit
@Path("/api/v1/auth")
@Public
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication", description = "Accounts and tokens (SaaS mode). Access tokens travel as 'Authorization: Bearer ...'.")
public final class AuthResource {

    /** Sign-up: a new organization (tenant) and its first admin. */
    public record RegisterRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Acme Retail") String organization,
                                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "ana@acme.example") String email,
                                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "12 to 128 characters, not a common password")
                                  String password,
                                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Ana Lima") String fullName) {
    }

    /** A code sent by email. */
    public record VerifyRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String email,
                                @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The 6-digit code", example = "042917") String code) {
    }

    /** An email address. */
    public record EmailRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String email) {
    }

    /** Credentials. */
    public record LoginRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String email,
                               @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String password) {
    }

    /** A refresh token. */
    public record RefreshRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String refreshToken) {
    }

    /** A reset token from the email and the new password. */
    public record ResetRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String token,
                               @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String password) {
    }

    /** The answer of requests whose effect is an email (or nothing, for unknown addresses). */
    public record Accepted(String status, String message) {
    }

    /** The answer of a sign-in when the tenant requires an emailed code. */
    public record CodeRequired(boolean codeRequired, String message) {
    }

    private final AuthService auth;

    public AuthResource(AuthService auth) {
        this.auth = auth;
    }

    @POST
    @Path("/register")
    @Operation(summary = "Create an organization and its first admin",
            description = "Sends a 6-digit verification code by email (valid 10 minutes). Answers 202 whether or not the address already "
                    + "has an account (its owner is told by email instead), so the answer reveals nothing about existing accounts.",
            responses = {
                    @ApiResponse(responseCode = "202", description = "Check your email", content = @Content(schema = @Schema(implementation = Accepted.class))),
                    @ApiResponse(responseCode = "400", description = "Missing field, bad email or weak password",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class))),
                    @ApiResponse(responseCode = "429", description = "Too many sign-ups from this address",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public Response register(@Context HttpServletRequest http, RegisterRequest body) {
        RegisterRequest request = body == null ? new RegisterRequest(null, null, null, null) : body;
        auth.register(request.organization(), request.email(), request.password(), request.fullName(), RequestOrigin.of(http));
        return Response.accepted(new Accepted("verification_sent", "If the address can be used, a verification code is on its way")).build();
    }

    @POST
    @Path("/verify")
    @Operation(summary = "Confirm an email address (or finish a sign-in) with the emailed code",
            description = "Codes expire after 10 minutes; 3 wrong attempts lock the code for 15 minutes.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "Signed in", content = @Content(schema = @Schema(implementation = Session.class))),
                    @ApiResponse(responseCode = "400", description = "Wrong, expired or locked code",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public Session verify(@Context HttpServletRequest http, VerifyRequest body) {
        return auth.verify(body == null ? null : body.email(), body == null ? null : body.code(), RequestOrigin.of(http));
    }

    @POST
    @Path("/resend")
    @Operation(summary = "Send a new verification code",
            description = "Answers 202 for any address; a code goes out only to an unverified account whose code is not locked.",
            responses = @ApiResponse(responseCode = "202", description = "Accepted", content = @Content(schema = @Schema(implementation = Accepted.class))))
    public Response resend(@Context HttpServletRequest http, EmailRequest body) {
        auth.resend(body == null ? null : body.email(), RequestOrigin.of(http));
        return Response.accepted(new Accepted("verification_sent", "If the address awaits verification, a new code is on its way")).build();
    }

    @POST
    @Path("/login")
    @Operation(summary = "Sign in",
            description = "Answers with an access token (HS256 JWT, 15 minutes) and a rotating refresh token (7 days). A wrong password, an "
                    + "unknown address and a locked account (5 failures in a row lock it for 15 minutes) get the same 401. Tenants that require "
                    + "a sign-in code get 202 and the code by email; finish with POST /api/v1/auth/verify.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "Signed in", content = @Content(schema = @Schema(implementation = Session.class))),
                    @ApiResponse(responseCode = "202", description = "A sign-in code was emailed",
                            content = @Content(schema = @Schema(implementation = CodeRequired.class))),
                    @ApiResponse(responseCode = "401", description = "Wrong credentials or locked account",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class))),
                    @ApiResponse(responseCode = "403", description = "The email address is not confirmed yet",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class))),
                    @ApiResponse(responseCode = "429", description = "Too many attempts; see Retry-After",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public Response login(@Context HttpServletRequest http, LoginRequest body) {
        AuthService.LoginResult result = auth.login(body == null ? null : body.email(), body == null ? null : body.password(), RequestOrigin.of(http));
        if (result.codeSent()) {
            return Response.accepted(new CodeRequired(true, "Your organization requires a sign-in code; we emailed it")).build();
        }
        return Response.ok(result.session()).build();
    }

    @POST
    @Path("/refresh")
    @Operation(summary = "Exchange a refresh token for new tokens",
            description = "Each refresh token works once. Presenting one that was already used revokes all tokens of that sign-in.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "New tokens", content = @Content(schema = @Schema(implementation = Session.class))),
                    @ApiResponse(responseCode = "401", description = "Unknown, expired, revoked or reused refresh token",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public Session refresh(RefreshRequest body) {
        return auth.refresh(body == null ? null : body.refreshToken());
    }

    @POST
    @Path("/logout")
    @Operation(summary = "Sign out",
            description = "Revokes the access token sent in the Authorization header (on every server at once) and the refresh token's whole family.",
            responses = @ApiResponse(responseCode = "204", description = "Signed out"))
    public Response logout(@Context HttpServletRequest http, @Context HttpHeaders headers, RefreshRequest body) {
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        String accessToken = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip() : null;
        auth.logout(accessToken, body == null ? null : body.refreshToken(), RequestOrigin.of(http));
        return Response.noContent().build();
    }

    @POST
    @Path("/forgot")
    @Operation(summary = "Ask for a password reset token by email",
            description = "Answers 202 for any address; the single-use token (30 minutes) goes only to existing accounts.",
            responses = @ApiResponse(responseCode = "202", description = "Accepted", content = @Content(schema = @Schema(implementation = Accepted.class))))
    public Response forgot(@Context HttpServletRequest http, EmailRequest body) {
        auth.forgot(body == null ? null : body.email(), RequestOrigin.of(http));
        return Response.accepted(new Accepted("reset_sent", "If the address has an account, a reset token is on its way")).build();
    }

    @POST
    @Path("/reset")
    @Operation(summary = "Choose a new password with the emailed token",
            description = "The token works once. Every session of the account ends.",
            responses = {
                    @ApiResponse(responseCode = "204", description = "Password changed"),
                    @ApiResponse(responseCode = "400", description = "Wrong, used or expired token, or weak password",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public Response reset(@Context HttpServletRequest http, ResetRequest body) {
        auth.reset(body == null ? null : body.token(), body == null ? null : body.password(), RequestOrigin.of(http));
        return Response.noContent().build();
    }

}
