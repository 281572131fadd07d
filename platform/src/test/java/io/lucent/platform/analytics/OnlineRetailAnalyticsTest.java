package io.lucent.platform.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The analytics on the real 40,000-row UCI Online Retail sample handle cancellations (invoices starting with C),
 * returns (negative quantities) and zero prices as documented in retail-data.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnlineRetailAnalyticsTest {

    private static final DatasetRef DATASET = new DatasetRef("online-retail", 1, "test");
    private Connection connection;
    private SalesMapping mapping;

    @BeforeAll
    void open() throws SQLException {
        connection = RetailData.open(RetailData.require("online_retail_sample40k.csv"));
        mapping = new MappingDetector().sales(List.of("InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice",
                "CustomerID", "Country"));
    }

    @AfterAll
    void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }

    @Test
    void recognisesTheOnlineRetailLayoutWithCancellationsByInvoicePrefix() {
        assertThat(mapping).isEqualTo(new SalesMapping("InvoiceDate", "StockCode", "Description", null, "Quantity", "UnitPrice", null, null,
                null, "CustomerID", "InvoiceNo", "C"));
    }

    @Test
    void countsOnlyValidSalesAndReportsCancellationsAndReturnsAsExcluded() throws SQLException {
        SalesFrame frame = frame(mapping);

        assertThat(frame.inputs().rowsTotal()).isEqualTo(40_000);
        assertThat(frame.inputs().rowsUsed()).isEqualTo(39_147);
        assertThat(frame.inputs().excluded()).filteredOn(e -> e.reason().startsWith("cancellation")).singleElement().satisfies(e -> {
            assertThat(e.rows()).isEqualTo(674);
            assertThat(e.revenue()).isCloseTo(-34_422.33, within(0.005));
        });
        assertThat(frame.inputs().excluded()).anySatisfy(e -> assertThat(e.reason()).contains("negative quantity"));
        BestSellers.Result revenue = new BestSellers().compute(frame, BestSellers.Measure.REVENUE, 5);
        assertThat(revenue.totalRevenue()).isCloseTo(741_344.75, within(0.005));
        assertThat(revenue.items()).extracting(BestSellers.Item::productId).containsExactly("22423", "AMAZONFEE", "DOT", "47566", "85123A");
    }

    @Test
    void givesTheUnitedKingdomItsDocumentedShareOfRevenue() throws SQLException {
        RevenueContribution.Result result = new RevenueContribution().compute(frame(mapping.withCategory("Country")), 5);

        assertThat(result.categories().get(0).category()).isEqualTo("United Kingdom");
        assertThat(result.categories().get(0).revenue()).isCloseTo(626_687.84, within(0.005));
        assertThat(result.categories().get(0).sharePct()).isCloseTo(84.53, within(0.005));
        assertThat(result.categories().get(1).category()).isEqualTo("EIRE");
    }

    @Test
    void ranksBestSellersByUnits() throws SQLException {
        BestSellers.Result result = new BestSellers().compute(frame(mapping), BestSellers.Measure.QUANTITY, 5);

        assertThat(result.items()).extracting(BestSellers.Item::productId, BestSellers.Item::quantity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("21977", 5003.0), org.assertj.core.groups.Tuple.tuple("22197", 3925.0),
                org.assertj.core.groups.Tuple.tuple("21915", 2915.0), org.assertj.core.groups.Tuple.tuple("84077", 2715.0),
                org.assertj.core.groups.Tuple.tuple("85099B", 2559.0));
    }

    @Test
    void marksTheLastMonthPartialAndGivesTheQuarterTrend() throws SQLException {
        Trends.Result result = new Trends().compute(frame(mapping), 5);

        Trends.MonthPoint best = result.months().stream().max(Comparator.comparingDouble(Trends.MonthPoint::revenue)).orElseThrow();
        assertThat(best.month()).isEqualTo("2011-11");
        assertThat(best.revenue()).isCloseTo(106_629.73, within(0.005));
        assertThat(best.momPct()).isCloseTo(31.5, within(0.05));
        Trends.MonthPoint december = result.months().get(result.months().size() - 1);
        assertThat(december.partial()).isTrue();
        assertThat(december.momPct()).isCloseTo(-69.5, within(0.05));
        assertThat(result.total().latestPartial()).isTrue();
    }

    @Test
    void findsDeadStockAgainstTheLastTimestamp() throws SQLException {
        DeadStock.Result result = new DeadStock().compute(frame(mapping), null, 90, 5);

        assertThat(result.products()).isEqualTo(3168);
        assertThat(result.deadProducts()).isEqualTo(825);
    }

    @Test
    void hasNoSaturdaySalesAndThursdayFirst() throws SQLException {
        Seasonality.Result result = new Seasonality().compute(frame(mapping), 5);

        assertThat(result.weekdays()).extracting(Seasonality.PeriodShare::period).doesNotContain(6);
        assertThat(result.weekdays().stream().max(Comparator.comparingDouble(Seasonality.PeriodShare::revenue)).orElseThrow().revenue())
                .isCloseTo(155_691.44, within(0.005));
        assertThat(result.total().seasonal()).isNull();
    }

    private SalesFrame frame(SalesMapping salesMapping) throws SQLException {
        return SalesFrame.open(connection, DATASET, salesMapping, new Window(null, null, null, 10));
    }
}
