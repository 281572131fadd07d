package io.lucent.plugins.ai.openai;

import com.sun.net.httpserver.HttpExchange;
import io.lucent.plugin.testkit.AiProviderContract;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** The AI-provider contract against the built plugin zip and a loopback server speaking the OpenAI protocol. */
class OpenAiProviderIT extends AiProviderContract {

    @Override
    protected String extensionId() {
        return "openai";
    }

    @Override
    protected Map<String, Object> settingsFor(URI baseUrl) {
        // No retries: the contract's failures are permanent, and waiting for them would only slow the build.
        return Map.of("baseUrl", baseUrl + "/v1", "apiKey", "sk-contract-secret", "model", "test-model", "maxRetries", 0);
    }

    @Override
    protected Optional<Map<String, Object>> settingsWithShortTimeout(URI baseUrl) {
        return Optional.of(Map.of("baseUrl", baseUrl + "/v1", "apiKey", "sk-contract-secret", "model", "test-model",
                "maxRetries", 0, "requestTimeoutSeconds", 1));
    }

    @Override
    protected void writeAnswer(HttpExchange exchange, String requestBody, String content) throws IOException {
        if (!requestBody.contains("\"stream\":true")) {
            writeJson(exchange, 200, "{\"model\":\"test-model\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                    + "\"content\":" + jsonString(content) + "},\"finish_reason\":\"stop\"}],"
                    + "\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":5}}");
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            int middle = content.length() / 2;
            for (String piece : new String[] {content.substring(0, middle), content.substring(middle)}) {
                send(out, "{\"model\":\"test-model\",\"choices\":[{\"index\":0,\"delta\":{\"content\":" + jsonString(piece) + "}}]}");
            }
            send(out, "{\"model\":\"test-model\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}");
            send(out, "[DONE]");
        }
    }

    private static void send(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
