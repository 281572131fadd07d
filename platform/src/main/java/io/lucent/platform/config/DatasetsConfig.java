package io.lucent.platform.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * Datasets: where their Parquet versions are stored (a local directory or an S3-compatible bucket), how long
 * they are kept, and the DuckDB resources a query may use. Their limits (file size, rows, datasets) are the
 * tenant's, under {@code tenancy.plans}.
 */
public class DatasetsConfig {

    /** Which dataset store to use. */
    public enum StoreType {
        LOCAL,
        S3
    }

    /** Whether datasets stay until deleted, or go after a time without use. */
    public enum Retention {
        PERSISTENT,
        SESSION
    }

    /** What an import does with rows the connector could not read. */
    public enum BadRows {
        REJECT,
        SKIP
    }

    @NotNull
    private StoreType store = StoreType.LOCAL;

    /** The local store's directory; blank means {@code datasets} under the data directory. */
    private String directory = "";

    @Valid
    @NotNull
    private S3Config s3 = new S3Config();

    @NotNull
    private Retention retention = Retention.PERSISTENT;

    @Min(1)
    private long sessionIdleMinutes = 60;

    @NotNull
    private BadRows badRows = BadRows.REJECT;

    @NotEmpty
    private String queryMemoryLimit = "512MB";

    @Min(1)
    @Max(64)
    private int queryThreads = 2;

    private boolean seedSample = false;

    @JsonProperty
    public StoreType getStore() {
        return store;
    }

    @JsonProperty
    public void setStore(StoreType store) {
        this.store = store;
    }

    @JsonProperty
    public String getDirectory() {
        return directory;
    }

    @JsonProperty
    public void setDirectory(String directory) {
        this.directory = directory == null ? "" : directory;
    }

    @JsonProperty
    public S3Config getS3() {
        return s3;
    }

    @JsonProperty
    public void setS3(S3Config s3) {
        this.s3 = s3;
    }

    @JsonProperty
    public Retention getRetention() {
        return retention;
    }

    @JsonProperty
    public void setRetention(Retention retention) {
        this.retention = retention;
    }

    /** With session retention: minutes without use after which a dataset and its derived results are deleted. */
    @JsonProperty
    public long getSessionIdleMinutes() {
        return sessionIdleMinutes;
    }

    @JsonProperty
    public void setSessionIdleMinutes(long sessionIdleMinutes) {
        this.sessionIdleMinutes = sessionIdleMinutes;
    }

    /** The default policy for unreadable rows; an upload may choose otherwise. */
    @JsonProperty
    public BadRows getBadRows() {
        return badRows;
    }

    @JsonProperty
    public void setBadRows(BadRows badRows) {
        this.badRows = badRows;
    }

    /** DuckDB memory limit of one user-facing query, e.g. {@code 512MB}. */
    @JsonProperty
    public String getQueryMemoryLimit() {
        return queryMemoryLimit;
    }

    @JsonProperty
    public void setQueryMemoryLimit(String queryMemoryLimit) {
        this.queryMemoryLimit = queryMemoryLimit;
    }

    /** DuckDB threads of one query. */
    @JsonProperty
    public int getQueryThreads() {
        return queryThreads;
    }

    @JsonProperty
    public void setQueryThreads(int queryThreads) {
        this.queryThreads = queryThreads;
    }

    /** Whether to create the generated sample dataset at start-up for a tenant that has no datasets (local mode). */
    @JsonProperty
    public boolean isSeedSample() {
        return seedSample;
    }

    @JsonProperty
    public void setSeedSample(boolean seedSample) {
        this.seedSample = seedSample;
    }

    /** An S3-compatible bucket; credentials come from the environment. */
    public static class S3Config {
        private String endpoint = "";
        private String region = "us-east-1";
        private String bucket = "";
        private String prefix = "";
        private String accessKey = "";
        private String secretKey = "";
        private boolean pathStyle = true;
        /** The local cache in front of the bucket; blank means {@code dataset-cache} under the data directory. */
        private String cacheDirectory = "";

        @JsonProperty
        public String getEndpoint() {
            return endpoint;
        }

        @JsonProperty
        public void setEndpoint(String endpoint) {
            this.endpoint = endpoint == null ? "" : endpoint;
        }

        @JsonProperty
        public String getRegion() {
            return region;
        }

        @JsonProperty
        public void setRegion(String region) {
            this.region = region;
        }

        @JsonProperty
        public String getBucket() {
            return bucket;
        }

        @JsonProperty
        public void setBucket(String bucket) {
            this.bucket = bucket == null ? "" : bucket;
        }

        @JsonProperty
        public String getPrefix() {
            return prefix;
        }

        @JsonProperty
        public void setPrefix(String prefix) {
            this.prefix = prefix == null ? "" : prefix;
        }

        @JsonProperty
        public String getAccessKey() {
            return accessKey;
        }

        @JsonProperty
        public void setAccessKey(String accessKey) {
            this.accessKey = accessKey == null ? "" : accessKey;
        }

        @JsonProperty
        public String getSecretKey() {
            return secretKey;
        }

        @JsonProperty
        public void setSecretKey(String secretKey) {
            this.secretKey = secretKey == null ? "" : secretKey;
        }

        @JsonProperty
        public boolean isPathStyle() {
            return pathStyle;
        }

        @JsonProperty
        public void setPathStyle(boolean pathStyle) {
            this.pathStyle = pathStyle;
        }

        @JsonProperty
        public String getCacheDirectory() {
            return cacheDirectory;
        }

        @JsonProperty
        public void setCacheDirectory(String cacheDirectory) {
            this.cacheDirectory = cacheDirectory == null ? "" : cacheDirectory;
        }
    }
}
