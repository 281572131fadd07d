package io.lucent.platform.forecasting.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lucent.platform.testing.LucentTestServer;
import io.lucent.platform.testing.LucentTestServer.TestMode;
import io.lucent.platform.testing.TestPlugins;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.GenericType;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The must-show workflow on the real Superstore orders (../shared/data/retail): weekly sales per sub-category
 * (17 entities, the orders summed per week), a batch forecast of all of them with {@code auto} and
 * cross-validation, progress events, results, metrics and the workbook download read back with Apache POI.
 * Skipped when ../shared is not there.
 */
class RetailForecastEndToEndTest {

    private static final GenericType<Map<String, Object>> JSON = new GenericType<>() { };
    private static final Path ORDERS = Path.of("..", "..", "shared", "data", "retail", "superstore_orders.csv");

    @Test
    void forecastsWeeklySalesOfEverySubCategoryWithAutoAndDownloadsTheWorkbook(@TempDir Path temp) throws Exception {
        assumeTrue(Files.isRegularFile(ORDERS), "Skipped: the Superstore data is not at " + ORDERS.toAbsolutePath()
                + " (../shared/data/retail is only on developer machines)");
        try (LucentTestServer server = LucentTestServer.start(TestMode.LOCAL, temp.resolve("data"), TestPlugins.copyBundled(temp.resolve("plugins")),
                null, null)) {
            String dataset = CsvUpload.dataset(server, "superstore_orders.csv", Files.readAllBytes(ORDERS));
            Map<String, Object> request = Map.of("datasetId", dataset, "method", "auto", "horizon", 8, "frequency", "weekly",
                    "columns", Map.of("date", "Order Date", "entityId", "Sub-Category", "value", "Sales"),
                    "crossValidation", Map.of("folds", 2, "horizon", 4));

            var accepted = server.request("/api/v1/forecast/batch").post(Entity.json(request));
            Map<String, Object> queued = accepted.readEntity(JSON);
            assertThat(accepted.getStatus()).as("%s", queued).isEqualTo(202);
            String id = (String) queued.get("id");
            assertThat(queued).containsEntry("total", 17);

            List<String> events = new ArrayList<>();
            try (InputStream stream = server.request("/api/v1/forecast/progress/" + id).get(InputStream.class);
                 BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.startsWith("data:")) {
                        events.add(line);
                    }
                }
            }
            assertThat(events).hasSizeGreaterThan(2);
            assertThat(events.get(events.size() - 1)).contains("\"state\":\"completed\"").contains("\"done\":17");

            Map<String, Object> summary = server.request("/api/v1/results/" + id).get(JSON);
            assertThat((List<?>) summary.get("failures")).isEmpty();
            Map<String, Object> metrics = server.request("/api/v1/results/" + id + "/metrics").get(JSON);
            Map<?, ?> cv = (Map<?, ?>) metrics.get("meanCrossValidation");
            assertThat(((Number) cv.get("smape")).doubleValue()).isBetween(1.0, 200.0);
            assertThat(((Number) cv.get("coverage_95")).doubleValue()).isBetween(0.0, 1.0);
            Map<String, Object> page = server.request("/api/v1/results/" + id + "/data?limit=5").get(JSON);
            assertThat(((Number) page.get("total")).intValue()).isGreaterThan(17 * 2 * 200);
            System.out.printf("Superstore weekly by sub-category, auto: %s; mean CV %s; models %s%n",
                    server.request("/api/v1/forecast/status/" + id).get(JSON).get("durationSeconds") + " s", cv, summary.get("models"));

            Map<String, Object> diagnostics = server.request("/api/v1/diagnostics/" + id + "?entity=Phones").get(JSON);
            assertThat(ForecastWorkflowIntegrationTest.map(diagnostics.get("residuals"))).containsKeys("acf", "pacf", "ljungBox", "qq", "histogram");
            assertThat((List<?>) diagnostics.get("quality")).hasSize(4);
            assertThat(ForecastWorkflowIntegrationTest.map(diagnostics.get("evaluation"))).containsEntry("folds", 2);
            List<?> cvRows = server.request("/api/v1/results/" + id + "/cv").get(List.class);
            assertThat(cvRows).hasSize(17);

            byte[] workbook = server.request("/api/v1/results/download/" + id + "?format=xlsx").get(byte[].class);
            try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
                assertThat(xlsx.getNumberOfSheets()).isEqualTo(18);
                assertThat(xlsx.getSheet("Phones")).isNotNull();
                assertThat(xlsx.getSheet("Phones").getRow(0).getCell(0).getStringCellValue()).isEqualTo("entity_id");
                assertThat(xlsx.getSheetName(17)).isEqualTo("metrics");
                assertThat(xlsx.getSheet("metrics").getLastRowNum()).isEqualTo(17 * 2);
            }
        }
    }
}
