package io.lucent.platform.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The analytics computations on the real Superstore export answer the documented questions (retail-data.md). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuperstoreAnalyticsTest {

    private static final DatasetRef DATASET = new DatasetRef("superstore", 1, "test");
    private Connection connection;
    private SalesMapping mapping;

    @BeforeAll
    void open() throws SQLException {
        connection = RetailData.open(RetailData.require("superstore_orders.csv"));
        mapping = new MappingDetector().sales(List.of("Row ID", "Order ID", "Order Date", "Ship Date", "Ship Mode", "Customer ID",
                "Customer Name", "Segment", "Country", "City", "State", "Postal Code", "Region", "Product ID", "Category", "Sub-Category",
                "Product Name", "Sales", "Quantity", "Discount", "Profit"));
    }

    @AfterAll
    void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }

    @Test
    void recognisesTheSuperstoreLayoutWithoutCancellations() {
        assertThat(mapping).isEqualTo(new SalesMapping("Order Date", "Product ID", "Product Name", "Category", "Quantity", null, "Sales", null,
                "Profit", "Customer ID", "Order ID", null));
    }

    @Test
    void ranksSubCategoriesByProfitIn2017WithCopiersFirst() throws SQLException {
        Profitability.Result result = new Profitability().compute(frame(mapping.withCategory("Sub-Category"), LocalDate.of(2017, 1, 1),
                LocalDate.of(2017, 12, 31)), 5);

        assertThat(result.categories().subList(0, 5)).extracting(Profitability.Line::key)
                .containsExactly("Copiers", "Accessories", "Phones", "Paper", "Appliances");
        assertThat(result.categories().get(0).profit()).isCloseTo(25_031.79, within(0.005));
        assertThat(result.categories().get(4).profit()).isCloseTo(7_865.27, within(0.005));
        assertThat(result.inputs().rowsUsed()).isEqualTo(3312);
    }

    @Test
    void findsTheBestMonthAndTheLastQuarterMonthOverMonth() throws SQLException {
        Trends.Result result = new Trends().compute(frame(mapping, null, null), 5);

        Trends.MonthPoint best = result.months().stream().max(Comparator.comparingDouble(Trends.MonthPoint::revenue)).orElseThrow();
        assertThat(best.month()).isEqualTo("2017-11");
        assertThat(best.revenue()).isCloseTo(118_447.83, within(0.005));
        assertThat(best.momPct()).isCloseTo(52.3, within(0.05));
        Trends.MonthPoint december = result.months().get(result.months().size() - 1);
        assertThat(december.revenue()).isCloseTo(83_829.32, within(0.005));
        assertThat(december.momPct()).isCloseTo(-29.2, within(0.05));
        assertThat(result.years()).extracting(Trends.YearPoint::year, Trends.YearPoint::orders)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2014, 969L), org.assertj.core.groups.Tuple.tuple(2015, 1038L),
                        org.assertj.core.groups.Tuple.tuple(2016, 1315L), org.assertj.core.groups.Tuple.tuple(2017, 1687L));
        assertThat(result.years().get(3).revenue()).isCloseTo(733_215.26, within(0.005));
        assertThat(result.years().get(3).profit()).isCloseTo(93_439.27, within(0.005));
        assertThat(result.total().direction()).isEqualTo("UP");
    }

    @Test
    void givesCategoryRevenueSharesAndMargins() throws SQLException {
        SalesFrame frame = frame(mapping, null, null);
        RevenueContribution.Result shares = new RevenueContribution().compute(frame, 10);
        Profitability.Result margins = new Profitability().compute(frame, 10);

        assertThat(shares.categories()).extracting(RevenueContribution.CategoryShare::category)
                .containsExactly("Technology", "Furniture", "Office Supplies");
        assertThat(shares.categories().get(0).revenue()).isCloseTo(836_154.03, within(0.005));
        assertThat(shares.categories().get(0).sharePct()).isCloseTo(36.40, within(0.005));
        assertThat(margins.categories()).filteredOn(line -> line.key().equals("Furniture")).singleElement()
                .satisfies(line -> assertThat(line.marginPct()).isCloseTo(2.49, within(0.005)));
        assertThat(shares.classes()).extracting(RevenueContribution.ClassSummary::products).allMatch(count -> count > 0);
        assertThat(shares.classes().get(0).sharePct()).isGreaterThanOrEqualTo(80);
    }

    @Test
    void ranksBestSellersByNameByUnitsAndByRevenue() throws SQLException {
        SalesMapping byName = new SalesMapping("Order Date", "Product Name", "Product Name", "Category", "Quantity", null, "Sales", null,
                "Profit", "Customer ID", "Order ID", null);
        BestSellers.Result units = new BestSellers().compute(frame(byName, null, null), BestSellers.Measure.QUANTITY, 5);
        BestSellers.Result revenue = new BestSellers().compute(frame(byName, null, null), BestSellers.Measure.REVENUE, 1);

        assertThat(units.items()).extracting(BestSellers.Item::productId, BestSellers.Item::quantity).startsWith(
                org.assertj.core.groups.Tuple.tuple("Staples", 215.0), org.assertj.core.groups.Tuple.tuple("Staple envelope", 170.0),
                org.assertj.core.groups.Tuple.tuple("Easy-staple paper", 150.0));
        assertThat(revenue.items().get(0).productId()).isEqualTo("Canon imageCLASS 2200 Advanced Copier");
        assertThat(revenue.items().get(0).revenue()).isCloseTo(61_599.82, within(0.005));
    }

    @Test
    void findsTheLossMakingSubCategoriesAndRegionMargins() throws SQLException {
        Profitability.Result subCategories = new Profitability().compute(frame(mapping.withCategory("Sub-Category"), null, null), 5);
        Profitability.Result regions = new Profitability().compute(frame(mapping.withCategory("Region"), null, null), 5);

        assertThat(subCategories.categories().stream().filter(line -> line.profit() < 0).map(Profitability.Line::key))
                .containsExactlyInAnyOrder("Tables", "Bookcases", "Supplies");
        assertThat(subCategories.categories().get(subCategories.categories().size() - 1).profit()).isCloseTo(-17_725.48, within(0.005));
        assertThat(regions.categories()).extracting(Profitability.Line::key).containsExactly("West", "East", "South", "Central");
        assertThat(regions.categories().get(0).marginPct()).isCloseTo(14.94, within(0.005));
        assertThat(regions.categories().get(3).marginPct()).isCloseTo(7.92, within(0.005));
    }

    @Test
    void countsProductsWithoutASaleInTheLast90Days() throws SQLException {
        DeadStock.Result result = new DeadStock().compute(frame(mapping, null, null), null, 90, 10);

        assertThat(result.deadProducts()).isEqualTo(975);
        assertThat(result.products()).isEqualTo(1862);
        assertThat(result.cutoff().toLocalDate()).isEqualTo(LocalDate.of(2017, 10, 1));
    }

    @Test
    void profilesTheSeasonWithNovemberAsPeakAndTestsIt() throws SQLException {
        Seasonality.Result result = new Seasonality().compute(frame(mapping, null, null), 5);

        assertThat(result.total().peakMonths()).containsExactly(11, 12, 9);
        assertThat(result.total().profile().get(10).revenue()).isCloseTo(352_461.07, within(0.005));
        assertThat(result.quarters()).extracting(Seasonality.PeriodShare::revenue).satisfies(q -> {
            assertThat(q.get(0)).isCloseTo(359_681.58, within(0.005));
            assertThat(q.get(3)).isCloseTo(878_077.56, within(0.005));
        });
        assertThat(result.quarters().get(3).sharePct()).isCloseTo(38.2, within(0.05));
        assertThat(result.total().seasonal()).isTrue();
        assertThat(result.total().pValue()).isLessThan(0.05);
        assertThat(result.total().seasonalStrength()).isGreaterThan(0.3);
    }

    private SalesFrame frame(SalesMapping salesMapping, LocalDate from, LocalDate to) throws SQLException {
        return SalesFrame.open(connection, DATASET, salesMapping, new Window(from, to, null, 10));
    }
}
