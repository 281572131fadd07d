package io.lucent.platform.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lucent.platform.metadata.SqlIdentifiers;
import io.lucent.platform.tenancy.Role;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.platform.testing.ExternalServices;
import io.lucent.platform.testing.ExternalServicesExtension;
import io.lucent.platform.testing.LucentTestServer;
import io.lucent.platform.testing.LucentTestServer.TestMode;
import io.lucent.platform.testing.TestPlugins;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Analytics and insights through the REST API of a local-mode and a SaaS-mode server, with the bundled rule
 * packs loaded from their zips: a small sales and inventory fixture (always), the real Superstore and Online
 * Retail exports (skipped when ../shared is absent).
 */
@ExtendWith(ExternalServicesExtension.class)
class RetailAnalyticsIntegrationTest {

    static final GenericType<Map<String, Object>> JSON = new GenericType<>() { };

    /** Six months of daily sales of five products in two categories; P5 stops selling after January. */
    static String salesFixture() {
        StringBuilder csv = new StringBuilder("date,sku,name,category,qty,price,unit_cost\n");
        java.time.LocalDate day = java.time.LocalDate.of(2024, 1, 1);
        for (int d = 0; d < 182; d++, day = day.plusDays(1)) {
            csv.append(day).append(",P1,Umbrella,Rain,").append(8 + d % 3).append(",10.0,6.0\n");
            csv.append(day).append(",P2,Raincoat,Rain,").append(1 + d % 2).append(",40.0,30.0\n");
            csv.append(day).append(",P3,Kite,Toys,").append(2).append(",15.0,5.0\n");
            if (d % 7 == 0) {
                csv.append(day).append(",P4,Yo-yo,Toys,1,3.0,1.0\n");
            }
            if (d < 31) {
                csv.append(day).append(",P5,Sledge,Toys,1,50.0,35.0\n");
            }
        }
        return csv.toString();
    }

    static final String INVENTORY = "sku,stock_on_hand,unit_cost\nP1,30,6.0\nP2,500,30.0\nP3,100,5.0\nP4,20,1.0\nP5,12,35.0\nP6,40,2.0\n";

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    static Path retailFile(String name) {
        Path file = Path.of(System.getProperty("lucent.test.config", "config")).toAbsolutePath().normalize().getParent().getParent()
                .resolve("shared/data/retail").resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(file), "the real retail data is not here (" + file + "); skipping");
        return file;
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Contract {
        LucentTestServer server;
        String sales;
        String inventory;
        String superstore;
        Path dataDir;

        abstract LucentTestServer startServer(Path dataDir, Path pluginDir, Supplier<ExternalServices> services) throws Exception;

        /** How many rows of the default tenant's {@code table} have {@code column} = {@code value}, read straight from the database. */
        abstract long rows(String table, String column, String value) throws SQLException;

        static long count(Connection connection, String table, String column, String value) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM " + table + " WHERE " + column + " = ?")) {
                statement.setString(1, value);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }

