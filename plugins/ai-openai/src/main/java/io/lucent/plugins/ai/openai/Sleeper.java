package io.lucent.plugins.ai.openai;

import io.lucent.plugin.api.CancelledException;
import io.lucent.plugin.api.PluginContext;
import java.time.Duration;

/** Waits between retries; tests replace it to observe the waits without spending them. */
@FunctionalInterface
interface Sleeper {

    /** Sleeps in short slices, stopping with {@link CancelledException} when the call is cancelled. */
    Sleeper REAL = (duration, context) -> {
        long end = System.nanoTime() + duration.toNanos();
        try {
            for (long left = duration.toNanos(); left > 0; left = end - System.nanoTime()) {
                context.throwIfCancelled();
                Thread.sleep(Math.max(1, Math.min(100, left / 1_000_000)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("The AI request was interrupted");
        }
        context.throwIfCancelled();
    };

    void sleep(Duration duration, PluginContext context);
}
