package io.lucent.platform.datasets.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lucent.platform.config.DatasetsConfig;
import io.lucent.platform.errors.LucentException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/** The S3 dataset store against a real S3-compatible server (s3proxy) on loopback. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3DatasetStoreTest {

    private static final String HASH = "a".repeat(64);

    private S3ProxyServer server;
    private S3Client admin;

    @BeforeAll
    void start(@TempDir Path work) throws Exception {
        server = S3ProxyServer.start(work);
        admin = server.client();
        admin.createBucket(b -> b.bucket("datasets"));
    }

    @AfterAll
    void stop() {
        if (admin != null) {
            admin.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private S3DatasetStore store(Path cache, String prefix) {
        DatasetsConfig.S3Config config = new DatasetsConfig.S3Config();
        config.setEndpoint(server.endpoint());
        config.setBucket("datasets");
        config.setPrefix(prefix);
        config.setAccessKey(S3ProxyServer.ACCESS_KEY);
        config.setSecretKey(S3ProxyServer.SECRET_KEY);
        return S3DatasetStore.create(config, cache);
    }

    @Test
    void storesFilesUnderTheTenantPrefixAndServesThemFromAFreshCacheOnAnotherNode(@TempDir Path temp) throws Exception {
        Path file = Files.writeString(temp.resolve("v1.parquet"), "parquet bytes");
        String key = StoreKeys.version("acme", "0f8fad5b-d9cb-469f-a165-70867728950e", 1, HASH);
        try (S3DatasetStore nodeA = store(temp.resolve("cache-a"), "lucent/");
             S3DatasetStore nodeB = store(temp.resolve("cache-b"), "lucent/")) {
            nodeA.put(key, file);
            assertThat(admin.headObject(b -> b.bucket("datasets").key("lucent/" + key)).contentLength()).isEqualTo(13);

            Path onB = nodeB.localFile(key);
            assertThat(onB).startsWith(temp.resolve("cache-b"));
            assertThat(Files.readString(onB)).isEqualTo("parquet bytes");
            assertThat(nodeB.list(StoreKeys.tenant("acme"))).containsExactly(key);
            assertThat(nodeB.list(StoreKeys.tenant("globex"))).isEmpty();
        }
    }

    @Test
    void keepsDerivedResultsAndDeletesEverythingUnderAPrefix(@TempDir Path temp) throws Exception {
        Path file = Files.writeString(temp.resolve("v1.parquet"), "data");
        String dataset = "5b6d7e1a-0c1f-4a43-9d43-3a2f2b1e9c10";
        String version = StoreKeys.version("initech", dataset, 1, HASH);
        String summary = StoreKeys.derived("initech", HASH, "summary-v1");
        try (S3DatasetStore store = store(temp.resolve("cache"), "")) {
            store.put(version, file);
            store.putBytes(summary, "{\"rowCount\":1}".getBytes(StandardCharsets.UTF_8));
            assertThat(store.getBytes(summary)).hasValueSatisfying(b -> assertThat(new String(b, StandardCharsets.UTF_8)).contains("rowCount"));
            assertThat(store.getBytes(StoreKeys.derived("initech", HASH, "missing-v1"))).isEmpty();

            store.deletePrefix(StoreKeys.dataset("initech", dataset));
            store.deletePrefix(StoreKeys.derivedPrefix("initech", HASH));
            assertThat(store.list(StoreKeys.tenant("initech"))).isEmpty();
            assertThat(Files.exists(temp.resolve("cache").resolve(version))).isFalse();
            assertThatThrownBy(() -> store.localFile(version)).isInstanceOf(LucentException.class).hasMessageContaining("does not exist");
        }
    }
}
