package io.lucent.platform.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Set;

/** Where plugins come from and which are switched off. */
public class PluginsConfig {

    @NotEmpty
    private String directory = "plugins";

    private Set<String> disabled = Set.of();

    /** The plugins directory; relative paths are resolved against the Lucent home directory. */
    @JsonProperty
    public String getDirectory() {
        return directory;
    }

    @JsonProperty
    public void setDirectory(String directory) {
        this.directory = directory;
    }

    /** Plugin ids not to start. */
    @JsonProperty
    public Set<String> getDisabled() {
        return disabled;
    }

    @JsonProperty
    public void setDisabled(List<String> disabled) {
        this.disabled = Set.copyOf(disabled);
    }
}
