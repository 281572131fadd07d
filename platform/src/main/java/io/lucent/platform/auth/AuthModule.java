package io.lucent.platform.auth;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import io.lucent.platform.audit.AuditLog;
import io.lucent.platform.config.LucentConfiguration;
import io.lucent.platform.metadata.MetadataDatabase;
import io.lucent.platform.ratelimit.RateLimiter;
import io.lucent.platform.tenancy.JwtSecret;
import io.lucent.platform.tenancy.RequestAuthenticator;
import io.lucent.platform.tenancy.TenantDirectory;
import io.lucent.platform.tenancy.TenantLimits;
import io.lucent.platform.users.TeamService;
import io.lucent.platform.users.UsersResource;
import io.lucent.platform.wiring.RestResources;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import redis.clients.jedis.JedisPooled;

/**
 * SaaS mode's accounts: sign-up and sign-in endpoints, tokens (revocations in Redis), API keys, team management
 * and the authenticator that checks every request. Installed by the SaaS mode module only; local mode has none of it.
 */
public final class AuthModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder<Object> resources = Multibinder.newSetBinder(binder(), Object.class, RestResources.class);
        resources.addBinding().to(AuthResource.class);
        resources.addBinding().to(ApiKeysResource.class);
        resources.addBinding().to(UsersResource.class);
        bind(PasswordPolicy.class).toInstance(new PasswordPolicy());
    }

    @Provides
    @Singleton
    PasswordHasher passwordHasher(Environment environment) {
        return new PasswordHasher(environment.metrics().counter(PasswordHasher.CHECKS_METRIC));
    }

    @Provides
    @Singleton
    SecretTokens secretTokens(JwtSecret secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("lucent one-time codes".getBytes(StandardCharsets.UTF_8));
            return new SecretTokens(digest.digest(secret.bytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Provides
    @Singleton
    AccessTokens accessTokens(JwtSecret secret, LucentConfiguration config, Clock clock) {
        return new AccessTokens(secret.bytes(), config.getAuth().getIssuer(), Duration.ofMinutes(config.getAuth().getAccessTokenMinutes()), clock);
    }

    @Provides
    @Singleton
    TokenRevocations revocations(JedisPooled redis, Clock clock) {
        return new RedisTokenRevocations(redis, clock);
    }

    @Provides
    @Singleton
    RefreshTokens refreshTokens(MetadataDatabase database, SecretTokens secrets, LucentConfiguration config, Clock clock) {
        return new RefreshTokens(database, secrets, Duration.ofDays(config.getAuth().getRefreshTokenDays()), clock);
    }

    @Provides
    @Singleton
    OneTimeCodes oneTimeCodes(MetadataDatabase database, SecretTokens secrets, Clock clock) {
        return new OneTimeCodes(database, secrets, clock);
    }

    @Provides
    @Singleton
    ApiKeys apiKeys(MetadataDatabase database, SecretTokens secrets, Clock clock) {
        return new ApiKeys(database, secrets, clock);
    }

    @Provides
    @Singleton
    RequestAuthenticator authenticator(AccessTokens tokens, TokenRevocations revocations, ApiKeys keys) {
        return new SaasAuthenticator(tokens, revocations, keys);
    }

    @Provides
    @Singleton
    OutgoingMail outgoingMail(LucentConfiguration config, Environment environment) {
        ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "account-mail");
            thread.setDaemon(true);
            return thread;
        });
        environment.lifecycle().manage(new Managed() {
            @Override
            public void stop() throws InterruptedException {
                sender.shutdown();
                sender.awaitTermination(10, TimeUnit.SECONDS);
            }
        });
        return new OutgoingMail(new SmtpMailer(config.getSmtp()), sender);
    }

    @Provides
    @Singleton
    AuthService authService(MetadataDatabase database, TenantDirectory tenants, Accounts accounts, PasswordHasher hasher, PasswordPolicy policy,
                            OneTimeCodes codes, AccessTokens tokens, RefreshTokens refreshTokens, TokenRevocations revocations, OutgoingMail mail,
                            RateLimiter rateLimiter, LucentConfiguration config, AuditLog audit, Clock clock) {
        return new AuthService(database, tenants, accounts, hasher, policy, codes, tokens, refreshTokens, revocations, mail, rateLimiter,
                config.getTenancy(), audit, clock);
    }

    @Provides
    @Singleton
    TeamService teamService(MetadataDatabase database, Accounts accounts, PasswordHasher hasher, PasswordPolicy policy, OneTimeCodes codes,
                            OutgoingMail mail, AuthService auth, TenantLimits limits, AuditLog audit, Clock clock) {
        return new TeamService(database, accounts, hasher, policy, codes, mail, auth, limits, audit, clock);
    }

    @Provides
    @Singleton
    AuthResource authResource(AuthService auth) {
        return new AuthResource(auth);
    }

    @Provides
    @Singleton
    ApiKeysResource apiKeysResource(ApiKeys keys, AuditLog audit, Clock clock) {
        return new ApiKeysResource(keys, audit, clock);
    }

    @Provides
    @Singleton
    UsersResource usersResource(TeamService team, AuthService auth) {
        return new UsersResource(team, auth);
    }
}
