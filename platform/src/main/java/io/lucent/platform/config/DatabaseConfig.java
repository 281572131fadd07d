package io.lucent.platform.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The metadata database. In local mode only {@code url} may be set (default: SQLite in the data directory);
 * in SaaS mode url, user and password point at PostgreSQL.
 */
public class DatabaseConfig {

    private String url = "";
    private String user = "";
    private String password = "";
    private int maxPoolSize = 16;

    /** JDBC URL; empty means the mode's default. */
    @JsonProperty
    public String getUrl() {
        return url;
    }

    @JsonProperty
    public void setUrl(String url) {
        this.url = url == null ? "" : url;
    }

    @JsonProperty
    public String getUser() {
        return user;
    }

    @JsonProperty
    public void setUser(String user) {
        this.user = user == null ? "" : user;
    }

    /** The password; never logged. */
    @JsonProperty
    public String getPassword() {
        return password;
    }

    @JsonProperty
    public void setPassword(String password) {
        this.password = password == null ? "" : password;
    }

    @JsonProperty
    public int getMaxPoolSize() {
        return maxPoolSize;
    }

    @JsonProperty
    public void setMaxPoolSize(int maxPoolSize) {
        this.maxPoolSize = maxPoolSize;
    }
}
