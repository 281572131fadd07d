package io.lucent.platform.jobs;

/**
 * Told when a job has reached a final state (completed, failed, cancelled, timed out), on the node that ended it.
 * The same ending may be reported more than once (two workers finishing a job's last tasks both look at it), so
 * listeners must be idempotent per job. Bound with
 * {@code Multibinder.newSetBinder(binder(), JobEndListener.class).addBinding().to(X.class)}.
 */
@FunctionalInterface
public interface JobEndListener {

    /** {@code job} has ended; a listener's failure is logged and does not affect the job. */
    void ended(Job job);
}
