package io.lucent.platform.datasets.ingest;

import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.TableReader;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a connector's batches on a thread of its own, a few batches ahead of the consumer (a bounded queue, so
 * memory stays bounded), and hands them over in order. A failure of the reader is rethrown to the consumer on its
 * next call; closing stops the reading thread. The reader itself is only ever used by the reading thread until
 * that thread has finished.
 */
final class BatchPrefetcher implements AutoCloseable {

    private static final int AHEAD = 4;

    /** One item in the queue: a batch, the end, or a failure. */
    private record Item(ColumnBatch batch, RuntimeException failure) {
        static final Item END = new Item(null, null);
    }

    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread thread;
    private volatile boolean stopped;
    private boolean finished;

    private BatchPrefetcher(TableReader reader, String connectorId, int batchRows) {
        this.thread = new Thread(() -> run(reader, connectorId, batchRows), "dataset-import-reader");
        this.thread.setDaemon(true);
    }

    static BatchPrefetcher start(TableReader reader, String connectorId, int batchRows) {
        BatchPrefetcher prefetcher = new BatchPrefetcher(reader, connectorId, batchRows);
        prefetcher.thread.start();
        return prefetcher;
    }

    /** The next batch, or empty after the last one. */
    Optional<ColumnBatch> next() {
        if (finished) {
            return Optional.empty();
        }
        Item item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LucentException(ErrorCode.CANCELLED, "The import was interrupted", Map.of(), e);
        }
        if (item.failure() != null) {
            finished = true;
            throw item.failure();
        }
        if (item == Item.END) {
            finished = true;
            return Optional.empty();
        }
        return Optional.of(item.batch());
    }

    private void run(TableReader reader, String connectorId, int batchRows) {
        try {
            while (!stopped) {
                Optional<ColumnBatch> batch = PluginReads.call(reader, connectorId, () -> reader.nextBatch(batchRows));
                if (!put(batch.map(b -> new Item(b, null)).orElse(Item.END)) || batch.isEmpty()) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            put(new Item(null, e));
        }
    }

    /** Waits for room in the queue unless stopped; false if stopped. */
    private boolean put(Item item) {
        try {
            while (!stopped) {
                if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops the reading thread and waits for it, so the reader may be closed afterwards. */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
