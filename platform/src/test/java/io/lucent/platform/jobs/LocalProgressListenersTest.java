package io.lucent.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LocalProgressListenersTest {

    private static final ProgressEvent EVENT = new ProgressEvent("job-1", "tenant-1", "running", new TaskCounts(3, 2, 1, 0, 0, 0),
            null, null, null, 0);

    @Test
    void deliversToEachListenerOfTheJobUntilItsSubscriptionCloses() {
        LocalProgressListeners listeners = new LocalProgressListeners();
        AtomicInteger first = new AtomicInteger();
        AtomicInteger second = new AtomicInteger();
        ProgressBus.Subscription closed = listeners.add("job-1", e -> first.incrementAndGet());
        listeners.add("job-1", e -> second.incrementAndGet());
        listeners.add("job-2", e -> second.addAndGet(100));

        listeners.deliver(EVENT);
        closed.close();
        listeners.deliver(EVENT);

        assertThat(first).hasValue(1);
        assertThat(second).hasValue(2);
    }

    @Test
    void aListenerAddedWhileTheJobsLastOtherListenerLeavesStillGetsEvents() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            int lost = 0;
            for (int round = 0; round < 20_000; round++) {
                LocalProgressListeners listeners = new LocalProgressListeners();
                ProgressBus.Subscription leaving = listeners.add("job-1", e -> { });
                AtomicInteger received = new AtomicInteger();
                CyclicBarrier start = new CyclicBarrier(2);
                Future<?> leave = threads.submit(() -> {
                    start.await();
                    leaving.close();
                    return null;
                });
                Future<?> join = threads.submit(() -> {
                    start.await();
                    listeners.add("job-1", e -> received.incrementAndGet());
                    return null;
                });
                leave.get();
                join.get();
                listeners.deliver(EVENT);
                if (received.get() == 0) {
                    lost++;
                }
            }
            assertThat(lost).as("rounds in which the new listener got nothing").isZero();
        } finally {
            threads.shutdownNow();
        }
    }
}
