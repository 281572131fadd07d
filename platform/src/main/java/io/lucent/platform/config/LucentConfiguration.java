package io.lucent.platform.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;

/**
 * The whole Lucent configuration, bound from {@code config/local.yml} or {@code config/saas.yml}. Environment
 * variables are substituted into the file ({@code ${LUCENT_PORT:-8080}}), so operators override per machine.
 */
public class LucentConfiguration extends Configuration {

    @NotNull
    private DeploymentMode mode = DeploymentMode.LOCAL;

    @NotEmpty
    private String dataDirectory = "~/.lucent";

    @Valid
    @NotNull
    private PluginsConfig plugins = new PluginsConfig();

    @Valid
    @NotNull
    private DatabaseConfig database = new DatabaseConfig();

    @Valid
    @NotNull
    private RedisConfig redis = new RedisConfig();

    @Valid
    @NotNull
    private AuthConfig auth = new AuthConfig();

    @Valid
    @NotNull
    private SmtpConfig smtp = new SmtpConfig();

    @Valid
    @NotNull
    private TenancyConfig tenancy = new TenancyConfig();

    @Valid
    @NotNull
    private DatasetsConfig datasets = new DatasetsConfig();

    @Valid
    @NotNull
    private JobsConfig jobs = new JobsConfig();

    @JsonProperty
    public DeploymentMode getMode() {
        return mode;
    }

    @JsonProperty
    public void setMode(DeploymentMode mode) {
        this.mode = mode;
    }

    /** Where local data lives; {@code ~} is the user's home. */
    @JsonProperty
    public String getDataDirectory() {
        return dataDirectory;
    }

    @JsonProperty
    public void setDataDirectory(String dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    @JsonProperty
    public PluginsConfig getPlugins() {
        return plugins;
    }

    @JsonProperty
    public void setPlugins(PluginsConfig plugins) {
        this.plugins = plugins;
    }

    @JsonProperty
    public DatabaseConfig getDatabase() {
        return database;
    }

    @JsonProperty
    public void setDatabase(DatabaseConfig database) {
        this.database = database;
    }

    @JsonProperty
    public RedisConfig getRedis() {
        return redis;
    }

    @JsonProperty
    public void setRedis(RedisConfig redis) {
        this.redis = redis;
    }

    @JsonProperty
    public AuthConfig getAuth() {
        return auth;
    }

    @JsonProperty
    public void setAuth(AuthConfig auth) {
        this.auth = auth;
    }

    @JsonProperty
    public SmtpConfig getSmtp() {
        return smtp;
    }

    @JsonProperty
    public void setSmtp(SmtpConfig smtp) {
        this.smtp = smtp;
    }

    @JsonProperty
    public DatasetsConfig getDatasets() {
        return datasets;
    }

    @JsonProperty
    public void setDatasets(DatasetsConfig datasets) {
        this.datasets = datasets;
    }

    @JsonProperty
    public TenancyConfig getTenancy() {
        return tenancy;
    }

    @JsonProperty
    public void setTenancy(TenancyConfig tenancy) {
        this.tenancy = tenancy;
    }

    @JsonProperty
    public JobsConfig getJobs() {
        return jobs;
    }

    @JsonProperty
    public void setJobs(JobsConfig jobs) {
        this.jobs = jobs;
    }

    /** The data directory as a path, with {@code ~} expanded. */
    public Path dataPath() {
        return LucentHome.expand(dataDirectory);
    }

    /** The plugins directory as a path, relative ones resolved against the Lucent home. */
    public Path pluginsPath() {
        return LucentHome.resolve(plugins.getDirectory());
    }
}
