package io.lucent.platform.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The job system: how many tasks this node runs at once, leases, timeouts and retries. How many jobs a tenant may
 * run at once is its plan's {@code maxConcurrentForecasts} ({@code tenancy.plans}); jobs beyond it wait in the
 * queue, and a tenant with {@code maxQueuedJobs} jobs already waiting gets 429 with Retry-After.
 */
public class JobsConfig {

    private int workerThreads = 0;
    private boolean runWorkers = true;
    private int maxQueuedJobs = 100;
    private int leaseSeconds = 30;
    private int heartbeatMillis = 1000;
    private int pollMillis = 250;
    private int reaperSeconds = 5;
    private int defaultTimeoutMinutes = 60;
    private int maxAttempts = 3;
    private int backoffSeconds = 2;

    /** Tasks this node runs at once; 0 means one per core. */
    @JsonProperty
    @Min(0)
    public int getWorkerThreads() {
        return workerThreads;
    }

    @JsonProperty
    public void setWorkerThreads(int workerThreads) {
        this.workerThreads = workerThreads;
    }

    /** Whether the server process also runs jobs (the {@code worker} command always does). */
    @JsonProperty
    public boolean isRunWorkers() {
        return runWorkers;
    }

    @JsonProperty
    public void setRunWorkers(boolean runWorkers) {
        this.runWorkers = runWorkers;
    }

    /** Jobs one tenant may have waiting; one more is refused with 429 and Retry-After. */
    @JsonProperty
    @Min(1)
    public int getMaxQueuedJobs() {
        return maxQueuedJobs;
    }

    @JsonProperty
    public void setMaxQueuedJobs(int maxQueuedJobs) {
        this.maxQueuedJobs = maxQueuedJobs;
    }

    /** How long a claimed task stays a worker's without a heartbeat before the reaper hands it to another. */
    @JsonProperty
    @Min(1)
    public int getLeaseSeconds() {
        return leaseSeconds;
    }

    @JsonProperty
    public void setLeaseSeconds(int leaseSeconds) {
        this.leaseSeconds = leaseSeconds;
    }

    /** How often a worker renews its leases and looks for cancelled tasks. */
    @JsonProperty
    @Min(50)
    public int getHeartbeatMillis() {
        return heartbeatMillis;
    }

    @JsonProperty
    public void setHeartbeatMillis(int heartbeatMillis) {
        this.heartbeatMillis = heartbeatMillis;
    }

    /** How long an idle worker waits before looking for work again. */
    @JsonProperty
    @Min(10)
    public int getPollMillis() {
        return pollMillis;
    }

    @JsonProperty
    public void setPollMillis(int pollMillis) {
        this.pollMillis = pollMillis;
    }

    /** How often expired leases, deadlines and schedules are checked. */
    @JsonProperty
    @Min(1)
    public int getReaperSeconds() {
        return reaperSeconds;
    }

    @JsonProperty
    public void setReaperSeconds(int reaperSeconds) {
        this.reaperSeconds = reaperSeconds;
    }

    /** A job's time limit unless its submitter sets one; past it the job ends as timed_out. */
    @JsonProperty
    @Min(1)
    @Max(10080)
    public int getDefaultTimeoutMinutes() {
        return defaultTimeoutMinutes;
    }

    @JsonProperty
    public void setDefaultTimeoutMinutes(int defaultTimeoutMinutes) {
        this.defaultTimeoutMinutes = defaultTimeoutMinutes;
    }

    /** Attempts per task for transient failures and lost workers. */
    @JsonProperty
    @Min(1)
    public int getMaxAttempts() {
        return maxAttempts;
    }

    @JsonProperty
    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    /** The first retry delay; each further retry doubles it (at most five minutes). */
    @JsonProperty
    @Min(0)
    public int getBackoffSeconds() {
        return backoffSeconds;
    }

    @JsonProperty
    public void setBackoffSeconds(int backoffSeconds) {
        this.backoffSeconds = backoffSeconds;
    }

    /** The worker threads to start: the configured number, or one per core. */
    public int effectiveWorkerThreads() {
        return workerThreads > 0 ? workerThreads : Runtime.getRuntime().availableProcessors();
    }
}
