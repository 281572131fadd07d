package io.lucent.platform.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.lucent.platform.datasets.store.S3ProxyServer;
import io.lucent.platform.testing.ExternalServices;
import io.lucent.platform.testing.ExternalServicesExtension;
import io.lucent.platform.testing.LucentTestServer;
import io.lucent.platform.testing.LucentTestServer.TestMode;
import io.lucent.platform.testing.TestPlugins;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** SaaS mode with the datasets in an S3-compatible bucket (s3proxy on loopback): upload, query, delete. */
@ExtendWith(ExternalServicesExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatasetsOnS3IntegrationTest {

    private static final GenericType<Map<String, Object>> JSON = new GenericType<>() { };

    private S3ProxyServer s3;
    private S3Client bucket;
    private LucentTestServer server;

    @BeforeAll
    void start(@TempDir Path temp, Supplier<ExternalServices> services) throws Exception {
        s3 = S3ProxyServer.start(temp.resolve("s3"));
        bucket = s3.client();
        bucket.createBucket(b -> b.bucket("lucent-datasets"));
        server = LucentTestServer.start(TestMode.SAAS, temp.resolve("data"), TestPlugins.copyBundled(temp.resolve("plugins")), services.get(),
                "datasets_s3_it",
                ConfigOverride.config("datasets.store", "s3"),
                ConfigOverride.config("datasets.s3.endpoint", s3.endpoint()),
                ConfigOverride.config("datasets.s3.bucket", "lucent-datasets"),
                ConfigOverride.config("datasets.s3.prefix", "node-shared"),
                ConfigOverride.config("datasets.s3.accessKey", S3ProxyServer.ACCESS_KEY),
                ConfigOverride.config("datasets.s3.secretKey", S3ProxyServer.SECRET_KEY),
                ConfigOverride.config("datasets.s3.cacheDirectory", temp.resolve("cache").toString()));
        server.createTenant("acme");
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
        if (bucket != null) {
            bucket.close();
        }
        if (s3 != null) {
            s3.close();
        }
    }

    private List<String> keys() {
        return bucket.listObjectsV2Paginator(b -> b.bucket("lucent-datasets").prefix("node-shared/")).contents().stream()
                .map(S3Object::key).filter(k -> !k.endsWith("/")).toList();
    }

    @Test
    void keepsDatasetsAndDerivedResultsInTheBucketUnderTheTenantsPrefix() {
        Response response = server.request("/api/v1/datasets").post(MultipartBody.file("sales.csv",
                "day,units\n2024-01-01,3\n2024-01-02,5\n2024-01-03,\n").entity());
        Map<String, Object> dataset = response.readEntity(JSON);
        assertThat(response.getStatus()).as("%s", dataset).isEqualTo(201);
        String id = (String) dataset.get("id");
        assertThat(keys()).singleElement().satisfies(k -> assertThat(k).startsWith("node-shared/tenants/acme/datasets/" + id + "/v1-"));

        Map<String, Object> preview = server.request("/api/v1/datasets/" + id + "/preview?sort=-units").get(JSON);
        assertThat(preview.get("total")).isEqualTo(3);
        Map<String, Object> summary = server.request("/api/v1/datasets/" + id + "/summary").get(JSON);
        assertThat(summary.get("rowCount")).isEqualTo(3);
        assertThat(keys()).anySatisfy(k -> assertThat(k).startsWith("node-shared/tenants/acme/derived/").endsWith("/summary-v1.json"));

        assertThat(server.request("/api/v1/datasets/" + id).delete().getStatus()).isEqualTo(204);
        assertThat(keys()).isEmpty();
    }
}
