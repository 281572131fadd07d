package io.lucent.platform.jobs;

/** Wakes this node's idle workers when work was submitted here, instead of waiting for their next poll. */
public final class WorkSignal {

    private final Object lock = new Object();
    private long generation;

    /** Tells waiting workers there may be work. */
    public void signal() {
        synchronized (lock) {
            generation++;
            lock.notifyAll();
        }
    }

    /** Waits up to {@code millis} or until signalled, whichever is first. */
    void await(long millis) throws InterruptedException {
        synchronized (lock) {
            long seen = generation;
            long end = System.nanoTime() + millis * 1_000_000L;
            while (generation == seen) {
                long left = (end - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    return;
                }
                lock.wait(left);
            }
        }
    }
}
