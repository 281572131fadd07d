package io.lucent.platform.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Redis, used in SaaS mode for state that may be lost (revocations, rate limits, progress, caches). */
public class RedisConfig {

    private String url = "";

    /** A redis:// or rediss:// URL, possibly with credentials. */
    @JsonProperty
    public String getUrl() {
        return url;
    }

    @JsonProperty
    public void setUrl(String url) {
        this.url = url == null ? "" : url;
    }
}