        @BeforeAll
        void start(@TempDir Path temp, Supplier<ExternalServices> services) throws Exception {
            dataDir = temp.resolve("data");
            server = startServer(dataDir, TestPlugins.copyBundled(temp.resolve("plugins")), services);
            sales = upload("sales.csv", salesFixture().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            inventory = upload("inventory.csv", INVENTORY.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        @AfterAll
        void stop() {
            if (server != null) {
                server.close();
            }
        }

        String upload(String name, byte[] content) {
            Response response = server.request("/api/v1/datasets").post(Upload.file(name, content));
            Map<String, Object> body = response.readEntity(JSON);
            assertThat(response.getStatus()).as("%s", body).isEqualTo(201);
            return (String) body.get("id");
        }

        String superstore() throws IOException {
            if (superstore == null) {
                superstore = upload("superstore_orders.csv", Files.readAllBytes(retailFile("superstore_orders.csv")));
            }
            return superstore;
        }

        Map<String, Object> get(String path) {
            Response response = server.request(path).get();
            Map<String, Object> body = response.readEntity(JSON);
            assertThat(response.getStatus()).as("GET %s: %s", path, body).isEqualTo(200);
            return body;
        }

        Map<String, Object> error(Response response, int status) {
            Map<String, Object> body = response.readEntity(JSON);
            assertThat(response.getStatus()).as("%s", body).isEqualTo(status);
            assertThat(body).containsKeys("code", "message", "details");
            return body;
        }

        Map<String, Object> generate(String datasetId, Map<String, Object> request) {
            Response response = server.request("/api/v1/insights/" + datasetId + "/generate").post(Entity.json(request));
            Map<String, Object> body = response.readEntity(JSON);
            assertThat(response.getStatus()).as("%s", body).isEqualTo(200);
            return body;
        }

        @Test
        void detectsThePlainLayoutAndAnswersWithItsInputs() {
            Map<String, Object> mapping = get("/api/v1/analytics/" + sales + "/mapping");
            assertThat(map(mapping.get("mapping"))).containsEntry("date", "date").containsEntry("productId", "sku").containsEntry("quantity", "qty")
                    .containsEntry("unitPrice", "price").containsEntry("unitCost", "unit_cost");
            assertThat(list(mapping.get("problems"))).isEmpty();

            Map<String, Object> best = get("/api/v1/analytics/" + sales + "/best-sellers?by=quantity&limit=2");
            assertThat(list(best.get("items"))).extracting(i -> i.get("productId")).containsExactly("P1", "P3");
            Map<String, Object> inputs = map(best.get("inputs"));
            assertThat(inputs).containsEntry("dataFrom", "2024-01-01").containsEntry("dataTo", "2024-06-30").containsEntry("rowsUsed", 182 * 3 + 26 + 31);
            assertThat(best).isEqualTo(get("/api/v1/analytics/" + sales + "/best-sellers?by=quantity&limit=2"));
        }

        @Test
        void answersEveryEndpointAndFiltersByCategoryAndDates() {
            for (String endpoint : List.of("revenue-contribution", "seasonality", "profitability", "trends", "dead-stock")) {
                assertThat(get("/api/v1/analytics/" + sales + "/" + endpoint + "?category=Toys&from=2024-02-01&to=2024-05-31"))
                        .extractingByKey("inputs").satisfies(i -> assertThat(map(i)).containsEntry("category", "Toys")
                                .containsEntry("from", "2024-02-01").containsEntry("to", "2024-05-31"));
            }
            Map<String, Object> profit = get("/api/v1/analytics/" + sales + "/profitability");
            assertThat(list(profit.get("categories"))).extracting(c -> c.get("key")).containsExactly("Rain", "Toys");
        }

        @Test
        void usesTheInventoryForVelocityAndDeadStockValue() {
            Map<String, Object> velocity = get("/api/v1/analytics/" + sales + "/inventory-velocity?inventoryDatasetId=" + inventory);
            Map<String, Object> umbrella = list(velocity.get("items")).get(0);
            assertThat(umbrella).containsEntry("productId", "P1").containsEntry("stockOnHand", 30.0);
            double umbrellaUnits = java.util.stream.IntStream.range(0, 182).map(d -> 8 + d % 3).sum();
            assertThat(number(umbrella.get("daysOfCover"))).isCloseTo(30 / (umbrellaUnits / 182), within(1e-9));
            assertThat(list(velocity.get("items"))).extracting(i -> i.get("productId")).contains("P6");

            Map<String, Object> dead = get("/api/v1/analytics/" + sales + "/dead-stock?days=60&inventoryDatasetId=" + inventory);
            assertThat(list(dead.get("items"))).extracting(i -> i.get("productId")).containsExactly("P5", "P6");
            assertThat(number(dead.get("deadStockValue"))).isCloseTo(12 * 35.0 + 40 * 2.0, within(1e-9));
            assertThat(map(dead.get("inputs")).get("inventory")).isNotNull();
        }

        @Test
        void aDeletedInventoryLeavesNoResultComputedWithItInTheStore() throws IOException {
            String stock = upload("stock-to-delete.csv", "sku,stock_on_hand,unit_cost\nP1,987654,6.0\nP2,5,30.0\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Map<String, Object> velocity = get("/api/v1/analytics/" + sales + "/inventory-velocity?inventoryDatasetId=" + stock);
            assertThat(list(velocity.get("items"))).anySatisfy(item -> assertThat(item).containsEntry("stockOnHand", 987654.0));
            get("/api/v1/analytics/" + sales + "/dead-stock?days=60&inventoryDatasetId=" + stock);
            get("/api/v1/analytics/" + sales + "/best-sellers");
            assertThat(derivedFiles()).as("derived results of the sales data are kept under the data directory").isNotEmpty();

            assertThat(server.request("/api/v1/datasets/" + stock).delete().getStatus()).isEqualTo(204);

            try (var files = Files.walk(dataDir)) {
                assertThat(files.filter(Files::isRegularFile).filter(file -> contains(file, "987654")).toList())
                        .as("files holding the deleted inventory's stock figure").isEmpty();
            }
            error(server.request("/api/v1/analytics/" + sales + "/inventory-velocity?inventoryDatasetId=" + stock).get(), 404);
        }

        private List<Path> derivedFiles() throws IOException {
            try (var files = Files.walk(dataDir)) {
                return files.filter(Files::isRegularFile).filter(file -> file.toString().contains("derived")).toList();
            }
        }

        private static boolean contains(Path file, String text) {
            try {
                return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1).contains(text);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Test
        void documentsTheAnalyticsAndInsightsEndpointsInOpenApi() {
            Map<String, Object> paths = map(server.anonymous("/api/openapi.json").get(JSON).get("paths"));
            assertThat(paths).containsKeys("/api/v1/analytics/{datasetId}/best-sellers", "/api/v1/analytics/{datasetId}/revenue-contribution",
                    "/api/v1/analytics/{datasetId}/seasonality", "/api/v1/analytics/{datasetId}/inventory-velocity",
                    "/api/v1/analytics/{datasetId}/dead-stock", "/api/v1/analytics/{datasetId}/profitability", "/api/v1/analytics/{datasetId}/trends",
                    "/api/v1/analytics/{datasetId}/mapping", "/api/v1/analytics/{datasetId}/inventory-mapping", "/api/v1/insights/{datasetId}/generate", "/api/v1/insights/{datasetId}",
                    "/api/v1/insights/item/{id}");
            Map<String, Object> trends = map(map(paths.get("/api/v1/analytics/{datasetId}/trends")).get("get"));
            assertThat(list(trends.get("parameters"))).extracting(p -> p.get("name")).contains("from", "to", "category", "limit", "groupBy");
            Map<String, Object> ok = map(map(map(map(trends.get("responses")).get("200")).get("content")).get("application/json"));
            assertThat(map(ok.get("schema")).get("$ref")).isEqualTo("#/components/schemas/Trends");
        }

        @Test
        void refusesBadParametersWithTheStandardErrorBody() {
            error(server.request("/api/v1/analytics/" + sales + "/trends?from=yesterday").get(), 400);
            error(server.request("/api/v1/analytics/" + sales + "/best-sellers?by=margin").get(), 400);
            error(server.request("/api/v1/analytics/" + sales + "/best-sellers?limit=0").get(), 400);
            error(server.request("/api/v1/analytics/" + sales + "/inventory-velocity").get(), 400);
            error(server.request("/api/v1/analytics/" + sales + "/trends?groupBy=nope").get(), 400);
            error(server.request("/api/v1/analytics/" + sales + "/best-sellers?category=%00").get(), 400);
            error(server.request("/api/v1/analytics/" + sales + "/trends?from=2030-01-01").get(), 422);
            error(server.request("/api/v1/analytics/00000000-0000-0000-0000-000000000000/trends").get(), 404);
            error(server.request("/api/v1/analytics/" + sales + "/mapping").put(Entity.json(Map.of("date", "nope"))), 400);
            error(server.request("/api/v1/insights/item/nope").get(), 404);
            error(server.request("/api/v1/insights/" + sales + "?confidence=certain").get(), 400);
        }

        @Test
        void savesAMappingThatOverridesTheDetectedOne() {
            String id = upload("mapped.csv", "when,what,amount\n2024-01-01,A,10\n2024-01-02,B,5\n2024-01-03,A,7\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            error(server.request("/api/v1/analytics/" + id + "/best-sellers").get(), 422);
            Map<String, Object> saved = server.request("/api/v1/analytics/" + id + "/mapping")
                    .put(Entity.json(Map.of("date", "when", "productId", "what", "revenue", "amount")), JSON);
            assertThat(saved).containsEntry("saved", true);
            Map<String, Object> best = get("/api/v1/analytics/" + id + "/best-sellers");
            assertThat(list(best.get("items"))).extracting(i -> i.get("productId"), i -> i.get("revenue"))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("A", 17.0), org.assertj.core.groups.Tuple.tuple("B", 5.0));
        }

        @Test
        void answersAgainFromTheCacheUntilTheMappingOrTheDataChanges() {
            String id = upload("regroup.csv", salesFixture().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String path = "/api/v1/analytics/" + id + "/profitability";
            Map<String, Object> first = get(path);
            assertThat(list(first.get("categories"))).extracting(c -> c.get("key")).containsExactly("Rain", "Toys");
            assertThat(get(path)).isEqualTo(first);

            server.request("/api/v1/analytics/" + id + "/mapping").put(Entity.json(Map.of("date", "date", "productId", "sku", "category", "name",
                    "quantity", "qty", "unitPrice", "price", "unitCost", "unit_cost")), JSON);
            assertThat(list(get(path).get("categories"))).extracting(c -> c.get("key")).contains("Umbrella", "Kite");
            server.request("/api/v1/analytics/" + id + "/mapping").delete().close();
            assertThat(get(path)).isEqualTo(first);

            Response retyped = server.request("/api/v1/datasets/" + id + "/columns").put(Entity.json(Map.of("types", Map.of("qty", "decimal"))));
            assertThat(retyped.getStatus()).as("%s", retyped.readEntity(String.class)).isEqualTo(200);
            assertThat(map(get(path).get("inputs"))).containsEntry("version", 2);
        }

        @Test
        void savesAnInventoryMappingThatOverridesTheDetectedOneAndChangesTheAnswers() {
            String stock = upload("shelf.csv", "article,on_shelf,reserved,value_each\nP1,30,3,6.0\nP5,12,2,35.0\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Map<String, Object> detected = get("/api/v1/analytics/" + stock + "/inventory-mapping");
            assertThat(detected).containsEntry("saved", false);
            assertThat(list(detected.get("problems"))).isNotEmpty();
            String deadStock = "/api/v1/analytics/" + sales + "/dead-stock?days=60&inventoryDatasetId=" + stock;
            error(server.request(deadStock).get(), 422);

            error(server.request("/api/v1/analytics/" + stock + "/inventory-mapping").put(Entity.json(Map.of("productId", "article",
                    "stockOnHand", "nope"))), 400);
            error(server.request("/api/v1/analytics/" + stock + "/inventory-mapping").put(Entity.json(Map.of("productId", "article"))), 400);
            Map<String, Object> saved = server.request("/api/v1/analytics/" + stock + "/inventory-mapping")
                    .put(Entity.json(Map.of("productId", "article", "stockOnHand", "on_shelf", "unitCost", "value_each")), JSON);
            assertThat(saved).containsEntry("saved", true);
            assertThat(list(saved.get("problems"))).isEmpty();
            Map<String, Object> dead = get(deadStock);
            assertThat(list(dead.get("items"))).extracting(i -> i.get("productId")).containsExactly("P5");
            assertThat(number(dead.get("deadStockValue"))).isCloseTo(12 * 35.0, within(1e-9));

            server.request("/api/v1/analytics/" + stock + "/inventory-mapping")
                    .put(Entity.json(Map.of("productId", "article", "stockOnHand", "reserved", "unitCost", "value_each")), JSON);
            assertThat(number(get(deadStock).get("deadStockValue"))).isCloseTo(2 * 35.0, within(1e-9));

            Map<String, Object> reset = server.request("/api/v1/analytics/" + stock + "/inventory-mapping").delete(JSON);
            assertThat(reset).containsEntry("saved", false);
            error(server.request(deadStock).get(), 422);
        }

        @Test
        void deletingADatasetDeletesItsMappingsAndInsights() throws SQLException {
            String doomed = upload("doomed.csv", salesFixture().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String doomedStock = upload("doomed-stock.csv", INVENTORY.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            server.request("/api/v1/analytics/" + doomed + "/mapping").put(Entity.json(Map.of("date", "date", "productId", "sku",
                    "quantity", "qty", "unitPrice", "price")), JSON);
            server.request("/api/v1/analytics/" + doomedStock + "/inventory-mapping").put(Entity.json(Map.of("productId", "sku",
                    "stockOnHand", "stock_on_hand")), JSON);
            Map<String, Object> generated = generate(doomed, Map.of("packs", List.of("retail"), "inventoryDatasetId", doomedStock));
            String insightId = (String) list(map(generated.get("set")).get("insights")).get(0).get("id");
            assertThat(rows("analytics_mappings", "dataset_id", doomed)).isEqualTo(1);
            assertThat(rows("analytics_inventory_mappings", "dataset_id", doomedStock)).isEqualTo(1);
            String setId = (String) map(generated.get("set")).get("id");
            assertThat(rows("insight_sets", "dataset_id", doomed)).isEqualTo(1);
            assertThat(rows("insights", "set_id", setId)).isPositive();

            assertThat(server.request("/api/v1/datasets/" + doomed).delete().getStatus()).isEqualTo(204);
            assertThat(server.request("/api/v1/datasets/" + doomedStock).delete().getStatus()).isEqualTo(204);

            assertThat(rows("analytics_mappings", "dataset_id", doomed)).isZero();
            assertThat(rows("analytics_inventory_mappings", "dataset_id", doomedStock)).isZero();
            assertThat(rows("insight_sets", "dataset_id", doomed)).isZero();
            assertThat(rows("insights", "set_id", setId)).isZero();
            error(server.request("/api/v1/insights/item/" + insightId).get(), 404);
        }

        @Test
        void generatesInsightsOncePerDataVersionAndBacksEveryStatedNumber() {
            Map<String, Object> first = generate(sales, Map.of("inventoryDatasetId", inventory));
            assertThat(first).containsEntry("reused", false);
            assertThat(map(first.get("metrics"))).containsKeys("product_metrics", "category_metrics", "series_daily", "series_monthly");
            List<Map<String, Object>> insights = list(map(first.get("set")).get("insights"));
            assertThat(insights).extracting(i -> i.get("ruleId")).contains("high-velocity-low-stock", "overstock", "dead-stock");
            assertThat(insights).filteredOn(i -> i.get("packId").equals("margin-watch")).extracting(i -> i.get("ruleId"), i -> i.get("subject"))
                    .contains(org.assertj.core.groups.Tuple.tuple("revenue-concentration", "Umbrella"));
            for (Map<String, Object> insight : insights) {
                assertThat(StatedNumbers.unbacked(insight)).as("%s", insight.get("title")).isEmpty();
                assertThat(insight).containsKeys("confidence", "category", "supportingMetrics", "recommendedAction");
            }

            Map<String, Object> again = generate(sales, Map.of("inventoryDatasetId", inventory));
            assertThat(again).containsEntry("reused", true);
            assertThat(map(again.get("set")).get("id")).isEqualTo(map(first.get("set")).get("id"));

            Map<String, Object> risks = get("/api/v1/insights/" + sales + "?category=risk");
            assertThat(risks).containsEntry("generated", true);
            assertThat(list(risks.get("items"))).isNotEmpty().allSatisfy(i -> assertThat(i).containsEntry("category", "risk"));
            String id = (String) list(risks.get("items")).get(0).get("id");
            assertThat(get("/api/v1/insights/item/" + id)).containsEntry("id", id).containsEntry("datasetId", sales);
        }

        @Test
        void regeneratesInsightsWhenANewVersionOfTheDataArrives() {
            String id = upload("versions.csv", salesFixture().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Map<String, Object> first = generate(id, Map.of("packs", List.of("retail")));
            assertThat(generate(id, Map.of("packs", List.of("retail")))).containsEntry("reused", true);

            Response retyped = server.request("/api/v1/datasets/" + id + "/columns").put(Entity.json(Map.of("types", Map.of("qty", "decimal"))));
            assertThat(retyped.getStatus()).as("%s", retyped.readEntity(String.class)).isEqualTo(200);
            assertThat(get("/api/v1/insights/" + id)).containsEntry("generated", false).containsEntry("datasetVersion", 2);

            Map<String, Object> second = generate(id, Map.of("packs", List.of("retail")));
            assertThat(second).containsEntry("reused", false);
            assertThat(map(second.get("set"))).containsEntry("datasetVersion", 2);
            assertThat(map(second.get("set")).get("contentHash")).isNotEqualTo(map(first.get("set")).get("contentHash"));
            assertThat(get("/api/v1/insights/" + id)).containsEntry("generated", true).containsEntry("datasetVersion", 2);
        }

        @Test
        void answersTheSuperstoreQuestionsThroughTheApi() throws IOException {
            String id = superstore();
            Map<String, Object> profit = get("/api/v1/analytics/" + id + "/profitability?groupBy=Sub-Category&from=2017-01-01&to=2017-12-31&limit=5");
            Map<String, Object> copiers = list(profit.get("categories")).get(0);
            assertThat(copiers).containsEntry("key", "Copiers");
            assertThat(number(copiers.get("profit"))).isCloseTo(25_031.79, within(0.005));
            Map<String, Object> trends = get("/api/v1/analytics/" + id + "/trends");
            Map<String, Object> november = list(trends.get("months")).stream().filter(m -> m.get("month").equals("2017-11")).findFirst().orElseThrow();
            assertThat(number(november.get("revenue"))).isCloseTo(118_447.83, within(0.005));
            assertThat(list(trends.get("months"))).allSatisfy(m -> assertThat(number(m.get("revenue"))).isLessThanOrEqualTo(number(november.get("revenue"))));
        }

        @Test
        void handlesOnlineRetailCancellationsAndReturns() throws IOException {
            String id = upload("online_retail_sample40k.csv", Files.readAllBytes(retailFile("online_retail_sample40k.csv")));
            Map<String, Object> shares = get("/api/v1/analytics/" + id + "/revenue-contribution?groupBy=Country");
            Map<String, Object> uk = list(shares.get("categories")).get(0);
            assertThat(uk).containsEntry("category", "United Kingdom");
            assertThat(number(uk.get("sharePct"))).isCloseTo(84.53, within(0.005));
            assertThat(list(map(shares.get("inputs")).get("excluded"))).anySatisfy(e -> {
                assertThat((String) e.get("reason")).startsWith("cancellation");
                assertThat(e).containsEntry("rows", 674);
            });
        }

        @Test
        void generatesBackedInsightsOnSuperstore() throws IOException {
            Map<String, Object> result = generate(superstore(), Map.of());
            List<Map<String, Object>> insights = list(map(result.get("set")).get("insights"));
            assertThat(insights).extracting(i -> i.get("packId")).contains("retail", "statistical", "margin-watch");
            assertThat(insights).filteredOn(i -> i.get("ruleId").equals("thin-margin-category")).extracting(i -> i.get("subject"))
                    .containsExactly("Furniture");
            for (Map<String, Object> insight : insights) {
                assertThat(StatedNumbers.unbacked(insight)).as("%s", insight.get("title")).isEmpty();
            }
        }
    }

    @Nested
    class LocalMode extends Contract {
        @Override
        LucentTestServer startServer(Path dataDir, Path pluginDir, Supplier<ExternalServices> services) throws Exception {
            return LucentTestServer.start(TestMode.LOCAL, dataDir, pluginDir, null, null);
        }

        @Override
        long rows(String table, String column, String value) throws SQLException {
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + server.configuration().dataPath().resolve("lucent.db"))) {
                return count(connection, table, column, value);
            }
        }
    }

    @Nested
    class SaasMode extends Contract {
        static final TenantContext GLOBEX = new TenantContext("globex", "globex-admin", Role.ADMIN);

        @Override
        LucentTestServer startServer(Path dataDir, Path pluginDir, Supplier<ExternalServices> services) throws Exception {
            LucentTestServer saas = LucentTestServer.start(TestMode.SAAS, dataDir, pluginDir, services.get(), "insights_it");
            saas.createTenant("acme");
            saas.createTenant("globex");
            return saas;
        }

        @Override
        long rows(String table, String column, String value) throws SQLException {
            try (Connection connection = DriverManager.getConnection(server.configuration().getDatabase().getUrl(), "postgres", "postgres")) {
                return count(connection, SqlIdentifiers.tenantSchema("acme") + "." + table, column, value);
            }
        }

        @Test
        void keepsAnalyticsAndInsightsToTheirTenant() {
            generate(sales, Map.of());
            String insightId = (String) list(get("/api/v1/insights/" + sales).get("items")).get(0).get("id");
            error(server.request("/api/v1/analytics/" + sales + "/trends", GLOBEX).get(), 404);
            error(server.request("/api/v1/insights/" + sales, GLOBEX).get(), 404);
            error(server.request("/api/v1/insights/item/" + insightId, GLOBEX).get(), 404);
        }

        @Test
        void letsViewersReadButNotGenerate() {
            TenantContext viewer = new TenantContext("acme", "acme-viewer", Role.VIEWER);
            error(server.request("/api/v1/insights/" + sales + "/generate", viewer).post(Entity.json(Map.of())), 403);
            assertThat(server.request("/api/v1/analytics/" + sales + "/trends", viewer).get().getStatus()).isEqualTo(200);
        }
    }
}
