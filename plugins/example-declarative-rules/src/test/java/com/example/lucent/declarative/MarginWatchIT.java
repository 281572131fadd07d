package com.example.lucent.declarative;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.plugin.api.data.Column;
import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.ColumnType;
import io.lucent.plugin.api.data.TableSchema;
import io.lucent.plugin.api.insight.Insight;
import io.lucent.plugin.api.insight.InsightInput;
import io.lucent.plugin.api.insight.MetricTable;
import io.lucent.plugin.testkit.InsightRulePackContract;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule-pack contract on the built zip: the data-only pack loads through PF4J and its declared rules produce insights. */
class MarginWatchIT extends InsightRulePackContract {

    @Override
    protected String extensionId() {
        return "margin-watch";
    }

    @Override
    protected InsightInput sampleInput() {
        ColumnBatch.Builder categories = ColumnBatch.builder(new TableSchema(List.of(new Column("category", ColumnType.TEXT),
                new Column("revenue", ColumnType.DECIMAL), new Column("profit", ColumnType.DECIMAL), new Column("margin_pct", ColumnType.DECIMAL),
                new Column("products", ColumnType.INTEGER), new Column("trend_pct", ColumnType.DECIMAL),
                new Column("trend_p_value", ColumnType.DECIMAL), new Column("observations", ColumnType.INTEGER))));
        categories.addRow("Furniture", 741_999.8, 18_451.27, 2.49, 380L, 5.0, 0.4, 48L);
        categories.addRow("Technology", 836_154.03, 145_454.95, 17.4, 400L, -35.0, 0.01, 48L);
        ColumnBatch.Builder products = ColumnBatch.builder(new TableSchema(List.of(new Column("product_name", ColumnType.TEXT),
                new Column("revenue", ColumnType.DECIMAL), new Column("revenue_share_pct", ColumnType.DECIMAL))));
        products.addRow("Copier", 61_599.82, 2.68);
        products.addRow("Paper", 500.0, 0.02);
        return new InsightInput("sample", LocalDate.of(2017, 12, 30), Map.of(), Map.of(
                "category_metrics", new MetricTable("category_metrics", "per category", categories.build()),
                "product_metrics", new MetricTable("product_metrics", "per product", products.build())));
    }

    @Test
    void producesTheDeclaredInsightsFromTheZip() {
        List<Insight> insights = evaluate(sampleInput());

        assertThat(insights).extracting(Insight::ruleId, Insight::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple("thin-margin-category", "Furniture"),
                org.assertj.core.groups.Tuple.tuple("revenue-concentration", "Copier"),
                org.assertj.core.groups.Tuple.tuple("fading-category", "Technology"));
        assertThat(insights.get(0).title()).isEqualTo("Furniture: 2.5% margin on 741,999.80 of revenue");
    }
}
