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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * Entity ids from the user's data that cannot travel in a URL path (a product named "Folding Chairs, 4/Set": Jetty
 * refuses an encoded "/") reach results and preprocessing through the query-parameter forms, in local and SaaS
 * mode; the path forms keep working for other ids.
 */
@ExtendWith(ExternalServicesExtension.class)
class EntityIdsInQueryIntegrationTest {

    private static final GenericType<Map<String, Object>> JSON = new GenericType<>() { };

    /** The QA report's product. */
    static final String CHAIRS = "Situations Contoured Folding Chairs, 4/Set";
    /** Every character that needs care in a URL or a CSV file: "/", "%", "\\", "?", "#", spaces, a comma, non-ASCII letters. */
    static final String EVERYTHING = "Mix 50%/50% ? #1, Crème brûlée \\ Ærø 東京";
    /** An id without "/", "%" or "\\" but with other reserved characters: the path form serves it. */
    static final String NO_SLASH = "Café #2 ?100, Ærø";
    static final String PLAIN = "P-1";
    static final List<String> IDS = List.of(CHAIRS, EVERYTHING, NO_SLASH, PLAIN);

    /** Two years of monthly values for each id. */
    static byte[] monthlyProducts() {
        StringBuilder csv = new StringBuilder("Date,Entity_ID,Entity_Name,Volume\n");
        for (int e = 0; e < IDS.size(); e++) {
            String quoted = '"' + IDS.get(e).replace("\"", "\"\"") + '"';
            for (int m = 0; m < 24; m++) {
                csv.append(LocalDate.of(2023, 1, 1).plusMonths(m)).append(',').append(quoted).append(',').append(quoted).append(',')
                        .append(10 * (e + 1) + m % 12).append('\n');
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A query value percent-encoded (spaces as %20, not "+"). */
    static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Contract {
        LucentTestServer server;
        String datasetId;
        String forecastId;

        abstract LucentTestServer startServer(Path dataDir, Path pluginDir, Supplier<ExternalServices> services) throws Exception;

        @BeforeAll
        void start(@TempDir Path temp, Supplier<ExternalServices> services) throws Exception {
            server = startServer(temp.resolve("data"), TestPlugins.copyBundled(temp.resolve("plugins")), services);
            datasetId = CsvUpload.dataset(server, "products.csv", monthlyProducts());
            Response queued = server.request("/api/v1/forecast/batch").post(Entity.json(Map.of("datasetId", datasetId, "method", "naive",
                    "horizon", 2)));
            Map<String, Object> body = queued.readEntity(JSON);
            assertThat(queued.getStatus()).as("%s", body).isEqualTo(202);
            forecastId = (String) body.get("id");
            awaitCompleted(forecastId);
        }

        @AfterAll
        void stop() {
            if (server != null) {
                server.close();
            }
        }

        void awaitCompleted(String id) throws InterruptedException {
            long end = System.nanoTime() + 120_000_000_000L;
            while (true) {
                Map<String, Object> status = server.request("/api/v1/forecast/status/" + id).get(JSON);
                String state = (String) status.get("state");
                if (!state.equals("queued") && !state.equals("running")) {
                    assertThat(status).containsEntry("state", "completed").containsEntry("done", IDS.size());
                    return;
                }
                if (System.nanoTime() > end) {
                    throw new AssertionError("forecast " + id + " did not end: " + status);
                }
                Thread.sleep(50);
            }
        }

        Map<String, Object> ok(String path) {
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

        List<String> queryForms() {
            return List.of("/api/v1/results/" + forecastId + "/entity", "/api/v1/results/entity/" + datasetId,
                    "/api/v1/preprocessing/" + datasetId + "/entity");
        }

        @Test
        void everyQueryFormReachesIdsWithSlashPercentQuestionMarkHashSpacesCommaAndAccents() {
            for (String id : IDS) {
                String entity = "?entity=" + encoded(id);

                Map<String, Object> result = ok("/api/v1/results/" + forecastId + "/entity" + entity);
                Map<String, Object> latest = ok("/api/v1/results/entity/" + datasetId + entity);
                Map<String, Object> series = ok("/api/v1/preprocessing/" + datasetId + "/entity" + entity);

                assertThat(result).as(id).containsEntry("entityId", id).containsEntry("entityName", id).containsEntry("model", "NAIVE");
                assertThat(latest).as(id).containsEntry("entityId", id);
                assertThat(map(latest.get("forecast")).get("periods")).isEqualTo(List.of("2025-01-01T00:00", "2025-02-01T00:00"));
                assertThat(map(series.get("statistics"))).as(id).containsEntry("entityId", id).containsEntry("observations", 24);
                assertThat((List<?>) series.get("values")).hasSize(24);
            }
        }

        @Test
        void thePreprocessingQueryFormTakesTheColumnsAndFrequencyAsThePathFormDoes() {
            Map<String, Object> quarterly = ok("/api/v1/preprocessing/" + datasetId + "/entity?entity=" + encoded(CHAIRS)
                    + "&frequency=quarterly&entityId=Entity_ID&value=Volume");

            assertThat(quarterly).containsEntry("frequency", "quarterly");
            assertThat((List<?>) quarterly.get("values")).hasSize(8);
            assertThat(ok("/api/v1/preprocessing/" + datasetId + "/entities/" + PLAIN + "?frequency=quarterly")).containsEntry("values",
                    ok("/api/v1/preprocessing/" + datasetId + "/entity?entity=" + PLAIN + "&frequency=quarterly").get("values"));
        }

        @Test
        void thePathFormsStillServeIdsWithoutSlashPercentOrBackslash() {
            for (String id : List.of(PLAIN, NO_SLASH)) {
                String segment = encoded(id);

                assertThat(ok("/api/v1/results/" + forecastId + "/entities/" + segment)).as(id).containsEntry("entityId", id);
                assertThat(ok("/api/v1/results/entity/" + datasetId + "/" + segment)).as(id).containsEntry("entityId", id);
                assertThat(map(ok("/api/v1/preprocessing/" + datasetId + "/entities/" + segment).get("statistics"))).as(id)
                        .containsEntry("entityId", id);
            }
            // The reason the query forms exist: the server refuses an encoded "/", "%" or "\\" in a path segment.
            for (String refused : List.of(CHAIRS, "100%", "a\\b")) {
                error(server.request("/api/v1/results/entity/" + datasetId + "/" + encoded(refused)).get(), 400);
            }
        }

        @Test
        void aMissingOrBlankEntityIsRefusedWith400AndAnUnknownOneIs404() {
            for (String path : queryForms()) {
                assertThat(error(server.request(path).get(), 400).get("message").toString()).as(path).contains("'entity'");
                assertThat(error(server.request(path + "?entity=").get(), 400)).as(path).containsEntry("details", Map.of("parameter", "entity"));
                error(server.request(path + "?entity=%20%09").get(), 400);
                error(server.request(path + "?entity=" + encoded("Folding Chairs, 5/Set")).get(), 404);
            }
            error(server.request("/api/v1/results/00000000-0000-0000-0000-000000000000/entity?entity=" + encoded(CHAIRS)).get(), 404);
        }

        @Test
        void aRecipeWhoseNameHasASlashIsAppliedThroughTheQueryForm() {
            String copy = CsvUpload.dataset(server, "products-copy.csv", monthlyProducts());
            String name = "Quarterly sums / 100% ? #1, Ærø";
            Map<String, Object> saved = server.request("/api/v1/preprocessing/recipes").post(Entity.json(Map.of("name", name,
                    "steps", List.of(Map.of("type", "aggregate", "frequency", "quarterly", "how", "sum")))), JSON);
            assertThat(saved).containsEntry("name", name);

            Map<String, Object> applied = server.request("/api/v1/preprocessing/" + copy + "/recipe/apply?recipe=" + encoded(name))
                    .post(Entity.json(Map.of()), JSON);

            assertThat(applied).containsEntry("version", 2).containsEntry("rows", IDS.size() * 8);
            String recipeQueryForm = "/api/v1/preprocessing/" + copy + "/recipe/apply";
            assertThat(error(server.request(recipeQueryForm).post(Entity.json(Map.of())), 400).get("message").toString()).contains("'recipe'");
            error(server.request(recipeQueryForm + "?recipe=%20").post(Entity.json(Map.of())), 400);
            error(server.request(recipeQueryForm + "?recipe=" + encoded("no/such recipe")).post(Entity.json(Map.of())), 404);
            assertThat(ok("/api/v1/preprocessing/" + copy + "/entities")).containsEntry("frequency", "quarterly");
            assertThat(server.request("/api/v1/datasets/" + copy + "/versions").get(new GenericType<List<Object>>() { }))
                    .as("the refused requests wrote no version").hasSize(2);
        }

        @Test
        void theOpenApiDocumentDescribesTheQueryFormsAndPointsThePathFormsToThem() {
            Map<String, Object> paths = map(server.anonymous("/api/openapi.json").get(JSON).get("paths"));

            for (String queryForm : List.of("/api/v1/results/{id}/entity", "/api/v1/results/entity/{datasetId}",
                    "/api/v1/preprocessing/{datasetId}/entity")) {
                Map<String, Object> get = map(map(paths.get(queryForm)).get("get"));
                assertThat(get.get("description").toString()).as(queryForm).contains("\"/\", \"%\" and \"\\\" included");
                assertThat((List<?>) get.get("parameters")).as(queryForm).anySatisfy(p ->
                        assertThat(map(p)).containsEntry("name", "entity").containsEntry("in", "query").containsEntry("required", true));
                assertThat(map(get.get("responses"))).as(queryForm).containsKeys("200", "400", "404");
            }
            Map<String, Object> recipe = map(map(paths.get("/api/v1/preprocessing/{datasetId}/recipe/apply")).get("post"));
            assertThat((List<?>) recipe.get("parameters")).anySatisfy(p -> assertThat(map(p)).containsEntry("name", "recipe")
                    .containsEntry("required", true));
            for (String[] pathForm : new String[][] {{"/api/v1/results/{id}/entities/{entity}", "get", "/api/v1/results/{id}/entity?entity="},
                    {"/api/v1/results/entity/{datasetId}/{entity}", "get", "/api/v1/results/entity/{datasetId}?entity="},
                    {"/api/v1/preprocessing/{datasetId}/entities/{entity}", "get", "/api/v1/preprocessing/{datasetId}/entity?entity="},
                    {"/api/v1/preprocessing/{datasetId}/recipes/{recipe}/apply", "post", "/api/v1/preprocessing/{datasetId}/recipe/apply?recipe="}}) {
                assertThat(map(map(paths.get(pathForm[0])).get(pathForm[1])).get("description").toString()).as(pathForm[0])
                        .contains("cannot be sent in the path").contains(pathForm[2]);
            }
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
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
            LucentTestServer server = LucentTestServer.start(TestMode.SAAS, dataDir, pluginDir, services.get(), "entity_ids_in_query");
            server.createTenant("acme");
            return server;
        }
    }
}
