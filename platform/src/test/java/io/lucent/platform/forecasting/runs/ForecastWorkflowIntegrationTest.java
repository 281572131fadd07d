package io.lucent.platform.forecasting.runs;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.platform.testing.ExternalServices;
import io.lucent.platform.testing.ExternalServicesExtension;
import io.lucent.platform.testing.LucentTestServer;
import io.lucent.platform.testing.LucentTestServer.TestMode;
import io.lucent.platform.testing.TestPlugins;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forecasting workflow over REST against a local-mode and a SaaS-mode server: batch and single forecasts as
 * jobs, progress as Server-Sent Events, results, metrics, cross-validation, downloads, previews, automatic
 * parameters, and refusals of bad requests that leave nothing behind.
 */
@ExtendWith(ExternalServicesExtension.class)
class ForecastWorkflowIntegrationTest {

    private static final GenericType<Map<String, Object>> JSON = new GenericType<>() { };
    private static final GenericType<List<Map<String, Object>>> JSON_LIST = new GenericType<>() { };

    /** Three monthly entities over four years with a yearly pattern, and one whose values are all missing. */
    public static byte[] monthlySales() {
        StringBuilder csv = new StringBuilder("Date,Entity_ID,Entity_Name,Volume\n");
        String[][] entities = {{"A-1", "Apples"}, {"B-2", "Bananas"}, {"C-3", "Cherries"}};
        for (int e = 0; e < entities.length; e++) {
            for (int m = 0; m < 48; m++) {
                double value = 100 + 20 * e + 10 * Math.sin(2 * Math.PI * m / 12) + m * 0.5 + ((m * 7 + e * 3) % 5);
                csv.append(LocalDate.of(2021, 1, 1).plusMonths(m)).append(',').append(entities[e][0]).append(',')
                        .append(entities[e][1]).append(',').append(String.format(java.util.Locale.ROOT, "%.2f", value)).append('\n');
            }
        }
        for (int m = 0; m < 48; m++) {
            csv.append(LocalDate.of(2021, 1, 1).plusMonths(m)).append(",Z-9,Empty,\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Contract {
        LucentTestServer server;
        String datasetId;

        abstract LucentTestServer startServer(Path dataDir, Path pluginDir, Supplier<ExternalServices> services) throws Exception;

        @BeforeAll
        void start(@TempDir Path temp, Supplier<ExternalServices> services) throws Exception {
            server = startServer(temp.resolve("data"), TestPlugins.copyBundled(temp.resolve("plugins")), services);
            datasetId = CsvUpload.dataset(server, "monthly.csv", monthlySales());
        }

        @AfterAll
        void stop() {
            if (server != null) {
                server.close();
            }
        }

        Map<String, Object> submit(String path, Map<String, Object> body) {
            Response response = server.request(path).post(Entity.json(body));
            Map<String, Object> answer = response.readEntity(JSON);
            assertThat(response.getStatus()).as("%s", answer).isEqualTo(202);
            return answer;
        }

        Map<String, Object> awaitEnd(String id) throws InterruptedException {
            return ForecastStatuses.awaitEnd(server, id);
        }

        Map<String, Object> error(Response response, int status) {
            Map<String, Object> body = response.readEntity(JSON);
            assertThat(response.getStatus()).as("%s", body).isEqualTo(status);
            assertThat(body).containsKeys("code", "message", "details");
            return body;
        }

        int historyTotal() {
            return ((Number) server.request("/api/v1/forecast/history").get(JSON).get("total")).intValue();
        }

        @Test
        void aBatchForecastsEveryEntityAndReportsTheEmptyOneWithoutFailingTheBatch() throws Exception {
            Map<String, Object> queued = submit("/api/v1/forecast/batch", Map.of("datasetId", datasetId, "method", "snaive", "horizon", 6,
                    "crossValidation", Map.of("folds", 2, "horizon", 3)));
            assertThat(queued).containsEntry("total", 4).containsKey("id");
            String id = (String) queued.get("id");

            Map<String, Object> status = awaitEnd(id);

            assertThat(status).containsEntry("state", "completed").containsEntry("done", 3).containsEntry("failed", 1)
                    .containsEntry("percent", 100.0);
            Map<String, Object> summary = server.request("/api/v1/results/" + id).get(JSON);
            assertThat((List<?>) summary.get("failures")).singleElement().satisfies(f -> {
                assertThat(map(f)).containsEntry("entityId", "Z-9");
                assertThat((String) map(f).get("error")).contains("has 0 observations");
            });
            assertThat(map(summary.get("models"))).containsEntry("SNAIVE[12]", 3);

            Map<String, Object> metrics = server.request("/api/v1/results/" + id + "/metrics").get(JSON);
            assertThat((List<?>) metrics.get("entities")).hasSize(3);
            assertThat(map(metrics.get("meanCrossValidation"))).containsKeys("mae", "rmse", "mape", "smape", "mase", "coverage_80", "coverage_95");

            List<Map<String, Object>> cv = server.request("/api/v1/results/" + id + "/cv").get(JSON_LIST);
            assertThat(cv).hasSize(3).allSatisfy(entity -> assertThat((List<?>) map(entity.get("evaluation")).get("perFold")).hasSize(2));

            Map<String, Object> page = server.request("/api/v1/results/" + id + "/data?offset=94&limit=4").get(JSON);
            assertThat(page).containsEntry("total", 3 * (48 * 2 + 6));
            List<Map<String, Object>> rows = list(page.get("rows"));
            assertThat(rows).extracting(r -> r.get("type")).containsExactly("actual", "fitted", "forecast", "forecast");
            assertThat(rows.get(2)).containsEntry("entityId", "A-1").containsEntry("date", "2025-01-01");
            assertThat(map(rows.get(2).get("bounds"))).containsKeys("lo_80", "hi_80", "lo_95", "hi_95");
            List<Map<String, Object>> acrossEntities = list(server.request("/api/v1/results/" + id + "/data?offset=100&limit=4").get(JSON).get("rows"));
            assertThat(acrossEntities).extracting(r -> r.get("entityId") + " " + r.get("type"))
                    .containsExactly("A-1 forecast", "A-1 forecast", "B-2 actual", "B-2 fitted");
            assertThat(list(server.request("/api/v1/results/" + id + "/data?offset=300&limit=10").get(JSON).get("rows"))).hasSize(6);

            Map<String, Object> entity = server.request("/api/v1/results/entity/" + datasetId + "/B-2").get(JSON);
            assertThat(entity).containsEntry("entityName", "Bananas").containsEntry("model", "SNAIVE[12]");
        }

        @Test
        void theProgressStreamSendsAnEventPerEntityAndEndsWithTheFinalStatus() throws Exception {
            String id = (String) submit("/api/v1/forecast/batch", Map.of("datasetId", datasetId, "method", "naive", "horizon", 3,
                    "entities", List.of("A-1", "B-2", "C-3"))).get("id");

            List<String> lines = new ArrayList<>();
            try (InputStream stream = server.request("/api/v1/forecast/progress/" + id).get(InputStream.class);
                 BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines.add(line);
                }
            }

            assertThat(lines.get(0)).isEqualTo("event: status");
            String last = lines.stream().filter(l -> l.startsWith("data:")).reduce((a, b) -> b).orElseThrow();
            assertThat(last).contains("\"state\":\"completed\"").contains("\"done\":3");
            // The stream subscribes before it reads the first status: every entity not done by then has its own event.
            java.util.regex.Matcher initial = java.util.regex.Pattern.compile("\"done\":(\\d+)").matcher(lines.get(1));
            assertThat(initial.find()).isTrue();
            int doneAtStart = Integer.parseInt(initial.group(1));
            List<String> entityEvents = lines.stream().filter(l -> l.startsWith("data:") && l.contains("\"outcome\":\"done\"")).toList();
            assertThat(entityEvents.size()).isBetween(3 - doneAtStart, 3);
        }

        @Test
        void aSingleForecastDownloadsAsCsvInTheLongLayout() throws Exception {
            String id = (String) submit("/api/v1/forecast/run", Map.of("datasetId", datasetId, "entities", List.of("C-3"), "method", "naive",
                    "horizon", 2, "levels", List.of(90))).get("id");
            assertThat(awaitEnd(id)).containsEntry("state", "completed");

            Response download = server.request("/api/v1/results/download/" + id + "?format=csv").get();
            String csv = download.readEntity(String.class);

            assertThat(download.getStatus()).isEqualTo(200);
            assertThat(download.getHeaderString("Content-Disposition")).contains("forecast-" + id + ".csv");
            List<String> lines = csv.lines().toList();
            assertThat(lines.get(0)).isEqualTo("entity_id,entity_name,date,type,value,lo_90,hi_90");
            assertThat(lines).hasSize(1 + 48 * 2 + 2);
            assertThat(lines.get(lines.size() - 1)).startsWith("C-3,Cherries,2025-02-01,forecast,");
            error(server.request("/api/v1/results/download/" + id + "?format=pdf").get(), 400);
        }

        @Test
        void badRequestsAreRefusedWithTheStandardErrorBodyAndLeaveNothingBehind() {
            int before = historyTotal();
            error(server.request("/api/v1/forecast/run").post(Entity.json(Map.of("datasetId", datasetId, "entities", List.of("A-1", "B-2"),
                    "horizon", 3))), 400);
            error(server.request("/api/v1/forecast/batch").post(Entity.json(Map.of("datasetId", datasetId, "method", "crystal-ball",
                    "horizon", 3))), 404);
            error(server.request("/api/v1/forecast/batch").post(Entity.json(Map.of("datasetId", datasetId, "horizon", 0))), 400);
            error(server.request("/api/v1/forecast/batch").post(Entity.json(Map.of("datasetId", datasetId, "horizon", 3,
                    "entities", List.of("nobody")))), 404);
            Map<String, Object> columns = error(server.request("/api/v1/forecast/batch").post(Entity.json(Map.of("datasetId", datasetId,
                    "horizon", 3, "columns", Map.of("value", "Revenue")))), 400);
            assertThat((String) columns.get("message")).contains("Revenue").contains("Volume");
            Map<String, Object> text = error(server.request("/api/v1/forecast/batch").post(Entity.json(Map.of("datasetId", datasetId,
                    "horizon", 3, "columns", Map.of("value", "Entity_Name")))), 400);
            assertThat((String) text.get("message")).contains("'Entity_Name'").contains("number");
            error(server.request("/api/v1/forecast/batch").post(Entity.json(Map.of("datasetId", datasetId, "horizon", 3, "method", "naive",
                    "settings", Map.of("noSuchSetting", 1)))), 400);
            error(server.request("/api/v1/forecast/status/00000000-0000-0000-0000-000000000000").get(), 404);

            assertThat(historyTotal()).isEqualTo(before);
        }

        @Test
        void aFinishedForecastCannotBeCancelled() throws Exception {
            String id = (String) submit("/api/v1/forecast/run", Map.of("datasetId", datasetId, "entities", List.of("A-1"), "method", "naive",
                    "horizon", 1)).get("id");
            awaitEnd(id);

            error(server.request("/api/v1/forecast/" + id + "/cancel").post(Entity.json(Map.of())), 409);
        }

        @Test
        void methodsPreviewAndAutomaticParametersComeFromThePlugins() {
            List<Map<String, Object>> methods = server.request("/api/v1/forecast/methods").get(JSON_LIST);
            assertThat(methods).extracting(m -> m.get("id")).contains("naive", "snaive", "ets", "arima", "auto");
            assertThat(methods).allSatisfy(m -> assertThat(m).containsKey("settingsSchema"));

            Map<String, Object> preview = server.request("/api/v1/forecast/preview").post(Entity.json(Map.of("datasetId", datasetId,
                    "entities", List.of("A-1"), "method", "ets", "horizon", 12)), JSON);
            assertThat((List<?>) map(preview.get("forecast")).get("point")).hasSize(12);
            assertThat((String) preview.get("model")).startsWith("ETS(");

            Map<String, Object> params = server.request("/api/v1/forecast/auto-params/arima").post(Entity.json(Map.of("datasetId", datasetId,
                    "entities", List.of("B-2"))), JSON);
            assertThat((String) params.get("model")).startsWith("ARIMA(");
            assertThat((List<?>) params.get("parameters")).isNotNull();
        }

        @Test
        void aParameterWithoutAStandardErrorHasNullThereNotTheStringNaN() {
            Map<String, Object> preview = server.request("/api/v1/forecast/preview").post(Entity.json(Map.of("datasetId", datasetId,
                    "entities", List.of("A-1"), "method", "theta", "horizon", 3)), JSON);

            List<Map<String, Object>> parameters = list(preview.get("parameters"));
            assertThat(parameters).isNotEmpty().allSatisfy(p -> assertThat(p).containsEntry("standardError", null));
        }

        @Test
        void diagnosticsDescribeResidualsParametersStrengthAndQuality() throws Exception {
            String id = (String) submit("/api/v1/forecast/run", Map.of("datasetId", datasetId, "entities", List.of("A-1"), "method", "ets",
                    "horizon", 6, "crossValidation", Map.of("folds", 3, "horizon", 6))).get("id");
            assertThat(awaitEnd(id)).containsEntry("state", "completed");

            Map<String, Object> diagnostics = server.request("/api/v1/diagnostics/" + id).get(JSON);

            Map<String, Object> residuals = map(diagnostics.get("residuals"));
            assertThat(residuals).containsKeys("histogram", "qq", "acf", "pacf", "bound");
            assertThat(map(residuals.get("ljungBox"))).containsKeys("lag", "statistic", "df", "pValue");
            assertThat(list(diagnostics.get("parameters"))).extracting(p -> p.get("name")).contains("alpha");
            assertThat(((Number) map(diagnostics.get("decomposition")).get("seasonalityStrength")).doubleValue()).isGreaterThan(0.5);
            assertThat(list(diagnostics.get("quality"))).extracting(q -> q.get("name"))
                    .containsExactly("accuracy", "residual_whiteness", "interval_calibration", "data_sufficiency");
            assertThat(list(diagnostics.get("quality"))).allSatisfy(q -> {
                assertThat(((Number) q.get("score")).intValue()).isBetween(0, 100);
                assertThat((String) q.get("reason")).isNotBlank();
            });
            error(server.request("/api/v1/diagnostics/" + id + "?entity=B-2").get(), 404);
        }

        @Test
        void comparingMethodsRanksThemByCrossValidatedMase() {
            Map<String, Object> comparison = server.request("/api/v1/diagnostics/compare").post(Entity.json(Map.of("forecast",
                    Map.of("datasetId", datasetId, "entities", List.of("B-2"), "horizon", 6, "crossValidation", Map.of("folds", 2)),
                    "methods", List.of("naive", "snaive", "ets"))), JSON);

            List<Map<String, Object>> ranking = list(comparison.get("ranking"));
            assertThat(ranking).extracting(r -> r.get("rank")).containsExactly(1, 2, 3);
            List<Double> mase = ranking.stream().map(r -> ((Number) map(r.get("metrics")).get("mase")).doubleValue()).toList();
            assertThat(mase).isSorted();
            assertThat(ranking.get(2).get("method")).isEqualTo("naive");
        }

        @Test
        void theEntityViewListsEntitiesWithStatisticsAndOneEntitysData() {
            Map<String, Object> entities = server.request("/api/v1/preprocessing/" + datasetId + "/entities").get(JSON);

            assertThat(entities).containsEntry("frequency", "monthly").containsEntry("frequencyDetected", true).containsEntry("total", 4);
            Map<String, Object> apples = list(entities.get("items")).get(0);
            assertThat(apples).containsEntry("entityId", "A-1").containsEntry("entityName", "Apples").containsEntry("observations", 48)
                    .containsEntry("missing", 0).containsEntry("firstPeriod", "2021-01-01T00:00").containsEntry("seasonal", true);
            assertThat(list(entities.get("items")).get(3)).containsEntry("entityId", "Z-9").containsEntry("observations", 0);

            Map<String, Object> one = server.request("/api/v1/preprocessing/" + datasetId + "/entities/B-2?frequency=quarterly").get(JSON);
            assertThat(one).containsEntry("frequency", "quarterly");
            assertThat((List<?>) one.get("values")).hasSize(16);
            error(server.request("/api/v1/preprocessing/" + datasetId + "/entities?value=Revenue").get(), 400);

            Map<String, Object> preview = server.request("/api/v1/preprocessing/" + datasetId + "/preview").post(Entity.json(Map.of(
                    "entity", "C-3", "steps", List.of(Map.of("type", "outliers", "detect", "zscore", "threshold", 1.0, "action", "cap"),
                            Map.of("type", "aggregate", "frequency", "quarterly", "how", "sum")))), JSON);
            assertThat((List<?>) map(preview.get("before")).get("values")).hasSize(48);
            assertThat(map(preview.get("after"))).containsEntry("frequency", "quarterly");
            assertThat((List<?>) map(preview.get("after")).get("values")).hasSize(16);
            assertThat(((Number) list(preview.get("steps")).get(0).get("changed")).intValue()).isPositive();
            error(server.request("/api/v1/preprocessing/" + datasetId + "/preview").post(Entity.json(Map.of("entity", "C-3",
                    "steps", List.of(Map.of("type", "sharpen"))))), 400);
        }

        @Test
        void applyingStepsWritesANewVersionAndResetRestoresTheOriginal() {
            String copy = CsvUpload.dataset(server, "copy.csv", monthlySales());

            Map<String, Object> applied = server.request("/api/v1/preprocessing/" + copy + "/apply").post(Entity.json(Map.of(
                    "steps", List.of(Map.of("type", "aggregate", "frequency", "quarterly", "how", "sum")))), JSON);

            assertThat(applied).containsEntry("version", 2).containsEntry("rows", 4 * 16);
            assertThat(applied.get("columns")).isEqualTo(List.of("Date", "Entity_ID", "Entity_Name", "Volume"));
            Map<String, Object> view = server.request("/api/v1/preprocessing/" + copy + "/entities").get(JSON);
            assertThat(view).containsEntry("frequency", "quarterly");
            assertThat(list(view.get("items")).get(0)).containsEntry("observations", 16);

            Map<String, Object> reset = server.request("/api/v1/preprocessing/" + copy + "/reset").post(Entity.json(Map.of()), JSON);
            assertThat(reset).containsEntry("version", 3).containsEntry("rows", 4 * 48);
            error(server.request("/api/v1/preprocessing/" + copy + "/apply").post(Entity.json(Map.of("steps",
                    List.of(Map.of("type", "aggregate", "frequency", "daily"))))), 400);
            assertThat(server.request("/api/v1/preprocessing/" + copy + "/entities").get(JSON)).containsEntry("frequency", "monthly");

            String name = "yearly-totals-" + server.mode();
            Map<String, Object> recipe = server.request("/api/v1/preprocessing/recipes").post(Entity.json(Map.of("name", name,
                    "steps", List.of(Map.of("type", "missing", "method", "linear"), Map.of("type", "aggregate", "frequency", "yearly")))), JSON);
            assertThat(recipe).containsEntry("name", name);
            error(server.request("/api/v1/preprocessing/recipes").post(Entity.json(Map.of("name", name, "steps",
                    List.of(Map.of("type", "missing"))))), 409);
            Map<String, Object> viaRecipe = server.request("/api/v1/preprocessing/" + copy + "/recipes/" + name + "/apply")
                    .post(Entity.json(Map.of()), JSON);
            assertThat(viaRecipe).containsEntry("version", 4).containsEntry("rows", 4 * 4);

            List<String> csv = server.request("/api/v1/preprocessing/" + copy + "/download").get(String.class).lines().toList();
            assertThat(csv.get(0)).isEqualTo("date,entity_id,entity_name,value");
            assertThat(csv).hasSize(1 + 4 * 4).contains("2021-01-01,Z-9,Empty,");
        }

        @Test
        void downloadsTheSeriesOfADatasetWhoseColumnsAreNamedInTheQuery() {
            String shop = CsvUpload.dataset(server, "shop.csv", ("Order Date,Store,Sales\n2024-01-01,North,5\n2024-01-02,North,7\n"
                    + "2024-01-01,South,1\n2024-01-02,South,2\n").getBytes(StandardCharsets.UTF_8));

            error(server.request("/api/v1/preprocessing/" + shop + "/download").get(), 400);
            List<String> csv = server.request("/api/v1/preprocessing/" + shop + "/download?date=Order%20Date&entityId=Store&value=Sales")
                    .get(String.class).lines().toList();
            assertThat(csv.get(0)).isEqualTo("date,entity_id,entity_name,value");
            assertThat(csv.subList(1, csv.size())).hasSize(4).anySatisfy(line -> assertThat(line).startsWith("2024-01-02,North,North,7"))
                    .anySatisfy(line -> assertThat(line).startsWith("2024-01-01,South,South,1"));
        }

        /** Twelve days of two entities; D-1 has two rows on Jan 3rd (5 and 7), D-2 two on Jan 5th (1 and 3). */
        private byte[] dailyWithDuplicateDates() {
            StringBuilder csv = new StringBuilder("Date,Entity_ID,Entity_Name,Volume\n");
            for (int d = 0; d < 12; d++) {
                String date = LocalDate.of(2024, 1, 1).plusDays(d).toString();
                csv.append(date).append(",D-1,Dates,").append(d == 2 ? 5 : 10 + d).append('\n');
                csv.append(date).append(",D-2,Figs,").append(d == 4 ? 1 : 20 + d).append('\n');
            }
            csv.append("2024-01-03,D-1,Dates,7\n2024-01-05,D-2,Figs,3\n");
            return csv.toString().getBytes(StandardCharsets.UTF_8);
        }

        @Test
        void duplicateDatesCustomPeriodsAndChosenEntitiesArePreprocessingSteps() throws Exception {
            String daily = CsvUpload.dataset(server, "daily-duplicates.csv", dailyWithDuplicateDates());
            List<Map<String, Object>> keepLast = List.of(Map.of("type", "duplicates", "keep", "last"),
                    Map.of("type", "aggregate", "every", 3, "unit", "days", "how", "sum"));

            List<Map<String, Object>> previews = server.request("/api/v1/preprocessing/" + daily + "/previews")
                    .post(Entity.json(Map.of("entities", List.of("D-2", "D-1"), "steps", keepLast)), JSON_LIST);

            assertThat(previews).extracting(p -> p.get("entityId")).containsExactly("D-2", "D-1");
            Map<String, Object> dates = previews.get(1);
            assertThat(((Number) list(map(dates.get("before")).get("values")).size())).isEqualTo(12);
            assertThat(((List<?>) map(dates.get("before")).get("values")).get(2)).isEqualTo(12.0);
            assertThat(list(dates.get("steps")).get(0)).containsEntry("step", "duplicates:last").containsEntry("changed", 1)
                    .containsEntry("flagged", List.of(2));
            assertThat(map(dates.get("after"))).containsEntry("frequency", "other")
                    .containsEntry("periods", List.of("2024-01-01T00:00", "2024-01-04T00:00", "2024-01-07T00:00", "2024-01-10T00:00"))
                    .containsEntry("values", List.of(10.0 + 11 + 7, 13.0 + 14 + 15, 16.0 + 17 + 18, 19.0 + 20 + 21));
            error(server.request("/api/v1/preprocessing/" + daily + "/previews").post(Entity.json(Map.of("entities", List.of("D-1"),
                    "steps", List.of(Map.of("type", "missing"), Map.of("type", "duplicates", "keep", "first"))))), 400);
            error(server.request("/api/v1/preprocessing/" + daily + "/previews").post(Entity.json(Map.of("entities", List.of("D-1", "X-0"),
                    "steps", keepLast))), 404);

            // Only D-1 keeps its first row of Jan 3rd; D-2's two rows of Jan 5th stay summed.
            Map<String, Object> firstOnly = server.request("/api/v1/preprocessing/" + daily + "/apply").post(Entity.json(Map.of("entities", List.of("D-1"),
                    "steps", List.of(Map.of("type", "duplicates", "keep", "first")))), JSON);
            assertThat(firstOnly).containsEntry("version", 2).containsEntry("rows", 24);
            assertThat((List<?>) server.request("/api/v1/preprocessing/" + daily + "/entities/D-1").get(JSON).get("values")).element(2).isEqualTo(5.0);
            assertThat((List<?>) server.request("/api/v1/preprocessing/" + daily + "/entities/D-2").get(JSON).get("values")).element(4).isEqualTo(4.0);
            error(server.request("/api/v1/preprocessing/" + daily + "/apply").post(Entity.json(Map.of("entities", List.of("D-1"),
                    "steps", List.of(Map.of("type", "aggregate", "frequency", "weekly"))))), 400);
            assertThat(server.request("/api/v1/preprocessing/" + daily + "/entities").get(JSON).get("total")).isEqualTo(2);

            String name = "four-day-means-" + server.mode();
            error(server.request("/api/v1/preprocessing/recipes").post(Entity.json(Map.of("name", name, "steps",
                    List.of(Map.of("type", "missing"), Map.of("type", "duplicates", "keep", "mean"))))), 400);
            server.request("/api/v1/preprocessing/recipes").post(Entity.json(Map.of("name", name, "steps",
                    List.of(Map.of("type", "aggregate", "every", 4, "unit", "days", "how", "mean")))), JSON);
            Map<String, Object> viaRecipe = server.request("/api/v1/preprocessing/" + daily + "/recipes/" + name + "/apply")
                    .post(Entity.json(Map.of()), JSON);
            assertThat(viaRecipe).containsEntry("version", 3).containsEntry("rows", 2 * 3);
            Map<String, Object> fourDays = server.request("/api/v1/preprocessing/" + daily + "/entities/D-2").get(JSON);
            assertThat(fourDays).containsEntry("frequency", "other")
                    .containsEntry("periods", List.of("2024-01-01T00:00", "2024-01-05T00:00", "2024-01-09T00:00"))
                    .containsEntry("values", List.of((20.0 + 21 + 22 + 23) / 4, (4.0 + 25 + 26 + 27) / 4, (28.0 + 29 + 30 + 31) / 4));
            String forecastId = (String) submit("/api/v1/forecast/run", Map.of("datasetId", daily, "entities", List.of("D-2"), "method", "naive",
                    "horizon", 2)).get("id");
            assertThat(awaitEnd(forecastId)).containsEntry("state", "completed");
            assertThat(map(server.request("/api/v1/results/entity/" + daily + "/D-2").get(JSON).get("forecast")))
                    .containsEntry("periods", List.of("2024-01-13T00:00", "2024-01-17T00:00"));

            Map<String, Object> paths = map(server.anonymous("/api/openapi.json").get(JSON).get("paths"));
            assertThat(paths).containsKeys("/api/v1/preprocessing/{datasetId}/previews", "/api/v1/preprocessing/{datasetId}/apply");
            assertThat(map(map(paths.get("/api/v1/preprocessing/{datasetId}/previews")).get("post")).get("description").toString())
                    .contains("duplicates").contains("every N");
        }

        /** Whole-number daily sales of two entities from 2021 to 2024 (1,461 days) with a yearly swing. */
        static double dailySale(LocalDate day, int entity) {
            return 100 + 10 * entity + Math.round(40 * Math.sin(2 * Math.PI * day.getDayOfYear() / 365.25));
        }

        static byte[] dailySalesOverFourYears() {
            StringBuilder csv = new StringBuilder("Date,Entity_ID,Entity_Name,Volume\n");
            for (LocalDate day = LocalDate.of(2021, 1, 1); day.getYear() < 2025; day = day.plusDays(1)) {
                for (int e = 1; e <= 2; e++) {
                    csv.append(day).append(",S-").append(e).append(",Store ").append(e).append(',').append((long) dailySale(day, e)).append('\n');
                }
            }
            return csv.toString().getBytes(StandardCharsets.UTF_8);
        }

        static double sumOfDays(LocalDate from, LocalDate toExclusive, int entity) {
            return from.datesUntil(toExclusive).mapToDouble(day -> dailySale(day, entity)).sum();
        }

        @Test
        void dailyDataAggregatedToTwoMonthPeriodsIsAppliedAndForecastWithASeasonOfSixPeriods() throws Exception {
            String daily = CsvUpload.dataset(server, "daily-four-years.csv", dailySalesOverFourYears());
            List<Map<String, Object>> twoMonths = List.of(Map.of("type", "aggregate", "every", 2, "unit", "months", "how", "sum"));

            Map<String, Object> preview = server.request("/api/v1/preprocessing/" + daily + "/preview")
                    .post(Entity.json(Map.of("entity", "S-1", "steps", twoMonths)), JSON);

            Map<String, Object> after = map(preview.get("after"));
            assertThat(after).containsEntry("frequency", "other").containsEntry("spacing", "2 months");
            assertThat(map(preview.get("before"))).containsEntry("frequency", "daily").containsEntry("spacing", "1 day");
            assertThat(objects(after.get("periods"))).hasSize(24).startsWith("2021-01-01T00:00", "2021-03-01T00:00").endsWith("2024-11-01T00:00");
            assertThat(objects(after.get("values"))).startsWith(sumOfDays(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 3, 1), 1))
                    .element(18).as("January and February of the leap year 2024").isEqualTo(sumOfDays(LocalDate.of(2024, 1, 1),
                            LocalDate.of(2024, 3, 1), 1));
            assertThat(list(preview.get("steps")).get(0)).containsEntry("step", "aggregate:2-months:sum").containsEntry("changed", 1461);
            assertThat(map(preview.get("statistics"))).containsEntry("seasonalPeriod", 6);
            assertThat(error(server.request("/api/v1/preprocessing/" + daily + "/preview").post(Entity.json(Map.of("entity", "S-1", "steps",
                    List.of(Map.of("type", "aggregate", "every", 121, "unit", "months"))))), 400).get("message").toString()).contains("1 to 120");
            assertThat(error(server.request("/api/v1/preprocessing/" + daily + "/preview").post(Entity.json(Map.of("entity", "S-1", "steps",
                    List.of(Map.of("type", "aggregate", "every", 2, "unit", "fortnights"))))), 400).get("message").toString())
                    .contains("days, weeks or months");

            Map<String, Object> applied = server.request("/api/v1/preprocessing/" + daily + "/apply").post(Entity.json(Map.of("steps", twoMonths)),
                    JSON);

            assertThat(applied).containsEntry("version", 2).containsEntry("rows", 2 * 24);
            assertThat(server.request("/api/v1/preprocessing/" + daily + "/entities").get(JSON)).containsEntry("frequency", "other")
                    .containsEntry("total", 2);
            Map<String, Object> stored = server.request("/api/v1/preprocessing/" + daily + "/entities/S-2").get(JSON);
            assertThat(stored).containsEntry("frequency", "other").containsEntry("spacing", "2 months");
            assertThat(objects(stored.get("periods"))).hasSize(24).startsWith("2021-01-01T00:00").endsWith("2024-11-01T00:00");
            assertThat(objects(stored.get("values"))).endsWith(sumOfDays(LocalDate.of(2024, 11, 1), LocalDate.of(2025, 1, 1), 2));
            assertThat(map(stored.get("statistics"))).containsEntry("seasonalPeriod", 6).containsEntry("missing", 0);
            assertThat(error(server.request("/api/v1/preprocessing/" + daily + "/apply").post(Entity.json(Map.of("steps",
                    List.of(Map.of("type", "aggregate", "every", 3, "unit", "months"))))), 400).get("message").toString())
                    .contains("larger multiple of 2 months");

            // The seasonal naive forecast repeats the value of six periods (a year) before.
            String id = (String) submit("/api/v1/forecast/run", Map.of("datasetId", daily, "entities", List.of("S-2"), "method", "snaive",
                    "horizon", 3)).get("id");
            assertThat(awaitEnd(id)).containsEntry("state", "completed");
            Map<String, Object> forecast = map(server.request("/api/v1/results/entity/" + daily + "/S-2").get(JSON).get("forecast"));
            assertThat(forecast).containsEntry("periods", List.of("2025-01-01T00:00", "2025-03-01T00:00", "2025-05-01T00:00"));
            List<?> history = objects(stored.get("values"));
            assertThat(objects(forecast.get("point"))).containsExactly(history.get(18), history.get(19), history.get(20));
            assertThat(map(server.request("/api/v1/diagnostics/" + id).get(JSON).get("decomposition")).get("method").toString())
                    .contains("period 6");

            Map<String, Object> openApi = server.anonymous("/api/openapi.json").get(JSON);
            assertThat(map(map(map(map(openApi.get("components")).get("schemas")).get("Step")).get("properties")).get("unit").toString())
                    .contains("months");
            assertThat(map(map(map(openApi.get("paths")).get("/api/v1/preprocessing/{datasetId}/preview")).get("post")).get("description")
                    .toString()).contains("days/weeks/months").contains("first day of the anchor's month");
        }

        @Test
        void theHistoryListsForecastsNewestFirstWithTheirState() throws Exception {
            String id = (String) submit("/api/v1/forecast/run", Map.of("datasetId", datasetId, "entities", List.of("A-1"), "method", "mean",
                    "horizon", 4)).get("id");
            awaitEnd(id);

            Map<String, Object> history = server.request("/api/v1/forecast/history?limit=1").get(JSON);

            Map<String, Object> newest = list(history.get("items")).get(0);
            assertThat(map(newest.get("run"))).containsEntry("id", id).containsEntry("method", "mean").containsEntry("horizon", 4)
                    .containsEntry("entityCount", 1).containsEntry("frequency", "monthly");
            assertThat(map(newest.get("status"))).containsEntry("state", "completed").containsKey("durationSeconds");
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> objects(Object value) {
        return (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @Nested
    class LocalMode extends Contract {
        @Override
        LucentTestServer startServer(Path dataDir, Path pluginDir, Supplier<ExternalServices> services) throws Exception {
            return LucentTestServer.start(TestMode.LOCAL, dataDir, pluginDir, null, null);
        }
    }

    @Nested
    class SaasMode extends Contract {
        @Override
        LucentTestServer startServer(Path dataDir, Path pluginDir, Supplier<ExternalServices> services) throws Exception {
            LucentTestServer server = LucentTestServer.start(TestMode.SAAS, dataDir, pluginDir, services.get(), "forecast_workflow");
            server.createTenant("acme");
            return server;
        }
    }
}
