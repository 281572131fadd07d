package io.lucent.platform.insights;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.platform.analytics.AnalyticsService;
import io.lucent.platform.datasets.DatasetService;
import io.lucent.platform.datasets.StoredDataset;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.plugins.ExtensionDescriptor;
import io.lucent.platform.plugins.ExtensionSettingsStore;
import io.lucent.platform.plugins.PluginContexts;
import io.lucent.platform.plugins.PluginRegistry;
import io.lucent.platform.plugins.PluginState;
import io.lucent.platform.plugins.PluginStatus;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.plugin.api.ExtensionKind;
import io.lucent.plugin.api.insight.Insight;
import io.lucent.plugin.api.insight.InsightInput;
import io.lucent.plugin.api.insight.InsightRulePack;
import io.lucent.plugin.api.insight.MetricTable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Generates, stores and reads insights. Generation runs the chosen rule packs (all available ones by default)
 * on the metric tables of the dataset's current version and stores the result as an insight set keyed by a
 * fingerprint of everything it depends on: the version's content hash, the column mapping, the inventory
 * version, the packs with their plugin versions and the tenant's settings for them. Asking again with the same
 * fingerprint returns the stored set without recomputing: insights are regenerated only when the data (or
 * the choice of packs, settings or mapping) changes. A pack that fails is reported and the others still run;
 * such a partial set is stored but not reused.
 */
public final class InsightService {

    /** Bumped when the metric tables change meaning, so stored sets are regenerated. */
    static final String METRICS_VERSION = "metrics-1";

    /**
     * What to generate.
     *
     * @param packs              rule pack ids; null or empty for every available pack
     * @param inventoryDatasetId an inventory dataset for stock figures, or null
     */
    @Schema(name = "GenerateInsightsRequest")
    public record GenerateRequest(List<String> packs, String inventoryDatasetId) {
    }

    /**
     * A pack that failed.
     *
     * @param packId  the pack
     * @param code    the error code
     * @param message why
     */
    public record PackFailure(String packId, String code, String message) {
    }

    /**
     * The answer of a generation.
     *
     * @param set      the stored insight set
     * @param reused   true when an identical set existed and nothing was recomputed
     * @param failures packs that failed
     * @param metrics  the metric tables the packs received, with their row counts (empty when reused)
     */
    @Schema(name = "GenerateInsightsResult")
    public record GenerateResult(InsightSet set, boolean reused, List<PackFailure> failures, Map<String, Integer> metrics) {
    }

    /**
     * A filtered list of the newest insights of a dataset's current version.
     *
     * @param datasetId      the dataset
     * @param datasetVersion its current version
     * @param contentHash    that version's hash
     * @param generated      whether insights were generated for this version
     * @param generatedAt    when, if so
     * @param total          how many match the filters
     * @param items          the matching insights
     */
    @Schema(name = "InsightList")
    public record InsightList(String datasetId, int datasetVersion, String contentHash, boolean generated, @JsonFormat(shape = JsonFormat.Shape.STRING) Instant generatedAt, int total,
                              List<StoredInsight> items) {
    }

    private final DatasetService datasets;
    private final AnalyticsService analytics;
    private final InsightInputs inputs;
    private final PluginRegistry registry;
    private final PluginContexts contexts;
    private final ExtensionSettingsStore settings;
    private final InsightRepository repository;
    private final ObjectMapper json;
    private final Clock clock;

    public InsightService(DatasetService datasets, AnalyticsService analytics, PluginRegistry registry, PluginContexts contexts,
                          ExtensionSettingsStore settings, InsightRepository repository, ObjectMapper json, Clock clock) {
        this.datasets = datasets;
        this.analytics = analytics;
        this.inputs = new InsightInputs(analytics);
        this.registry = registry;
        this.contexts = contexts;
        this.settings = settings;
        this.repository = repository;
        this.json = json;
        this.clock = clock;
    }

    public GenerateResult generate(TenantContext tenant, String datasetId, GenerateRequest request) {
        StoredDataset dataset = datasets.get(tenant, datasetId);
        String inventoryId = request == null || request.inventoryDatasetId() == null || request.inventoryDatasetId().isBlank()
                ? null : request.inventoryDatasetId();
        AnalyticsService.InventorySource inventory = inventoryId == null ? null : analytics.inventorySource(tenant, inventoryId);
        List<InsightRulePack> packs = packs(request == null ? null : request.packs());
        Map<String, Map<String, Object>> packSettings = new LinkedHashMap<>();
        for (InsightRulePack pack : packs) {
            packSettings.put(pack.id(), settings.saved(tenant, ExtensionKind.INSIGHT_RULE_PACK, pack.id()));
        }
        AnalyticsService.MappingView mapping = analytics.mapping(tenant, datasetId);
        boolean salesWorks = mapping.problems().isEmpty();
        String fingerprint = fingerprint(dataset, salesWorks ? mapping.mapping().fingerprint() : "-", inventory, packs, packSettings);
        Optional<InsightSet> existing = repository.findByFingerprint(tenant, datasetId, fingerprint);
        if (existing.isPresent()) {
            return new GenerateResult(existing.get(), true, List.of(), Map.of());
        }
        String dateColumn = InsightInputs.dateColumn(dataset, salesWorks ? mapping.mapping().date() : null);
        if (!salesWorks && dateColumn == null) {
            throw new LucentException(ErrorCode.UNPROCESSABLE, "No metrics can be computed: the dataset has no date column and its columns are not "
                    + "mapped for sales analytics", Map.of("problems", mapping.problems()));
        }
        InsightInput input = inputs.compute(tenant, dataset, salesWorks, dateColumn, inventoryId);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<StoredInsight> insights = new ArrayList<>();
        List<PackFailure> failures = new ArrayList<>();
        List<String> ran = new ArrayList<>();
        for (InsightRulePack pack : packs) {
            try {
                List<Insight> found = pack.evaluate(input, contexts.forCall(tenant, pack, packSettings.get(pack.id())));
                for (Insight insight : found) {
                    insights.add(stored(dataset, pack.id(), insight, now));
                }
                ran.add(pack.id());
            } catch (LucentException e) {
                failures.add(new PackFailure(pack.id(), e.code().wireName(), e.getMessage()));
            }
        }
        InsightSet set = new InsightSet(UUID.randomUUID().toString(), datasetId, dataset.current().version(), dataset.current().contentHash(), ran, now,
                insights);
        repository.save(tenant, set, failures.isEmpty() ? fingerprint : digest(fingerprint + "|partial|" + set.id()), tenant.userId(), inventoryId);
        Map<String, Integer> metrics = new LinkedHashMap<>();
        for (Map.Entry<String, MetricTable> table : input.tables().entrySet()) {
            metrics.put(table.getKey(), table.getValue().rows().rowCount());
        }
        return new GenerateResult(set, false, failures, metrics);
    }

