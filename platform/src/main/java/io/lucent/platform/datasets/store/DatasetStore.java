package io.lucent.platform.datasets.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where dataset files (immutable Parquet versions and derived results) live, by key. Keys are relative
 * slash-separated paths built by {@link StoreKeys}, always under one tenant's prefix. Implementations: a local
 * directory, or an S3-compatible bucket with a local cache. Thread-safe.
 */
public interface DatasetStore {

    /** Stores {@code file} under {@code key}, replacing what was there. The file is left in place. */
    void put(String key, Path file);

    /**
     * Stores {@code file} under {@code key} like {@link #put}, but takes the file: it is moved into the store where
     * it can be (no second copy of its bytes), and is gone from its place afterwards.
     */
    void putMoving(String key, Path file);

    /** Stores small content (a derived result) under {@code key}. */
    void putBytes(String key, byte[] content);

    /** Small content stored under {@code key}, if any. */
    Optional<byte[]> getBytes(String key);

    /**
     * A local file with the content of {@code key}, for DuckDB to read (the S3 store downloads it to its cache
     * first). Fails with 404 if there is no such key.
     */
    Path localFile(String key);

    /** Deletes every key starting with {@code prefix} (a tenant's or a dataset's prefix). */
    void deletePrefix(String prefix);

    /**
     * Drops what this node keeps of the keys under {@code prefix} beside the store itself (another node deleted
     * them). A store with no node-local copies has nothing to drop.
     */
    default void forgetLocalCopies(String prefix) {
    }

    /** The keys under {@code prefix}. */
    java.util.List<String> list(String prefix);
}
