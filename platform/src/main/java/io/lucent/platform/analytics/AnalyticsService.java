package io.lucent.platform.analytics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.platform.datasets.DatasetColumn;
import io.lucent.platform.datasets.DatasetService;
import io.lucent.platform.datasets.DatasetVersion;
import io.lucent.platform.datasets.StoredDataset;
import io.lucent.platform.datasets.copies.DeletedCopies;
import io.lucent.platform.datasets.copies.LocalCopies;
import io.lucent.platform.datasets.query.DerivedResults;
import io.lucent.platform.datasets.query.SandboxPool;
import io.lucent.platform.datasets.store.DatasetStore;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.tenancy.TenantContext;
import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Runs analytics computations on a tenant's sales dataset: resolves the dataset and its column mapping (saved,
 * else detected), opens the sandboxed DuckDB view over its current Parquet version, and caches each result by
 * the version's content hash together with the mapping, the parameters and the inventory version, so a result
 * is computed once per data version and question and then served as the JSON bytes it was first sent as. A result
 * computed with an inventory dataset is kept in this node's memory only, never in the store, so that deleting the
 * inventory dataset leaves none of its figures behind. Thread-safe.
 */
public final class AnalyticsService implements LocalCopies {

    /** How many bytes of serialised answers are kept in memory. */
    static final long SERIALIZED_BYTES = 64L * 1024 * 1024;

    /** One computation over a frame and, when asked for, an inventory. */
    @FunctionalInterface
    public interface Computation<T> {
        T compute(SalesFrame frame, Inventory inventory) throws SQLException;
    }

    /**
     * A dataset's column mapping as the API shows it.
     *
     * @param datasetId the dataset
     * @param saved     whether a saved mapping overrides the detected one
     * @param mapping   the mapping in effect
     * @param detected  the mapping recognised from the column names
     * @param columns   the dataset's columns
     * @param problems  what keeps the mapping in effect from working (empty when it works)
     */
    @Schema(name = "SalesMappingView")
    public record MappingView(String datasetId, boolean saved, SalesMapping mapping, SalesMapping detected, List<String> columns,
                              List<String> problems) {
    }

    /**
     * An inventory dataset's column mapping as the API shows it.
     *
     * @param datasetId the inventory dataset
     * @param saved     whether a saved mapping overrides the detected one
     * @param mapping   the mapping in effect
     * @param detected  the mapping recognised from the column names
     * @param columns   the dataset's columns
     * @param problems  what keeps the mapping in effect from working (empty when it works)
     */
    @Schema(name = "InventoryMappingView")
    public record InventoryMappingView(String datasetId, boolean saved, InventoryMapping mapping, InventoryMapping detected,
                                       List<String> columns, List<String> problems) {
    }

    private final DatasetService datasets;
    private final DatasetStore store;
    private final SandboxPool sandboxes;
    private final DerivedResults derived;
    private final MappingRepository mappings;
    private final ObjectMapper json;
    private final MappingDetector detector = new MappingDetector();
    private final SerializedResults answers = new SerializedResults(SERIALIZED_BYTES);

    public AnalyticsService(DatasetService datasets, DatasetStore store, SandboxPool sandboxes, DerivedResults derived, MappingRepository mappings,
                            ObjectMapper json) {
        this.json = json;
        this.datasets = datasets;
        this.store = store;
        this.sandboxes = sandboxes;
        this.derived = derived;
        this.mappings = mappings;
    }

    public MappingView mapping(TenantContext tenant, String datasetId) {
        StoredDataset dataset = datasets.get(tenant, datasetId);
        List<String> columns = columns(dataset);
        SalesMapping detected = detector.sales(columns);
        var saved = mappings.find(tenant, datasetId);
        SalesMapping effective = saved.orElse(detected);
        return new MappingView(datasetId, saved.isPresent(), effective, detected, columns, effective.problems(columns));
    }

    /** Saves a mapping after checking it against the dataset's columns (400 listing the problems otherwise). */
    public MappingView saveMapping(TenantContext tenant, String datasetId, SalesMapping mapping) {
        StoredDataset dataset = datasets.get(tenant, datasetId);
        List<String> problems = mapping.problems(columns(dataset));
        if (!problems.isEmpty()) {
            throw new LucentException(ErrorCode.INVALID_REQUEST, "The mapping does not fit the dataset", Map.of("problems", problems));
        }
        mappings.save(tenant, datasetId, mapping);
        return mapping(tenant, datasetId);
    }

