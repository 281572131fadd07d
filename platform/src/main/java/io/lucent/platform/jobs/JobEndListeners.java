package io.lucent.platform.jobs;

import java.util.Set;

/** Tells {@link JobEndListener}s about an ended job; one listener's failure neither stops the others nor the caller. */
final class JobEndListeners {

    private static final System.Logger LOG = System.getLogger(JobEndListeners.class.getName());

    private JobEndListeners() {
    }

    static void tell(Set<JobEndListener> listeners, Job job) {
        for (JobEndListener listener : listeners) {
            try {
                listener.ended(job);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "A job end listener failed for job " + job.id() + ": " + e.getMessage(), e);
            }
        }
    }
}
