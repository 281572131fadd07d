package io.lucent.platform.insights;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * The insights of one dataset version for one choice of packs, settings and mapping.
 *
 * @param id             the set's id
 * @param datasetId      the dataset
 * @param datasetVersion the version they were generated from
 * @param contentHash    that version's content hash
 * @param packs          the packs that ran
 * @param generatedAt    when
 * @param insights       the insights, in the packs' order
 */
@Schema(name = "InsightSet")
public record InsightSet(String id, String datasetId, int datasetVersion, String contentHash, List<String> packs, @JsonFormat(shape = JsonFormat.Shape.STRING) Instant generatedAt,
                         List<StoredInsight> insights) {
}