    /** Forgets a saved mapping: the detected one applies again. */
    public MappingView resetMapping(TenantContext tenant, String datasetId) {
        datasets.get(tenant, datasetId);
        mappings.delete(tenant, datasetId);
        return mapping(tenant, datasetId);
    }

    public InventoryMappingView inventoryMapping(TenantContext tenant, String datasetId) {
        StoredDataset dataset = datasets.get(tenant, datasetId);
        List<String> columns = columns(dataset);
        InventoryMapping detected = detector.inventory(columns);
        var saved = mappings.findInventory(tenant, datasetId);
        InventoryMapping effective = saved.orElse(detected);
        return new InventoryMappingView(datasetId, saved.isPresent(), effective, detected, columns, effective.problems(columns));
    }

    /** Saves an inventory mapping after checking it against the dataset's columns (400 listing the problems otherwise). */
    public InventoryMappingView saveInventoryMapping(TenantContext tenant, String datasetId, InventoryMapping mapping) {
        StoredDataset dataset = datasets.get(tenant, datasetId);
        List<String> problems = mapping.problems(columns(dataset));
        if (!problems.isEmpty()) {
            throw new LucentException(ErrorCode.INVALID_REQUEST, "The inventory mapping does not fit the dataset", Map.of("problems", problems));
        }
        mappings.saveInventory(tenant, datasetId, mapping);
        return inventoryMapping(tenant, datasetId);
    }

    /** Forgets a saved inventory mapping: the detected one applies again. */
    public InventoryMappingView resetInventoryMapping(TenantContext tenant, String datasetId) {
        datasets.get(tenant, datasetId);
        mappings.deleteInventory(tenant, datasetId);
        return inventoryMapping(tenant, datasetId);
    }

    /**
     * The JSON of {@code computation}'s result for {@code kind} with {@code parameters}: from the serialised
     * answers when the same question was answered for the same dataset version, mapping and inventory version,
     * else from the derived results (memory, then the store), else computed.
     *
     * @param groupBy            a column to use as the category for this request only, or null
     * @param inventoryDatasetId an inventory dataset, or null
     */
    public <T> byte[] cachedJson(TenantContext tenant, String datasetId, Window window, String groupBy, String inventoryDatasetId, String kind,
                                 String parameters, Class<T> type, Computation<T> computation) {
        Source source = source(tenant, datasetId, groupBy);
        InventorySource inventory = inventoryDatasetId == null ? null : inventorySource(tenant, inventoryDatasetId);
        DatasetVersion version = source.dataset().current();
        String key = kind + "-" + digest(source.dataset().id() + "|" + version.version() + "|" + source.mapping().fingerprint() + "|"
                + window.cacheKey() + "|" + parameters + "|"
                + (inventory == null ? "" : inventory.dataset().id() + "|" + inventory.dataset().current().contentHash() + "|"
                + inventory.mapping().fingerprint()));
        String answerKey = answerPrefix(tenant.tenantId(), version.contentHash()) + key;
        if (inventory != null) {
            // Computed with another dataset's stock figures: kept in memory only, marked with that dataset's version,
            // so that deleting either dataset drops it (the store keeps derived results under one dataset's hash).
            return answers.get(inventoryMark(tenant.tenantId(), inventory.dataset().current().contentHash()) + answerKey,
                    () -> write(compute(source, window, inventory, computation)));
        }
        return answers.get(answerKey, () -> write(derived.get(tenant.tenantId(), version.contentHash(), "analytics-" + key, type,
                () -> compute(source, window, inventory, computation))));
    }

    /**
     * Drops the answers kept in this node's memory for a deleted dataset's versions, as the sales data or as the
     * inventory they were computed with (the derived results in the store go with the dataset).
     */
    @Override
    public void forget(DeletedCopies deleted) {
        for (String contentHash : deleted.contentHashes()) {
            String sales = answerPrefix(deleted.tenantId(), contentHash);
            String inventory = inventoryMark(deleted.tenantId(), contentHash);
            answers.forgetWhere(key -> key.startsWith(inventory) || key.contains(sales));
        }
    }

    private static String answerPrefix(String tenantId, String contentHash) {
        return tenantId + "/" + contentHash + "/";
    }

    /** The start of the key of an answer computed with the tenant's inventory dataset version {@code contentHash}. */
    private static String inventoryMark(String tenantId, String contentHash) {
        return "inventory:" + tenantId + "/" + contentHash + "|";
    }

