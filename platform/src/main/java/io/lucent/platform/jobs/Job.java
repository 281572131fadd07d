package io.lucent.platform.jobs;

import java.time.Instant;
import java.util.Optional;

/**
 * A job as its submitter sees it.
 *
 * @param id         the job id
 * @param tenantId   its tenant
 * @param userId     who submitted it
 * @param kind       the handler kind
 * @param state      its state
 * @param payload    the job's parameters (JSON)
 * @param counts     its tasks per state
 * @param error      why it failed, timed out or was cancelled, if it did
 * @param createdAt  when it was submitted
 * @param startedAt  when its first task was claimed
 * @param finishedAt when it reached a final state
 */
public record Job(String id, String tenantId, String userId, String kind, JobState state, String payload, TaskCounts counts,
                  Optional<String> error, Instant createdAt, Optional<Instant> startedAt, Optional<Instant> finishedAt) {
}
