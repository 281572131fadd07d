package io.lucent.platform.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One node (local mode, tests): revocations in memory, dropped once the tokens they revoke have expired. */
public final class InMemoryTokenRevocations implements TokenRevocations {

    private record Entry(long value, Instant forgetAt) {
    }

    private final Map<String, Entry> tokens = new ConcurrentHashMap<>();
    private final Map<String, Entry> users = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryTokenRevocations(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void revokeToken(String jti, Instant expiresAt) {
        forgetExpired();
        tokens.put(jti, new Entry(1, expiresAt));
    }

    @Override
    public void revokeSessionsBefore(String userId, Instant instant) {
        forgetExpired();
        users.put(userId, new Entry(instant.toEpochMilli(), clock.instant().plus(Duration.ofMinutes(16))));
    }

    @Override
    public boolean isRevoked(String jti, String userId, Instant issuedAt) {
        if (tokens.containsKey(jti)) {
            return true;
        }
        Entry notBefore = users.get(userId);
        return notBefore != null && issuedAt.toEpochMilli() < notBefore.value();
    }

    private void forgetExpired() {
        Instant now = clock.instant();
        tokens.values().removeIf(e -> e.forgetAt().isBefore(now));
        users.values().removeIf(e -> e.forgetAt().isBefore(now));
    }
}
