package io.lucent.plugins.ai.openai;

import io.lucent.plugin.api.PluginException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

/**
 * Turns failed exchanges into {@link PluginException}s with a kind and a message for the user: 401 and 403
 * are AUTHENTICATION_FAILED, 429 LIMIT_EXCEEDED, timeouts TIMEOUT, anything else EXTERNAL_FAILURE. Messages
 * carry the service's own explanation and never the API key (any occurrence is masked).
 */
final class ServiceFailures {

    private ServiceFailures() {
    }

    static PluginException ofStatus(int status, String serviceMessage, OpenAiSettings settings) {
        String detail = serviceMessage.isBlank() ? "" : ": " + mask(serviceMessage, settings);
        return switch (status) {
            case 401, 403 -> new PluginException(PluginException.Kind.AUTHENTICATION_FAILED,
                    "The AI service at " + settings.baseUrl() + " refused the credentials (HTTP " + status + ")" + detail
                            + ". Check the API key.");
            case 429 -> new PluginException(PluginException.Kind.LIMIT_EXCEEDED,
                    "The AI service's rate limit or quota was reached (HTTP 429)" + detail + ". Try again later.");
            default -> new PluginException(PluginException.Kind.EXTERNAL_FAILURE,
                    "The AI service at " + settings.baseUrl() + " failed (HTTP " + status + ")" + detail);
        };
    }

    static PluginException timeout(OpenAiSettings settings) {
        return new PluginException(PluginException.Kind.TIMEOUT, "The AI service at " + settings.baseUrl()
                + " did not answer within " + settings.requestTimeout().toSeconds() + " seconds.");
    }

    static PluginException ofException(IOException e, OpenAiSettings settings) {
        if (e instanceof HttpConnectTimeoutException) {
            return new PluginException(PluginException.Kind.TIMEOUT, "Could not connect to the AI service at "
                    + settings.baseUrl() + " within " + settings.connectTimeout().toSeconds() + " seconds.", e);
        }
        if (e instanceof HttpTimeoutException) {
            return new PluginException(PluginException.Kind.TIMEOUT, timeout(settings).getMessage(), e);
        }
        if (e instanceof ConnectException) {
            return new PluginException(PluginException.Kind.EXTERNAL_FAILURE, "Could not connect to the AI service at "
                    + settings.baseUrl() + ". Check the base URL and that the service is running.", e);
        }
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : mask(e.getMessage(), settings);
        return new PluginException(PluginException.Kind.EXTERNAL_FAILURE,
                "The connection to the AI service at " + settings.baseUrl() + " failed: " + reason, e);
    }

    static String mask(String text, OpenAiSettings settings) {
        return settings.apiKey().map(key -> text.replace(key, "***")).orElse(text);
    }
}
