package io.lucent.platform.jobs;

/**
 * Runs the tasks of one job kind. Called from many worker threads at once, possibly on several nodes, and
 * possibly more than once for one task (a worker that dies mid-task is replaced by another): {@link #run} must
 * have no effects outside its {@link TaskOutcome}. The outcome's {@link TaskOutcome.Persist} step writes the
 * results in the tenant's transaction and must <em>replace</em> them by key (job and entity), so a repeated run
 * leaves one copy; the task is then marked done once, and only by the worker still holding its lease.
 *
 * <p>Failures: throw {@link TransientTaskException} for what may succeed on retry (it is retried with backoff
 * up to the configured attempts); any other exception fails the task (not the job: the other entities go on).
 */
public interface TaskHandler {

    /** The job kind this handler runs, e.g. {@code forecast}. */
    String kind();

    /** Runs one task. */
    TaskOutcome run(TaskContext task) throws Exception;
}
