package io.lucent.platform.datasets.store;

import io.lucent.platform.config.DatasetsConfig;
import io.lucent.platform.errors.LucentException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A dataset store in an S3-compatible bucket (AWS S3, MinIO, Ceph, ...), for SaaS on several nodes. Parquet
 * files are immutable, so a local cache directory in front of the bucket never goes stale: a file is downloaded
 * once per node and DuckDB reads the local copy. Thread-safe.
 */
public final class S3DatasetStore implements DatasetStore, AutoCloseable {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final LocalDatasetStore cache;

    S3DatasetStore(S3Client s3, String bucket, String prefix, Path cacheDirectory) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
        this.cache = LocalDatasetStore.cache(cacheDirectory);
    }

    /** A store for the configured bucket; credentials from the config, else the AWS default chain. */
    public static S3DatasetStore create(DatasetsConfig.S3Config config, Path cacheDirectory) {
        if (config.getBucket().isBlank()) {
            throw new IllegalStateException("datasets.store is s3 but datasets.s3.bucket is empty: set LUCENT_S3_BUCKET");
        }
        var builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(config.getRegion()))
                // Checksums only where S3 requires them: many S3-compatible servers reject the SDK's default trailing checksums.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(config.isPathStyle()).build());
        if (!config.getEndpoint().isBlank()) {
            builder.endpointOverride(URI.create(config.getEndpoint()));
        }
        if (!config.getAccessKey().isBlank()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(config.getAccessKey(), config.getSecretKey())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return new S3DatasetStore(builder.build(), config.getBucket(), config.getPrefix(), cacheDirectory);
    }

    @Override
    public void put(String key, Path file) {
        s3.putObject(b -> b.bucket(bucket).key(prefix + key), RequestBody.fromFile(file));
        cache.put(key, file);
    }

    /** Uploads the file, then moves it into the local cache. */
    @Override
    public void putMoving(String key, Path file) {
        s3.putObject(b -> b.bucket(bucket).key(prefix + key), RequestBody.fromFile(file));
        cache.putMoving(key, file);
    }

    @Override
    public void putBytes(String key, byte[] content) {
        s3.putObject(b -> b.bucket(bucket).key(prefix + key), RequestBody.fromBytes(content));
    }

    @Override
    public Optional<byte[]> getBytes(String key) {
        try {
            return Optional.of(s3.getObjectAsBytes(b -> b.bucket(bucket).key(prefix + key)).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public Path localFile(String key) {
        try {
            return cache.localFile(key);
        } catch (LucentException notCached) {
            return download(key);
        }
    }

    private synchronized Path download(String key) {
        try {
            return cache.localFile(key);
        } catch (LucentException notCached) {
            Path partial = null;
            try {
                partial = Files.createTempFile("lucent-s3-", ".part");
                Files.delete(partial);
                s3.getObject(b -> b.bucket(bucket).key(prefix + key), ResponseTransformer.toFile(partial));
                cache.put(key, partial);
                return cache.localFile(key);
            } catch (NoSuchKeyException e) {
                throw LucentException.notFound("Stored file", key);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Cannot download " + key, e);
            } finally {
                if (partial != null) {
                    try {
                        Files.deleteIfExists(partial);
                    } catch (java.io.IOException e) {
                        // A leftover temp file; the OS cleans its temp directory.
                    }
                }
            }
        }
    }

    @Override
    public void deletePrefix(String keyPrefix) {
        // One request per object: a prefix holds a few versions and results, and multi-object delete needs checksum
        // headers that not every S3-compatible server implements.
        for (String key : list(keyPrefix)) {
            s3.deleteObject(b -> b.bucket(bucket).key(prefix + key));
        }
        cache.deletePrefix(keyPrefix);
    }

    /** Removes the local cache's files under {@code keyPrefix} (the bucket's objects were deleted by another node). */
    @Override
    public void forgetLocalCopies(String keyPrefix) {
        cache.deletePrefix(keyPrefix);
    }

    @Override
    public List<String> list(String keyPrefix) {
        List<String> keys = new ArrayList<>();
        ListObjectsV2Request request = ListObjectsV2Request.builder().bucket(bucket).prefix(prefix + keyPrefix).build();
        for (S3Object object : s3.listObjectsV2Paginator(request).contents()) {
            if (!object.key().endsWith("/")) {
                keys.add(object.key().substring(prefix.length()));
            }
        }
        keys.sort(null);
        return keys;
    }

    @Override
    public void close() {
        s3.close();
    }
}
