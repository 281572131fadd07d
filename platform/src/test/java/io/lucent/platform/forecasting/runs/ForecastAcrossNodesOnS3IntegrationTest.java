package io.lucent.platform.forecasting.runs;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.lucent.platform.datasets.store.S3ProxyServer;
import io.lucent.platform.testing.ExternalServices;
import io.lucent.platform.testing.ExternalServicesExtension;
import io.lucent.platform.testing.LucentTestServer;
import io.lucent.platform.testing.LucentTestServer.TestMode;
import io.lucent.platform.testing.TestPlugins;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SaaS deployment of two nodes that share nothing but PostgreSQL, Redis and an S3 bucket: an API node that runs
 * no jobs takes the upload and the batch; a worker node, with its own disk, reads the dataset from the bucket, runs
 * every entity, and the API node answers with the results. Deleting the dataset on the API node then removes it
 * from the bucket and from the worker's cache (told through Redis), with its forecasts.
 */
@ExtendWith(ExternalServicesExtension.class)
class ForecastAcrossNodesOnS3IntegrationTest {

    private static final GenericType<Map<String, Object>> JSON = new GenericType<>() { };
    private static final List<String> ENTITIES = List.of("North", "South", "East", "West");

    @TempDir
    Path directory;

    @Test
    void aWorkerNodeForecastsADatasetUploadedThroughAnotherNodeAndForgetsItWhenItIsDeletedThere(Supplier<ExternalServices> services) throws Exception {
        try (S3ProxyServer s3 = S3ProxyServer.start(directory.resolve("s3"));
             var bucket = s3.client()) {
            bucket.createBucket(b -> b.bucket("lucent-datasets"));
            try (LucentTestServer api = LucentTestServer.start(TestMode.SAAS, directory.resolve("api"),
                    TestPlugins.copyBundled(directory.resolve("api-plugins")), services.get(), "forecast_across_nodes",
                    onS3(s3, "api-cache", ConfigOverride.config("jobs.runWorkers", "false")));
                 LucentTestServer worker = LucentTestServer.startNode(api, directory.resolve("worker"),
                         TestPlugins.copyBundled(directory.resolve("worker-plugins")), services.get(),
                         onS3(s3, "worker-cache", ConfigOverride.config("jobs.runWorkers", "true")))) {
                api.createTenant("acme");
                String datasetId = CsvUpload.dataset(api, "regions.csv", monthlySales());
                assertThat(files(directory.resolve("worker-cache"))).as("the worker has not seen the dataset yet").isEmpty();

                Response submitted = api.request("/api/v1/forecast/batch")
                        .post(Entity.json(Map.of("datasetId", datasetId, "method", "ets", "horizon", 6)));
                Map<String, Object> queued = submitted.readEntity(JSON);
                assertThat(submitted.getStatus()).as("%s", queued).isEqualTo(202);
                Map<String, Object> status = awaitEnd(api, (String) queued.get("id"));

                assertThat(status).containsEntry("state", "completed").containsEntry("done", ENTITIES.size()).containsEntry("failed", 0);
                for (String entity : ENTITIES) {
                    Map<String, Object> result = api.request("/api/v1/results/entity/" + datasetId + "/" + entity).get(JSON);
                    assertThat(result).containsEntry("entityId", entity);
                    assertThat((List<?>) ((Map<?, ?>) result.get("forecast")).get("point")).hasSize(6);
                }
                assertThat(files(directory.resolve("worker-cache"))).as("the worker read the dataset from the bucket")
                        .anySatisfy(f -> assertThat(f).contains(datasetId).endsWith(".parquet"));
                assertThat(files(directory.resolve("worker"))).as("nothing of the dataset on the worker's own data directory")
                        .noneSatisfy(f -> assertThat(f).contains(datasetId));

                assertThat(api.request("/api/v1/datasets/" + datasetId).delete().getStatus()).isEqualTo(204);

                assertThat(bucket.listObjectsV2(b -> b.bucket("lucent-datasets").prefix("deployment")).contents())
                        .as("the bucket keeps nothing of the dataset").noneSatisfy(o -> assertThat(o.key()).contains(datasetId));
                long end = System.nanoTime() + 30_000_000_000L;
                while (files(directory.resolve("worker-cache")).stream().anyMatch(f -> f.contains(datasetId)) && System.nanoTime() < end) {
                    Thread.sleep(20);
                }
                assertThat(files(directory.resolve("worker-cache"))).as("the worker dropped its cached copy")
                        .noneSatisfy(f -> assertThat(f).contains(datasetId));
                assertThat(worker.request("/api/v1/results/entity/" + datasetId + "/North").get().getStatus()).isEqualTo(404);
            }
        }
    }

    /** The overrides of a node using the shared bucket, with its own cache directory and whether it runs jobs. */
    private ConfigOverride[] onS3(S3ProxyServer s3, String cache, ConfigOverride workers) {
        return new ConfigOverride[] {
            workers,
            ConfigOverride.config("datasets.store", "s3"),
            ConfigOverride.config("datasets.s3.endpoint", s3.endpoint()),
            ConfigOverride.config("datasets.s3.bucket", "lucent-datasets"),
            ConfigOverride.config("datasets.s3.prefix", "deployment"),
            ConfigOverride.config("datasets.s3.accessKey", S3ProxyServer.ACCESS_KEY),
            ConfigOverride.config("datasets.s3.secretKey", S3ProxyServer.SECRET_KEY),
            ConfigOverride.config("datasets.s3.cacheDirectory", directory.resolve(cache).toString())
        };
    }

    private Map<String, Object> awaitEnd(LucentTestServer api, String id) throws InterruptedException {
        long end = System.nanoTime() + 120_000_000_000L;
        Map<String, Object> status = api.request("/api/v1/forecast/status/" + id).get(JSON);
        while (List.of("queued", "running").contains(status.get("state")) && System.nanoTime() < end) {
            Thread.sleep(100);
            status = api.request("/api/v1/forecast/status/" + id).get(JSON);
        }
        return status;
    }

    private static List<String> files(Path root) throws Exception {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(Path::toString).toList();
        }
    }

    /** Three years of monthly sales per region, seasonal with a trend. */
    private static byte[] monthlySales() {
        StringBuilder csv = new StringBuilder("Date,Entity_ID,Volume\n");
        for (int e = 0; e < ENTITIES.size(); e++) {
            for (int m = 0; m < 36; m++) {
                double volume = 100 + 10 * e + 2 * m + 15 * Math.sin(2 * Math.PI * m / 12.0);
                csv.append(LocalDate.of(2022, 1, 1).plusMonths(m)).append(',').append(ENTITIES.get(e)).append(',')
                        .append(Math.round(volume * 10) / 10.0).append('\n');
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
