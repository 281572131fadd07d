package io.lucent.plugins.ai.openai;

import io.lucent.plugin.api.CancelledException;
import io.lucent.plugin.api.PluginContext;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Hands the response of one HTTP exchange to the calling thread: first the status and headers, then the
 * body line by line, as the HTTP client receives them on its own threads. The caller waits with a deadline
 * and checks for cancellation while it waits, so neither a silent service nor a cancelled call can hold a
 * request thread. One instance per exchange.
 */
final class ResponseLines implements Flow.Subscriber<String> {

    /** How often a waiting caller looks at the cancellation flag. */
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private static final Object END = new Object();

    private record Failure(Throwable cause) {
    }

    private final BlockingQueue<Object> items = new LinkedBlockingQueue<>();
    private volatile Flow.Subscription subscription;
    private volatile boolean cancelled;

    /** The body handler to send the request with: it announces the status, then subscribes this to the lines. */
    HttpResponse.BodyHandler<Void> handler() {
        return info -> {
            items.add(info);
            return HttpResponse.BodySubscribers.fromLineSubscriber(this);
        };
    }

    /** Reports a failure of the exchange itself (no connection, protocol error). */
    void fail(Throwable cause) {
        items.add(new Failure(cause));
    }

    /** Stops receiving; the HTTP client drops the rest of the body. */
    void cancel() {
        cancelled = true;
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
    }

    @Override
    public void onSubscribe(Flow.Subscription next) {
        subscription = next;
        if (cancelled) {
            next.cancel();
        } else {
            next.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(String line) {
        items.add(line);
    }

    @Override
    public void onError(Throwable cause) {
        items.add(new Failure(cause));
    }

    @Override
    public void onComplete() {
        items.add(END);
    }

    /**
     * Waits for the status and headers.
     *
     * @throws TimeoutException   if the deadline passes first
     * @throws IOException if the exchange failed
     */
    HttpResponse.ResponseInfo awaitResponse(long deadlineNanos, PluginContext context) throws TimeoutException, IOException {
        Object item = take(deadlineNanos, context);
        if (item instanceof HttpResponse.ResponseInfo info) {
            return info;
        }
        throw new IOException("the response ended before its status line");
    }

    /**
     * Waits for the next body line.
     *
     * @return the line, or {@code null} at the end of the body
     * @throws TimeoutException   if the deadline passes first
     * @throws IOException if the exchange failed while receiving the body
     */
    String nextLine(long deadlineNanos, PluginContext context) throws TimeoutException, IOException {
        Object item = take(deadlineNanos, context);
        if (item == END) {
            return null;
        }
        if (item instanceof String line) {
            return line;
        }
        throw new IOException("unexpected item " + item);
    }

    private Object take(long deadlineNanos, PluginContext context) throws TimeoutException, IOException {
        while (true) {
            if (context.isCancelled()) {
                cancel();
                throw new CancelledException("The AI request was cancelled");
            }
            long remaining = deadlineNanos - System.nanoTime();
            if (remaining <= 0) {
                cancel();
                throw new TimeoutException();
            }
            Object item;
            try {
                item = items.poll(Math.min(remaining, POLL_NANOS), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel();
                throw new CancelledException("The AI request was interrupted");
            }
            if (item instanceof Failure failure) {
                Throwable cause = failure.cause();
                while (cause instanceof CompletionException && cause.getCause() != null) {
                    cause = cause.getCause();
                }
                throw cause instanceof IOException io ? io : new IOException(cause.getMessage(), cause);
            }
            if (item != null) {
                return item;
            }
        }
    }
}
