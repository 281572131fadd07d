package io.lucent.platform.datasets.store;

import java.util.regex.Pattern;

/**
 * The layout of keys in a {@link DatasetStore}: everything a tenant owns is under {@code tenants/<tenant>/}, so
 * no key of one tenant can name another tenant's data, and deleting a tenant's data is one prefix.
 */
public final class StoreKeys {

    private static final Pattern SAFE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private StoreKeys() {
    }

    /** The prefix of everything a tenant owns. */
    public static String tenant(String tenantId) {
        return "tenants/" + safe(tenantId) + "/";
    }

    /** The prefix of one dataset's versions. */
    public static String dataset(String tenantId, String datasetId) {
        return tenant(tenantId) + "datasets/" + safe(datasetId) + "/";
    }

    /** The Parquet file of one version. */
    public static String version(String tenantId, String datasetId, int version, String contentHash) {
        return dataset(tenantId, datasetId) + "v" + version + "-" + hash(contentHash) + ".parquet";
    }

    /** A derived result (for example a summary) of the data with a content hash. */
    public static String derived(String tenantId, String contentHash, String kind) {
        return tenant(tenantId) + "derived/" + hash(contentHash) + "/" + safe(kind) + ".json";
    }

    /** The prefix of all derived results of one content hash. */
    public static String derivedPrefix(String tenantId, String contentHash) {
        return tenant(tenantId) + "derived/" + hash(contentHash) + "/";
    }

    private static String safe(String part) {
        if (part == null || !SAFE.matcher(part).matches()) {
            throw new IllegalArgumentException("not a safe key part: " + part);
        }
        return part;
    }

    private static String hash(String hash) {
        if (hash == null || !HASH.matcher(hash).matches()) {
            throw new IllegalArgumentException("not a SHA-256 hex hash: " + hash);
        }
        return hash;
    }
}
