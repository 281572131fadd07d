package io.lucent.platform.users;

import io.swagger.v3.oas.annotations.media.Schema;
import io.lucent.platform.audit.AuditLog;
import io.lucent.platform.audit.RequestOrigin;
import io.lucent.platform.auth.Account;
import io.lucent.platform.auth.Accounts;
import io.lucent.platform.auth.AuthService;
import io.lucent.platform.auth.OneTimeCodes;
import io.lucent.platform.auth.OutgoingMail;
import io.lucent.platform.auth.PasswordHasher;
import io.lucent.platform.auth.PasswordPolicy;
import io.lucent.platform.auth.UserView;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.metadata.MetadataDatabase;
import io.lucent.platform.tenancy.Role;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.platform.tenancy.TenantLimits;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Team management within a tenant: admins add, rename, re-role and remove users (never the last admin, never
 * beyond the plan's user limit); every user reads and edits their own profile. Role changes and removals end the
 * user's sessions at once, since access tokens carry the role.
 */
public final class TeamService {

    /** A page of users. */
    @Schema(name = "UserPage")
    public record Page(List<UserView> items, int offset, int limit, int total) {
    }

    private final MetadataDatabase database;
    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final OneTimeCodes codes;
    private final OutgoingMail mail;
    private final AuthService auth;
    private final TenantLimits limits;
    private final AuditLog audit;
    private final Clock clock;

    public TeamService(MetadataDatabase database, Accounts accounts, PasswordHasher hasher, PasswordPolicy policy, OneTimeCodes codes,
                       OutgoingMail mail, AuthService auth, TenantLimits limits, AuditLog audit, Clock clock) {
        this.database = database;
        this.accounts = accounts;
        this.hasher = hasher;
        this.policy = policy;
        this.codes = codes;
        this.mail = mail;
        this.auth = auth;
        this.limits = limits;
        this.audit = audit;
        this.clock = clock;
    }

    public Page list(TenantContext admin, int offset, int limit) {
        List<UserView> items = accounts.list(admin.tenantId(), offset, limit).stream().map(UserView::of).toList();
        return new Page(items, offset, limit, accounts.count(admin.tenantId()));
    }

    /**
     * Adds a user. With a password (checked for strength) they can sign in at once; without one they get an
     * email with a single-use token to choose it. The admin vouches for the address, so it counts as confirmed.
     */
    public UserView add(TenantContext admin, String email, String fullName, Role role, String password, RequestOrigin origin) {
        String address = AuthService.validEmailAddress(email);
        String name = AuthService.requiredText(fullName, "fullName", 200);
        if (password != null) {
            policy.check(password, address, name);
        }
        int max = limits.of(admin).maxUsers();
        if (accounts.count(admin.tenantId()) >= max) {
            throw new LucentException(ErrorCode.UNPROCESSABLE, "Your plan allows " + max + " users; remove one first",
                    Map.of("limit", "maxUsers", "maxUsers", max));
        }
        if (accounts.byEmail(address).isPresent()) {
            throw new LucentException(ErrorCode.CONFLICT, "That email address already has a Lucent account", Map.of("field", "email"));
        }
        Account account = new Account(UUID.randomUUID().toString(), admin.tenantId(), address, name, role,
                password == null ? null : hasher.hash(password), true, 0, Instant.EPOCH, clock.instant());
        database.jdbi().useHandle(handle -> accounts.insert(handle, account));
        if (password == null) {
            codes.issue(account.id(), OneTimeCodes.Purpose.RESET_PASSWORD).ifPresent(secret -> mail.send(address,
                    "You have been invited to Lucent", "An administrator added you to their organization on Lucent.\n"
                            + "Choose your password with this token (POST /api/v1/auth/reset); it works once, for 30 minutes:\n\n"
                            + account.id() + "." + secret + "\n\nWhen it has expired, ask for a new one with POST /api/v1/auth/forgot."));
        }
        audit.record(admin, origin, "user.create", "user", account.id(), Map.of("email", address, "role", role.wireName()));
        return UserView.of(account);
    }

    public UserView rename(TenantContext caller, String userId, String fullName, RequestOrigin origin) {
        Account account = member(caller, userId);
        String name = AuthService.requiredText(fullName, "fullName", 200);
        accounts.setFullName(account.id(), name);
        audit.record(caller, origin, "user.update", "user", account.id(), Map.of("fullName", name));
        return UserView.of(accounts.byId(account.id()).orElseThrow());
    }

    public UserView changeRole(TenantContext admin, String userId, Role role, RequestOrigin origin) {
        Account account = member(admin, userId);
        if (account.role() == Role.ADMIN && role != Role.ADMIN && accounts.countAdmins(admin.tenantId()) <= 1) {
            throw new LucentException(ErrorCode.CONFLICT, "A tenant needs at least one admin; make someone else admin first");
        }
        accounts.setRole(account.id(), role);
        if (account.role() != role) {
            auth.endAllSessions(account.id());
        }
        audit.record(admin, origin, "user.role-change", "user", account.id(), Map.of("from", account.role().wireName(), "to", role.wireName()));
        return UserView.of(accounts.byId(account.id()).orElseThrow());
    }

    public void remove(TenantContext admin, String userId, RequestOrigin origin) {
        Account account = member(admin, userId);
        if (account.role() == Role.ADMIN && accounts.countAdmins(admin.tenantId()) <= 1) {
            throw new LucentException(ErrorCode.CONFLICT, "A tenant needs at least one admin; the last one cannot be removed");
        }
        auth.endAllSessions(account.id());
        accounts.delete(account.id());
        audit.record(admin, origin, "user.delete", "user", account.id(), Map.of("email", account.email()));
    }

    /** The caller's own account; 404 for API keys, which have no profile. */
    public UserView me(TenantContext caller) {
        return UserView.of(member(caller, caller.userId()));
    }

    private Account member(TenantContext caller, String userId) {
        return accounts.inTenant(caller.tenantId(), userId).orElseThrow(() -> LucentException.notFound("User", userId));
    }
}
