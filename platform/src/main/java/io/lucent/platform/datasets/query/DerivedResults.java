package io.lucent.platform.datasets.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.platform.datasets.store.DatasetStore;
import io.lucent.platform.datasets.store.StoreKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Results derived from a dataset version (summaries now; analytics and insights later), keyed by the version's
 * content hash: computed once, kept in memory (a bounded LRU) and in the dataset store under the tenant's prefix
 * (so other nodes and restarts reuse them), and gone with the data. Thread-safe.
 */
public final class DerivedResults {

    private final DatasetStore store;
    private final ObjectMapper json;
    private final Map<String, Object> memory;

    public DerivedResults(DatasetStore store, ObjectMapper json, int capacity) {
        this.store = store;
        this.json = json;
        this.memory = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The {@code kind} result for the data with {@code contentHash}, computing it with {@code compute} only if absent. */
    public <T> T get(String tenantId, String contentHash, String kind, Class<T> type, Supplier<T> compute) {
        String key = StoreKeys.derived(tenantId, contentHash, kind);
        synchronized (memory) {
            Object cached = memory.get(key);
            if (type.isInstance(cached)) {
                return type.cast(cached);
            }
        }
        Optional<byte[]> stored = store.getBytes(key);
        T result;
        if (stored.isPresent()) {
            result = read(stored.get(), type);
        } else {
            result = compute.get();
            store.putBytes(key, write(result));
        }
        synchronized (memory) {
            memory.put(key, result);
        }
        return result;
    }

    /** Forgets every result of {@code contentHash} (the data was deleted). */
    public void forget(String tenantId, String contentHash) {
        forgetInMemory(tenantId, contentHash);
        store.deletePrefix(StoreKeys.derivedPrefix(tenantId, contentHash));
    }

    /** Forgets this node's in-memory copies of the results of {@code contentHash} (another node deleted the data). */
    public void forgetInMemory(String tenantId, String contentHash) {
        String prefix = StoreKeys.derivedPrefix(tenantId, contentHash);
        synchronized (memory) {
            memory.keySet().removeIf(k -> k.startsWith(prefix));
        }
    }

    private <T> T read(byte[] bytes, Class<T> type) {
        try {
            return json.readValue(bytes, type);
        } catch (IOException e) {
            throw new UncheckedIOException("A stored derived result cannot be read", e);
        }
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
