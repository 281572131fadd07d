package io.lucent.rules.declarative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lucent.plugin.api.data.Column;
import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.ColumnType;
import io.lucent.plugin.api.data.TableSchema;
import io.lucent.plugin.api.insight.Confidence;
import io.lucent.plugin.api.insight.Insight;
import io.lucent.plugin.api.insight.InsightCategory;
import io.lucent.plugin.api.insight.InsightInput;
import io.lucent.plugin.api.insight.Metric;
import io.lucent.plugin.api.insight.MetricTable;
import io.lucent.plugin.api.insight.RuleDescriptor;
import io.lucent.plugin.testkit.TestPluginContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeclarativeRulePackTest {

    private final DeclarativeRulePack pack = new DeclarativeRulePack();

    @Test
    void takesItsIdentitySettingsAndRulesFromTheFile() {
        assertThat(pack.id()).isEqualTo("test-rules");
        assertThat(pack.displayName()).isEqualTo("Test rules");
        assertThat(pack.rules()).extracting(RuleDescriptor::id, RuleDescriptor::category)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("thin-margin", InsightCategory.EFFICIENCY));
        assertThat(pack.settingsSchema().validate(Map.of()).optionalDouble("minMarginPct")).contains(15.0);
    }

    @Test
    void reportsMatchingRowsByTheDeclaredOrderWithTheTemplatesFilledIn() {
        List<Insight> insights = pack.evaluate(sample(), TestPluginContext.forExtension(pack));

        assertThat(insights).extracting(Insight::subject).containsExactly("Furniture", "Toys");
        Insight furniture = insights.get(0);
        assertThat(furniture.title()).isEqualTo("Furniture: margin 2.5% on 741,999.80 of revenue");
        assertThat(furniture.description()).isEqualTo("Furniture earns a 2.5% margin, below the 15% minimum, over 380 products.");
        assertThat(furniture.confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(insights.get(1).confidence()).isEqualTo(Confidence.HIGH);
        assertThat(furniture.supportingMetrics()).extracting(Metric::name)
                .containsExactly("margin_pct", "revenue", "minMarginPct", "products", "units");
    }

    @Test
    void usesTheTenantsThresholds() {
        List<Insight> insights = pack.evaluate(sample(), TestPluginContext.forExtension(pack, Map.of("minMarginPct", 1.0)));

        assertThat(insights).extracting(Insight::subject).containsExactly("Toys");
    }

    @Test
    void doesNotApplyWithoutItsTable() {
        assertThat(pack.evaluate(new InsightInput("x", LocalDate.of(2024, 1, 1), Map.of(), Map.of()), TestPluginContext.forExtension(pack)))
                .isEmpty();
    }

    @Test
    void refusesAnInvalidFileNamingEachProblem() {
        String yaml = "pack: {id: Bad Id}\nrules:\n  - id: r\n    category: luck\n    table: t\n    subject: s\n    title: \"{x|fancy}\"\n"
                + "    when: [ {metric: a, op: \"~\", setting: nope} ]\n";

        assertThatThrownBy(() -> new DeclarativeRulePack(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "bad.yaml"))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("pack.id")
                .hasMessageContaining("pack.name: is required")
                .hasMessageContaining("rules[0].category")
                .hasMessageContaining("rules[0].when[0].op")
                .hasMessageContaining("'nope' is not declared")
                .hasMessageContaining("unknown format 'fancy'");
    }

    @Test
    void readsJsonToo() {
        String json = "{\"pack\": {\"id\": \"j\", \"name\": \"J\"}, \"rules\": [{\"id\": \"r\", \"category\": \"risk\", \"table\": \"t\", "
                + "\"subject\": \"s\", \"title\": \"{s}\", \"when\": [{\"metric\": \"v\", \"op\": \">\", \"value\": 1}]}]}";

        DeclarativeRulePack fromJson = new DeclarativeRulePack(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "rules.json");

        assertThat(fromJson.rules()).extracting(RuleDescriptor::category).containsExactly(InsightCategory.RISK);
    }

    static InsightInput sample() {
        ColumnBatch.Builder batch = ColumnBatch.builder(new TableSchema(List.of(new Column("category", ColumnType.TEXT),
                new Column("revenue", ColumnType.DECIMAL), new Column("margin_pct", ColumnType.DECIMAL), new Column("products", ColumnType.INTEGER),
                new Column("units", ColumnType.DECIMAL))));
        batch.addRow("Furniture", 741_999.8, 2.49, 380L, 8028.0);
        batch.addRow("Toys", 5_000.0, -3.0, 4L, 200.0);
        batch.addRow("Small", 500.0, -10.0, 2L, 20.0);
        batch.addRow("Technology", 836_154.0, 17.4, 400L, 6939.0);
        return new InsightInput("sales", LocalDate.of(2024, 1, 1), Map.of(),
                Map.of("category_metrics", new MetricTable("category_metrics", "per category", batch.build())));
    }
}
