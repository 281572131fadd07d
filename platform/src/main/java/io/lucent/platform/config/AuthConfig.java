package io.lucent.platform.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Token signing in SaaS mode. The secret comes from the environment or a file, never from the repository. */
public class AuthConfig {

    private String jwtSecret = "";
    private String jwtSecretFile = "";
    private String issuer = "lucent";

    /** The HMAC secret for access tokens, at least 32 bytes. */
    @JsonProperty
    public String getJwtSecret() {
        return jwtSecret;
    }

    @JsonProperty
    public void setJwtSecret(String jwtSecret) {
        this.jwtSecret = jwtSecret == null ? "" : jwtSecret;
    }

    /** A file holding the secret; used when {@link #getJwtSecret()} is empty. */
    @JsonProperty
    public String getJwtSecretFile() {
        return jwtSecretFile;
    }

    @JsonProperty
    public void setJwtSecretFile(String jwtSecretFile) {
        this.jwtSecretFile = jwtSecretFile == null ? "" : jwtSecretFile;
    }

    @JsonProperty
    public String getIssuer() {
        return issuer;
    }

    @JsonProperty
    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }
}
