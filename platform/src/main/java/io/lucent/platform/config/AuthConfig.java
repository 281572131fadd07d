package io.lucent.platform.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Authentication. SaaS mode: token signing (the secret comes from the environment or a file, never from the
 * repository) and token lifetimes. Local mode: an optional password.
 */
public class AuthConfig {

    private String jwtSecret = "";
    private String jwtSecretFile = "";
    private String issuer = "lucent";
    @Min(1)
    @Max(15)
    private int accessTokenMinutes = 15;
    @Min(1)
    @Max(30)
    private int refreshTokenDays = 7;
    private String localPassword = "";

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

    /** Lifetime of an access token, at most 15 minutes. */
    @JsonProperty
    public int getAccessTokenMinutes() {
        return accessTokenMinutes;
    }

    @JsonProperty
    public void setAccessTokenMinutes(int accessTokenMinutes) {
        this.accessTokenMinutes = accessTokenMinutes;
    }

    /** Lifetime of a refresh token (and of its rotation family). */
    @JsonProperty
    public int getRefreshTokenDays() {
        return refreshTokenDays;
    }

    @JsonProperty
    public void setRefreshTokenDays(int refreshTokenDays) {
        this.refreshTokenDays = refreshTokenDays;
    }

    /**
     * Local mode only: when not blank, every request must send it as HTTP Basic credentials (any user name) or
     * as {@code Authorization: Bearer <password>}. Blank (the default): no login on the loopback-bound server.
     */
    @JsonProperty
    public String getLocalPassword() {
        return localPassword;
    }

    @JsonProperty
    public void setLocalPassword(String localPassword) {
        this.localPassword = localPassword == null ? "" : localPassword;
    }
}
