package io.lucent.platform.analytics;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Answers kept as the JSON bytes sent to clients, so a repeated question is answered without computing or
 * serialising anything. Keys must name everything the answer depends on (tenant, data version, mapping,
 * parameters): an entry is never updated, only replaced by new keys when the data or mapping changes and
 * dropped least-recently-used beyond a total size. Thread-safe; two first requests for one key may both
 * compute, and the answers are equal.
 */
final class SerializedResults {

    private final long maxBytes;
    private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    SerializedResults(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Drops every answer whose key {@code matches} (data it came from was deleted). */
    synchronized void forgetWhere(Predicate<String> matches) {
        Iterator<Map.Entry<String, byte[]>> all = entries.entrySet().iterator();
        while (all.hasNext()) {
            Map.Entry<String, byte[]> entry = all.next();
            if (matches.test(entry.getKey())) {
                bytes -= entry.getValue().length;
                all.remove();
            }
        }
    }

    /** The bytes for {@code key}, from {@code compute} when absent. */
    byte[] get(String key, Supplier<byte[]> compute) {
        synchronized (this) {
            byte[] cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
        }
        byte[] computed = compute.get();
        synchronized (this) {
            byte[] previous = entries.put(key, computed);
            bytes += computed.length - (previous == null ? 0 : previous.length);
            Iterator<Map.Entry<String, byte[]>> eldest = entries.entrySet().iterator();
            while (bytes > maxBytes && eldest.hasNext()) {
                Map.Entry<String, byte[]> entry = eldest.next();
                if (entry.getValue() != computed) {
                    bytes -= entry.getValue().length;
                    eldest.remove();
                }
            }
        }
        return computed;
    }
}
