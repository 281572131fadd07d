package io.lucent.platform.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.SetParams;

/** SaaS mode: revocations in Redis, so a logout on one node is honoured by all. One round trip per check. */
public final class RedisTokenRevocations implements TokenRevocations {

    private static final Duration LONGEST_TOKEN = Duration.ofMinutes(16);

    private final JedisPooled redis;
    private final Clock clock;

    public RedisTokenRevocations(JedisPooled redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    @Override
    public void revokeToken(String jti, Instant expiresAt) {
        long seconds = Math.max(1, Duration.between(clock.instant(), expiresAt).toSeconds() + 1);
        redis.set(tokenKey(jti), "1", SetParams.setParams().ex(seconds));
    }

    @Override
    public void revokeSessionsBefore(String userId, Instant instant) {
        redis.set(userKey(userId), Long.toString(instant.toEpochMilli()), SetParams.setParams().ex(LONGEST_TOKEN.toSeconds()));
    }

    @Override
    public boolean isRevoked(String jti, String userId, Instant issuedAt) {
        List<String> values = redis.mget(tokenKey(jti), userKey(userId));
        if (values.get(0) != null) {
            return true;
        }
        String notBefore = values.get(1);
        return notBefore != null && issuedAt.toEpochMilli() < Long.parseLong(notBefore);
    }

    private static String tokenKey(String jti) {
        return "lucent:revoked:token:" + jti;
    }

    private static String userKey(String userId) {
        return "lucent:revoked:user-before:" + userId;
    }
}
