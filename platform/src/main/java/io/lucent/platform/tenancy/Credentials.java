package io.lucent.platform.tenancy;

/**
 * The credentials a request presents, as raw header values (each null when absent).
 *
 * @param authorization the {@code Authorization} header
 * @param apiKey        the {@code X-API-Key} header
 */
public record Credentials(String authorization, String apiKey) {

    /** The header that carries an API key, as an alternative to {@code Authorization: Bearer lk_...}. */
    public static final String API_KEY_HEADER = "X-API-Key";

    public boolean isEmpty() {
        return (authorization == null || authorization.isBlank()) && (apiKey == null || apiKey.isBlank());
    }
}