    /** The result of {@code computation}, uncached (for callers that cache what they derive from it themselves). */
    public <T> T uncached(TenantContext tenant, String datasetId, Window window, String inventoryDatasetId, Computation<T> computation) {
        Source source = source(tenant, datasetId, null);
        InventorySource inventory = inventoryDatasetId == null ? null : inventorySource(tenant, inventoryDatasetId);
        return compute(source, window, inventory, computation);
    }

    /** The dataset's current version and the mapping in effect; 422 when the mapping does not work. */
    public Source source(TenantContext tenant, String datasetId, String groupBy) {
        StoredDataset dataset = datasets.get(tenant, datasetId);
        List<String> columns = columns(dataset);
        SalesMapping mapping = mappings.find(tenant, datasetId).orElseGet(() -> detector.sales(columns));
        if (groupBy != null) {
            if (!columns.contains(groupBy)) {
                throw LucentException.invalid("groupBy: the dataset has no column '" + groupBy + "'; its columns are " + columns);
            }
            mapping = mapping.withCategory(groupBy);
        }
        List<String> problems = mapping.problems(columns);
        if (!problems.isEmpty()) {
            throw new LucentException(ErrorCode.UNPROCESSABLE, "The dataset's columns are not mapped for sales analytics: "
                    + "PUT a mapping to /api/v1/analytics/" + datasetId + "/mapping", Map.of("problems", problems, "columns", columns));
        }
        return new Source(dataset, mapping);
    }

    /**
     * A sales dataset and its mapping.
     *
     * @param dataset the dataset (its current version is read)
     * @param mapping the mapping in effect
     */
    public record Source(StoredDataset dataset, SalesMapping mapping) {
    }

    /**
     * An inventory dataset and the mapping in effect (saved, else detected); 422 when the mapping does not work.
     */
    public InventorySource inventorySource(TenantContext tenant, String datasetId) {
        StoredDataset dataset = datasets.get(tenant, datasetId);
        List<String> columns = columns(dataset);
        InventoryMapping mapping = mappings.findInventory(tenant, datasetId).orElseGet(() -> detector.inventory(columns));
        List<String> problems = mapping.problems(columns);
        if (!problems.isEmpty()) {
            throw new LucentException(ErrorCode.UNPROCESSABLE, "The inventory dataset's columns are not mapped: PUT a mapping to /api/v1/analytics/"
                    + datasetId + "/inventory-mapping", Map.of("problems", problems, "columns", columns));
        }
        return new InventorySource(dataset, mapping);
    }

    /**
     * An inventory dataset and its mapping.
     *
     * @param dataset the dataset (its current version is read)
     * @param mapping the mapping in effect
     */
    public record InventorySource(StoredDataset dataset, InventoryMapping mapping) {
    }

    private <T> T compute(Source source, Window window, InventorySource inventorySource, Computation<T> computation) {
        Inventory inventory = inventorySource == null ? null : readInventory(inventorySource);
        StoredDataset dataset = source.dataset();
        DatasetRef ref = new DatasetRef(dataset.id(), dataset.current().version(), dataset.current().contentHash());
        try {
            return sandboxes.query(store.localFile(dataset.current().storageKey()),
                    connection -> computation.compute(SalesFrame.open(connection, ref, source.mapping(), window), inventory));
        } catch (IllegalArgumentException e) {
            throw new LucentException(ErrorCode.UNPROCESSABLE, e.getMessage());
        }
    }

    private Inventory readInventory(InventorySource source) {
        StoredDataset dataset = source.dataset();
        InventoryMapping mapping = source.mapping();
        try {
            return sandboxes.query(store.localFile(dataset.current().storageKey()),
                    connection -> Inventory.read(connection, dataset.id(), dataset.current().contentHash(), mapping));
        } catch (IllegalArgumentException e) {
            throw new LucentException(ErrorCode.UNPROCESSABLE, e.getMessage() + " (columns: " + columns(dataset) + ")");
        }
    }

    /** Runs {@code work} on the sandboxed view {@code data} over the dataset's current version (no mapping involved). */
    public <T> T onData(StoredDataset dataset, SandboxPool.Work<T> work) {
        return sandboxes.query(store.localFile(dataset.current().storageKey()), work);
    }

    private byte[] write(Object result) {
        try {
            return json.writeValueAsBytes(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An analytics result cannot be serialised", e);
        }
    }

    private static List<String> columns(StoredDataset dataset) {
        return dataset.columns().stream().map(DatasetColumn::name).toList();
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
