package io.lucent.platform.auth;

import io.lucent.platform.audit.AuditLog;
import io.lucent.platform.audit.RequestOrigin;
import io.lucent.platform.config.TenancyConfig;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.metadata.MetadataDatabase;
import io.lucent.platform.ratelimit.RateLimiter;
import io.lucent.platform.tenancy.Role;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.platform.tenancy.TenantDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Sign-up, email verification, sign-in (with lockout and an optional emailed sign-in code), token refresh and
 * revocation, and password reset. Nothing here tells whether an email address has an account: unknown
 * addresses get the answers (and about the time) a known one gets.
 */
public final class AuthService {

    /** Failed sign-ins in a row that lock an account, and for how long. */
    static final int MAX_FAILED_LOGINS = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(15);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{1,63}");

    /** The outcome of a sign-in: a session, or a note that a code was emailed (tenants that require one). */
    public record LoginResult(Session session, boolean codeSent) {
    }

    private final MetadataDatabase database;
    private final TenantDirectory tenants;
    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final OneTimeCodes codes;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final TokenRevocations revocations;
    private final OutgoingMail mail;
    private final RateLimiter rateLimiter;
    private final TenancyConfig config;
    private final AuditLog audit;
    private final Clock clock;

    public AuthService(MetadataDatabase database, TenantDirectory tenants, Accounts accounts, PasswordHasher hasher, PasswordPolicy policy,
                       OneTimeCodes codes, AccessTokens accessTokens, RefreshTokens refreshTokens, TokenRevocations revocations,
                       OutgoingMail mail, RateLimiter rateLimiter, TenancyConfig config, AuditLog audit, Clock clock) {
        this.database = database;
        this.tenants = tenants;
        this.accounts = accounts;
        this.hasher = hasher;
        this.policy = policy;
        this.codes = codes;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.revocations = revocations;
        this.mail = mail;
        this.rateLimiter = rateLimiter;
        this.config = config;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates a tenant and its first admin (unverified) and emails a six-digit code. For an address that already
     * has an account nothing is created; its owner gets a note instead. The answer is the same either way.
     */
    public void register(String organization, String email, String password, String fullName, RequestOrigin origin) {
        String name = requiredText(organization, "organization", 200);
        String person = requiredText(fullName, "fullName", 200);
        String address = validEmailAddress(email);
        policy.check(password, address, person);
        rateLimiter.acquire("register:" + origin.ip(), config.getRegistrationsPerHour(), Duration.ofHours(1));
        String hash = hasher.hash(password);
        if (accounts.byEmail(address).isPresent()) {
            mail.send(address, "Lucent: someone tried to sign up with your address",
                    "Someone (maybe you) tried to create a new Lucent organization with this email address, which already has an account.\n"
                            + "To get in, sign in or reset your password. If it was not you, you can ignore this message.");
            return;
        }
        String tenantId = tenants.newId();
        String userId = UUID.randomUUID().toString();
        try {
            database.jdbi().useTransaction(handle -> {
                tenants.insert(handle, tenantId, name);
                accounts.insert(handle, new Account(userId, tenantId, address, person, Role.ADMIN, hash, false, 0, Instant.EPOCH, clock.instant()));
            });
        } catch (UnableToExecuteStatementException e) {
            if (accounts.byEmail(address).isPresent()) {
                return; // registered concurrently: answer as for any existing address
            }
            throw e;
        }
        codes.issue(userId, OneTimeCodes.Purpose.VERIFY_EMAIL).ifPresent(code -> mail.send(address, "Your Lucent verification code",
                "Your verification code is " + code + ".\nIt is valid for 10 minutes."));
    }

    /**
     * Checks a code sent by email: confirms the address after sign-up (and creates the tenant's tables), or
     * completes a sign-in for tenants that require a code. Answers with a session.
     */
    public Session verify(String email, String code, RequestOrigin origin) {
        Optional<Account> found = accounts.byEmail(email);
        if (found.isEmpty()) {
            throw wrongCode();
        }
        Account account = found.get();
        OneTimeCodes.Purpose purpose = account.emailVerified() ? OneTimeCodes.Purpose.SIGN_IN : OneTimeCodes.Purpose.VERIFY_EMAIL;
        if (!codes.consume(account.id(), purpose, code)) {
            if (purpose == OneTimeCodes.Purpose.SIGN_IN) {
                audit.write(account.tenantId(), account.id(), origin, "auth.login-code", "user", account.id(), "failure",
                        Map.of("reason", "wrong or expired code"));
            }
            throw wrongCode();
        }
        if (purpose == OneTimeCodes.Purpose.VERIFY_EMAIL) {
            tenants.provision(account.tenantId());
            accounts.markVerified(account.id());
            audit.write(account.tenantId(), account.id(), origin, "auth.verify", "user", account.id(), "success", Map.of());
        } else {
            audit.write(account.tenantId(), account.id(), origin, "auth.login", "user", account.id(), "success", Map.of("withCode", true));
        }
        return session(accounts.byId(account.id()).orElseThrow());
    }

    /** Emails a new verification code to an unverified account (unless its code is locked); same answer for any address. */
    public void resend(String email, RequestOrigin origin) {
        rateLimiter.acquire("resend:" + origin.ip(), config.getRegistrationsPerHour(), Duration.ofHours(1));
        accounts.byEmail(email).filter(account -> !account.emailVerified())
                .flatMap(account -> codes.issue(account.id(), OneTimeCodes.Purpose.VERIFY_EMAIL))
                .ifPresent(code -> mail.send(Accounts.normalize(email), "Your Lucent verification code",
                        "Your verification code is " + code + ".\nIt is valid for 10 minutes."));
    }

    /**
     * Signs in. Wrong passwords, unknown addresses and locked accounts all get the same 401; the fifth failure in
     * a row locks the account for 15 minutes.
     */
    public LoginResult login(String email, String password, RequestOrigin origin) {
        String address = Accounts.normalize(email);
        rateLimiter.acquire("login:" + origin.ip() + ":" + address, config.getLoginAttemptsPerMinute(), Duration.ofMinutes(1));
        Optional<Account> found = accounts.byEmail(address);
        if (found.isEmpty()) {
            hasher.verifyDummy(password);
            throw invalidCredentials();
        }
        Account account = found.get();
        if (account.isLockedAt(clock.instant())) {
            hasher.verifyDummy(password);
            auditFailure(account, origin, "locked");
            throw invalidCredentials();
        }
        if (password == null || !hasher.verify(password, account.passwordHash())) {
            accounts.recordFailedLogin(account.id(), MAX_FAILED_LOGINS, LOCKOUT);
            auditFailure(account, origin, "wrong password");
            throw invalidCredentials();
        }
        accounts.clearFailedLogins(account.id());
        if (!account.emailVerified()) {
            throw new LucentException(ErrorCode.FORBIDDEN, "Confirm your email address first with the code we sent (POST /api/v1/auth/resend for a new one)",
                    Map.of("reason", "email_not_verified"));
        }
        if (Boolean.TRUE.equals(tenants.settings(account.tenantId()).get("loginCodeRequired"))) {
            codes.issue(account.id(), OneTimeCodes.Purpose.SIGN_IN).ifPresent(code -> mail.send(account.email(), "Your Lucent sign-in code",
                    "Your sign-in code is " + code + ".\nIt is valid for 10 minutes."));
            return new LoginResult(null, true);
        }
        audit.write(account.tenantId(), account.id(), origin, "auth.login", "user", account.id(), "success", Map.of());
        return new LoginResult(session(account), false);
    }

    /** Exchanges a refresh token for a new access token and the next refresh token; reuse revokes the family. */
    public Session refresh(String refreshToken) {
        RefreshTokens.Rotation rotation = refreshTokens.rotate(refreshToken).orElseThrow(() ->
                new LucentException(ErrorCode.UNAUTHENTICATED, "The refresh token is not valid (expired, revoked or already used); sign in again"));
        Account account = accounts.byId(rotation.userId()).orElseThrow(() ->
                new LucentException(ErrorCode.UNAUTHENTICATED, "The account no longer exists"));
        AccessTokens.Issued access = accessTokens.issue(account.tenantId(), account.id(), account.role());
        return new Session(access.token(), rotation.token(), accessTokens.lifetime().toSeconds(), UserView.of(account));
    }

    /** Signs out: revokes the presented access token (on every node) and the refresh token's family. */
    public void logout(String accessToken, String refreshToken, RequestOrigin origin) {
        if (accessToken != null) {
            accessTokens.verify(accessToken).ifPresent(verified -> {
                revocations.revokeToken(verified.jti(), verified.expiresAt());
                audit.write(verified.context().tenantId(), verified.context().userId(), origin, "auth.logout", "user",
                        verified.context().userId(), "success", Map.of());
            });
        }
        refreshTokens.revokeFamilyOf(refreshToken);
    }

    /** Emails a single-use password reset token (valid 30 minutes) if the address has an account; same answer otherwise. */
    public void forgot(String email, RequestOrigin origin) {
        rateLimiter.acquire("forgot:" + origin.ip(), config.getRegistrationsPerHour(), Duration.ofHours(1));
        accounts.byEmail(email).ifPresent(account -> codes.issue(account.id(), OneTimeCodes.Purpose.RESET_PASSWORD)
                .ifPresent(secret -> mail.send(account.email(), "Reset your Lucent password",
                        "Use this token to choose a new password (POST /api/v1/auth/reset); it works once, for 30 minutes:\n\n"
                                + account.id() + "." + secret + "\n\nIf you did not ask for it, ignore this message.")));
    }

    /** Sets a new password with a reset token; signs the user out everywhere. */
    public void reset(String token, String newPassword, RequestOrigin origin) {
        int dot = token == null ? -1 : token.indexOf('.');
        Optional<Account> found = dot <= 0 ? Optional.empty() : accounts.byId(token.substring(0, dot));
        if (found.isEmpty()) {
            throw invalidResetToken();
        }
        Account account = found.get();
        policy.check(newPassword, account.email(), account.fullName());
        if (!codes.consume(account.id(), OneTimeCodes.Purpose.RESET_PASSWORD, token.substring(dot + 1))) {
            throw invalidResetToken();
        }
        accounts.setPassword(account.id(), hasher.hash(newPassword));
        if (!account.emailVerified()) {
            tenants.provision(account.tenantId());
            accounts.markVerified(account.id());
        }
        endAllSessions(account.id());
        audit.write(account.tenantId(), account.id(), origin, "auth.password-reset", "user", account.id(), "success", Map.of());
    }

    /** Changes the caller's password after checking the current one; ends every other session and returns a new one. */
    public Session changePassword(TenantContext user, String currentPassword, String newPassword, RequestOrigin origin) {
        Account account = accounts.inTenant(user.tenantId(), user.userId())
                .orElseThrow(() -> new LucentException(ErrorCode.NOT_FOUND, "Only users have passwords; API keys do not"));
        if (currentPassword == null || !hasher.verify(currentPassword, account.passwordHash())) {
            throw new LucentException(ErrorCode.INVALID_REQUEST, "The current password is wrong", Map.of("field", "currentPassword"));
        }
        policy.check(newPassword, account.email(), account.fullName());
        accounts.setPassword(account.id(), hasher.hash(newPassword));
        endAllSessions(account.id());
        audit.record(user, origin, "user.password-change", "user", account.id(), Map.of());
        return session(account);
    }

    /** Revokes every refresh token and every access token issued so far to a user. */
    public void endAllSessions(String userId) {
        refreshTokens.revokeAll(userId);
        revocations.revokeSessionsBefore(userId, clock.instant());
    }

    /** A tenant's audit log (its tables) exists once its first admin confirmed the email address. */
    private void auditFailure(Account account, RequestOrigin origin, String reason) {
        if (account.emailVerified()) {
            audit.write(account.tenantId(), account.id(), origin, "auth.login", "user", account.id(), "failure", Map.of("reason", reason));
        }
    }

    private Session session(Account account) {
        AccessTokens.Issued access = accessTokens.issue(account.tenantId(), account.id(), account.role());
        return new Session(access.token(), refreshTokens.start(account.id()), accessTokens.lifetime().toSeconds(), UserView.of(account));
    }

    /** A required text field, stripped; 400 when missing or longer than {@code maxLength}. */
    public static String requiredText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new LucentException(ErrorCode.INVALID_REQUEST, "'" + field + "' is required", Map.of("field", field));
        }
        if (value.strip().length() > maxLength) {
            throw new LucentException(ErrorCode.INVALID_REQUEST, "'" + field + "' is longer than " + maxLength + " characters", Map.of("field", field));
        }
        return value.strip();
    }

    /** A syntactically valid email address, lower case; 400 otherwise. */
    public static String validEmailAddress(String email) {
        String address = Accounts.normalize(email);
        if (address.length() > 320 || !EMAIL.matcher(address).matches()) {
            throw new LucentException(ErrorCode.INVALID_REQUEST, "'email' is not an email address", Map.of("field", "email"));
        }
        return address.toLowerCase(Locale.ROOT);
    }

    private static LucentException invalidCredentials() {
        return new LucentException(ErrorCode.UNAUTHENTICATED,
                "The email or password is wrong, or the account is locked for 15 minutes after repeated failures");
    }

    private static LucentException wrongCode() {
        return new LucentException(ErrorCode.INVALID_REQUEST,
                "The code is wrong or expired, or locked for 15 minutes after 3 wrong attempts; ask for a new one",
                Map.of("field", "code"));
    }

    private static LucentException invalidResetToken() {
        return new LucentException(ErrorCode.INVALID_REQUEST, "The reset token is wrong, used or expired; ask for a new one",
                Map.of("field", "token"));
    }
}