    /** The newest insights of the dataset's current version, filtered by category, confidence and pack (each optional). */
    public InsightList list(TenantContext tenant, String datasetId, String category, String confidence, String pack, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 500) {
            throw LucentException.invalid("offset must be at least 0 and limit between 1 and 500");
        }
        String wantedCategory = choice("category", category, List.of("growth", "risk", "efficiency", "other"));
        String wantedConfidence = choice("confidence", confidence, List.of("high", "medium", "low"));
        StoredDataset dataset = datasets.get(tenant, datasetId);
        Optional<InsightSet> set = repository.latest(tenant, datasetId, dataset.current().contentHash());
        List<StoredInsight> matching = set.map(InsightSet::insights).orElse(List.of()).stream()
                .filter(i -> wantedCategory == null || i.category().equalsIgnoreCase(wantedCategory))
                .filter(i -> wantedConfidence == null || i.confidence().equalsIgnoreCase(wantedConfidence))
                .filter(i -> pack == null || pack.isBlank() || i.packId().equals(pack.strip()))
                .toList();
        List<StoredInsight> page = matching.subList(Math.min(offset, matching.size()), Math.min(offset + limit, matching.size()));
        return new InsightList(datasetId, dataset.current().version(), dataset.current().contentHash(), set.isPresent(),
                set.map(InsightSet::generatedAt).orElse(null), matching.size(), page);
    }

    public StoredInsight insight(TenantContext tenant, String id) {
        return repository.insight(tenant, id).orElseThrow(() -> LucentException.notFound("Insight", id));
    }

    private List<InsightRulePack> packs(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            List<InsightRulePack> all = registry.extensions(ExtensionKind.INSIGHT_RULE_PACK, InsightRulePack.class);
            if (all.isEmpty()) {
                throw new LucentException(ErrorCode.UNPROCESSABLE, "No insight rule pack is installed and enabled");
            }
            return all;
        }
        return requested.stream().distinct().map(id -> registry.require(ExtensionKind.INSIGHT_RULE_PACK, id, InsightRulePack.class)).toList();
    }

    private String fingerprint(StoredDataset dataset, String mapping, AnalyticsService.InventorySource inventory, List<InsightRulePack> packs,
                               Map<String, Map<String, Object>> packSettings) {
        StringBuilder text = new StringBuilder(METRICS_VERSION).append('|').append(dataset.current().contentHash()).append('|').append(mapping)
                .append('|').append(inventory == null ? "-" : inventory.dataset().current().contentHash() + "|" + inventory.mapping().fingerprint());
        for (InsightRulePack pack : packs) {
            text.append('|').append(pack.id()).append('@').append(pluginVersion(pack.id())).append(':').append(write(packSettings.get(pack.id())));
        }
        return digest(text.toString());
    }

    private String pluginVersion(String packId) {
        String kind = ExtensionKind.INSIGHT_RULE_PACK.wireName();
        return registry.plugins().stream().filter(p -> p.state() == PluginState.STARTED)
                .filter(p -> p.extensions().stream().map(ExtensionDescriptor::id).anyMatch(packId::equals)
                        && p.extensions().stream().anyMatch(e -> e.kind().equals(kind)))
                .map(PluginStatus::version).findFirst().orElse("?");
    }

    private static StoredInsight stored(StoredDataset dataset, String packId, Insight insight, Instant at) {
        return new StoredInsight(UUID.randomUUID().toString(), dataset.id(), dataset.current().version(), dataset.current().contentHash(), packId,
                insight.ruleId(), insight.category().name().toLowerCase(Locale.ROOT), insight.confidence().name().toLowerCase(Locale.ROOT),
                insight.title(), insight.description(), insight.subject(), insight.supportingMetrics(), insight.recommendedAction(), at);
    }

    private static String choice(String name, String value, List<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String normal = value.strip().toLowerCase(Locale.ROOT);
        if (!allowed.contains(normal)) {
            throw LucentException.invalid(name + " must be one of " + allowed + ", not '" + value + "'");
        }
        return normal;
    }

    private String write(Map<String, Object> values) {
        try {
            return json.writeValueAsString(new java.util.TreeMap<>(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
