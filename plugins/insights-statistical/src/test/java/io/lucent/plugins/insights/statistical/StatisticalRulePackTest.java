package io.lucent.plugins.insights.statistical;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.plugin.api.data.Column;
import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.ColumnType;
import io.lucent.plugin.api.data.TableSchema;
import io.lucent.plugin.api.insight.Insight;
import io.lucent.plugin.api.insight.InsightCategory;
import io.lucent.plugin.api.insight.InsightInput;
import io.lucent.plugin.api.insight.Metric;
import io.lucent.plugin.api.insight.MetricTable;
import io.lucent.plugin.api.insight.RuleDescriptor;
import io.lucent.plugin.testkit.TestPluginContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StatisticalRulePackTest {

    private final StatisticalRulePack pack = new StatisticalRulePack();

    @Test
    void declaresItsRulesWithFixedCategories() {
        assertThat(pack.rules()).extracting(RuleDescriptor::id, RuleDescriptor::category).containsExactly(
                org.assertj.core.groups.Tuple.tuple("rising-trend", InsightCategory.GROWTH),
                org.assertj.core.groups.Tuple.tuple("falling-trend", InsightCategory.RISK),
                org.assertj.core.groups.Tuple.tuple("level-shift-up", InsightCategory.GROWTH),
                org.assertj.core.groups.Tuple.tuple("level-shift-down", InsightCategory.RISK),
                org.assertj.core.groups.Tuple.tuple("anomaly", InsightCategory.OTHER),
                org.assertj.core.groups.Tuple.tuple("strong-correlation", InsightCategory.OTHER));
    }

    @Test
    void findsEachKindOfFindingInSyntheticSeries() {
        List<Insight> insights = pack.evaluate(sample(), TestPluginContext.forExtension(pack));

        assertThat(insights).extracting(Insight::ruleId, Insight::subject).contains(
                org.assertj.core.groups.Tuple.tuple("rising-trend", "Sales"),
                org.assertj.core.groups.Tuple.tuple("falling-trend", "Returns"),
                org.assertj.core.groups.Tuple.tuple("level-shift-up", "Visitors"),
                org.assertj.core.groups.Tuple.tuple("anomaly", "Sales"),
                org.assertj.core.groups.Tuple.tuple("strong-correlation", "Sales and Profit"));
        assertThat(insights).filteredOn(i -> i.ruleId().equals("anomaly")).first()
                .satisfies(i -> assertThat(i.title()).isEqualTo("Sales (daily total): unusually high on 20 December 2023"));
        assertThat(insights).noneMatch(i -> i.ruleId().equals("rising-trend") && i.subject().equals("Noise"));
    }

    @Test
    void doesNotReportThatDailyTotalsFollowTheNumberOfRowsMakingThemUp() {
        List<Insight> correlations = pack.evaluate(sample(), TestPluginContext.forExtension(pack)).stream()
                .filter(i -> i.ruleId().equals("strong-correlation")).toList();

        assertThat(correlations).extracting(Insight::subject).containsExactly("Sales and Profit");
    }

    @Test
    void backsEveryStatedNumberWithASupportingMetric() {
        for (Insight insight : pack.evaluate(sample(), TestPluginContext.forExtension(pack))) {
            String text = (insight.title() + " " + insight.description()).replace(insight.subject(), " ");
            Matcher matcher = Pattern.compile("-?\\d[\\d,]*(\\.\\d+)?").matcher(text);
            while (matcher.find()) {
                String number = matcher.group();
                assertThat(insight.supportingMetrics()).as("'%s' backing %s", insight.title(), number)
                        .anySatisfy(metric -> assertThat(matches(metric, number)).isTrue());
            }
        }
    }

    @Test
    void ignoresTablesWithoutTheSeriesColumnsAndShortSeries() {
        InsightInput nothing = new InsightInput("x", LocalDate.of(2024, 1, 1), Map.of(), Map.of());
        assertThat(pack.evaluate(nothing, TestPluginContext.forExtension(pack))).isEmpty();
        InsightInput shortSeries = input(List.of(new Point("Sales", "sum", LocalDate.of(2024, 1, 1), 1.0)), List.of());
        assertThat(pack.evaluate(shortSeries, TestPluginContext.forExtension(pack))).isEmpty();
    }

    @Test
    void isDeterministic() {
        assertThat(pack.evaluate(sample(), TestPluginContext.forExtension(pack))).isEqualTo(pack.evaluate(sample(), TestPluginContext.forExtension(pack)));
    }

    record Point(String series, String aggregate, LocalDate period, double value) {
    }

    /**
     * Two years of daily Sales with a weekly pattern, growth and one spike, Profit and the row count tracking it, and
     * monthly series with a trend, a fall and a step.
     */
    static InsightInput sample() {
        List<Point> daily = new ArrayList<>();
        LocalDate start = LocalDate.of(2022, 1, 1);
        double[] week = {10, -6, -4, 0, 2, 8, -10};
        java.util.Random random = new java.util.Random(7);
        for (int d = 0; d < 730; d++) {
            LocalDate day = start.plusDays(d);
            double sales = 200 + 0.1 * d + week[d % 7] + random.nextGaussian() * 2;
            if (day.equals(LocalDate.of(2023, 12, 20))) {
                sales += 120;
            }
            daily.add(new Point("Sales", "sum", day, sales));
            daily.add(new Point("Profit", "sum", day, 0.3 * sales + random.nextGaussian()));
            daily.add(new Point("rows", "count", day, Math.round(sales / 10 + random.nextGaussian())));
        }
        List<Point> monthly = new ArrayList<>();
        for (int m = 0; m < 24; m++) {
            LocalDate month = YearMonth.of(2022, 1).plusMonths(m).atDay(1);
            monthly.add(new Point("Sales", "sum", month, 6000 + 60 * m + random.nextGaussian() * 20));
            monthly.add(new Point("Returns", "sum", month, 500 - 12 * m + random.nextGaussian() * 5));
            monthly.add(new Point("Visitors", "count", month, m < 12 ? 1000 + random.nextGaussian() * 10 : 1500 + random.nextGaussian() * 10));
            monthly.add(new Point("Noise", "sum", month, m % 2 == 0 ? 100 : 102));
        }
        return input(daily, monthly);
    }

    static InsightInput input(List<Point> daily, List<Point> monthly) {
        return new InsightInput("sample", LocalDate.of(2023, 12, 31), Map.of(),
                Map.of(SeriesTables.DAILY, table(SeriesTables.DAILY, daily), SeriesTables.MONTHLY, table(SeriesTables.MONTHLY, monthly)));
    }

    private static MetricTable table(String name, List<Point> points) {
        ColumnBatch.Builder batch = ColumnBatch.builder(new TableSchema(List.of(new Column("series", ColumnType.TEXT),
                new Column("aggregate", ColumnType.TEXT), new Column("period", ColumnType.DATE), new Column("value", ColumnType.DECIMAL),
                new Column("partial", ColumnType.BOOLEAN))));
        for (Point point : points) {
            batch.addRow(point.series(), point.aggregate(), point.period(), point.value(), false);
        }
        return new MetricTable(name, "series", batch.build());
    }

    private static boolean matches(Metric metric, String number) {
        BigDecimal stated = new BigDecimal(number.replace(",", ""));
        BigDecimal value = BigDecimal.valueOf(Math.abs(metric.value())).setScale(Math.max(0, stated.scale()), RoundingMode.HALF_UP);
        return value.compareTo(stated.abs()) == 0;
    }
}
