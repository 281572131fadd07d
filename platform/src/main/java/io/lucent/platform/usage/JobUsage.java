package io.lucent.platform.usage;

import io.lucent.platform.jobs.Job;
import io.lucent.platform.jobs.JobEndListener;
import java.time.Duration;

/**
 * Records a usage entry when a job ends (action: the job's kind, e.g. {@code forecast}): the entities done and the
 * time from its start to its end, on behalf of the user who submitted it. Once per job, however often its end is
 * reported.
 */
public final class JobUsage implements JobEndListener {

    private final UsageRecorder usage;

    public JobUsage(UsageRecorder usage) {
        this.usage = usage;
    }

    @Override
    public void ended(Job job) {
        long millis = job.startedAt().flatMap(start -> job.finishedAt().map(end -> Duration.between(start, end).toMillis())).orElse(0L);
        usage.recordOnce(job.tenantId(), job.userId(), "job:" + job.id(), job.kind(), job.counts().done(), Math.max(0, millis));
    }
}
