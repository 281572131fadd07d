package io.lucent.platform.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to run: a job of a kind (the {@link TaskHandler} that runs it) with a JSON payload and one task per
 * entity key.
 *
 * @param kind           the handler kind, e.g. {@code forecast}
 * @param payloadJson    the job's parameters as JSON, handed to every task
 * @param entityKeys     one task per key, in this order; at least one, no duplicates
 * @param priority       the claim priority
 * @param timeout        the job's time limit from its start, or empty for the configured default
 * @param idempotencyKey a client key: submitting the same key again returns the first job
 * @param id             the job id to use (a feature that records the job elsewhere first), or empty for a new UUID
 */
public record JobSpec(String kind, String payloadJson, List<String> entityKeys, JobPriority priority,
                      Optional<Duration> timeout, Optional<String> idempotencyKey, Optional<String> id) {

    public JobSpec {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(payloadJson, "payloadJson is null");
        Objects.requireNonNull(priority, "priority is null");
        Objects.requireNonNull(timeout, "timeout is null");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey is null");
        Objects.requireNonNull(id, "id is null");
        entityKeys = List.copyOf(entityKeys);
        if (entityKeys.isEmpty()) {
            throw new IllegalArgumentException("a job needs at least one entity");
        }
        if (entityKeys.stream().distinct().count() != entityKeys.size()) {
            throw new IllegalArgumentException("a job's entities must be distinct");
        }
        timeout.ifPresent(t -> {
            if (t.isNegative() || t.isZero()) {
                throw new IllegalArgumentException("a timeout must be positive");
            }
        });
    }

    /** A job whose priority follows its size: one entity is interactive, more are a batch. */
    public static JobSpec of(String kind, String payloadJson, List<String> entityKeys) {
        return new JobSpec(kind, payloadJson, entityKeys, entityKeys.size() == 1 ? JobPriority.INTERACTIVE : JobPriority.BATCH,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    public JobSpec withTimeout(Duration value) {
        return new JobSpec(kind, payloadJson, entityKeys, priority, Optional.of(value), idempotencyKey, id);
    }

    public JobSpec withIdempotencyKey(String key) {
        return new JobSpec(kind, payloadJson, entityKeys, priority, timeout, Optional.ofNullable(key).filter(k -> !k.isBlank()), id);
    }

    public JobSpec withPriority(JobPriority value) {
        return new JobSpec(kind, payloadJson, entityKeys, value, timeout, idempotencyKey, id);
    }

    public JobSpec withId(String value) {
        return new JobSpec(kind, payloadJson, entityKeys, priority, timeout, idempotencyKey, Optional.of(value));
    }
}
