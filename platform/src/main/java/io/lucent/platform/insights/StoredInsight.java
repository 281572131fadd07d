package io.lucent.platform.insights;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.lucent.plugin.api.insight.Metric;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A generated insight as stored and shown.
 *
 * @param id                its id
 * @param datasetId         the dataset it is about
 * @param datasetVersion    the dataset version it was generated from
 * @param contentHash       that version's content hash
 * @param packId            the rule pack
 * @param ruleId            the rule
 * @param category          growth, risk, efficiency or other
 * @param confidence        high, medium or low
 * @param title             the headline
 * @param description       the explanation
 * @param subject           what it is about (a product, a category, a series), empty for the whole dataset
 * @param supportingMetrics the numbers behind it
 * @param recommendedAction what to do
 * @param generatedAt       when it was generated
 */
@Schema(name = "Insight", description = "A finding of a rule pack with its confidence and supporting numbers")
public record StoredInsight(String id, String datasetId, int datasetVersion, String contentHash, String packId, String ruleId, String category,
                            String confidence, String title, String description, String subject, List<Metric> supportingMetrics,
                            String recommendedAction, @JsonFormat(shape = JsonFormat.Shape.STRING) Instant generatedAt) {
}
