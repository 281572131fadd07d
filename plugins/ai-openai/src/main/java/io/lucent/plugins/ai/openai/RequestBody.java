package io.lucent.plugins.ai.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lucent.plugin.api.ai.ChatMessage;
import io.lucent.plugin.api.ai.ChatRequest;
import io.lucent.plugin.api.ai.ResponseFormat;
import java.util.Locale;

/**
 * Writes the JSON body of a {@code POST /chat/completions} request.
 *
 * <p>JSON output is asked for with {@code "response_format": {"type": "json_object"}}. OpenAI refuses JSON
 * mode unless a message mentions JSON, so when none does, a system message asking for a single JSON object
 * is put first. Streaming sets {@code "stream": true} and asks for the token usage in the final chunk
 * ({@code "stream_options": {"include_usage": true}}); services that do not know that option ignore it.
 */
final class RequestBody {

    static final String JSON_INSTRUCTION = "Answer with a single JSON object.";

    private RequestBody() {
    }

    static String write(ObjectMapper json, ChatRequest request, String model, boolean stream) {
        ObjectNode body = json.createObjectNode();
        body.put("model", model);
        ArrayNode messages = body.putArray("messages");
        if (request.format() == ResponseFormat.JSON && !mentionsJson(request)) {
            messages.addObject().put("role", "system").put("content", JSON_INSTRUCTION);
        }
        for (ChatMessage message : request.messages()) {
            messages.addObject().put("role", message.role().name().toLowerCase(Locale.ROOT)).put("content", message.content());
        }
        if (request.temperature() != null) {
            body.put("temperature", request.temperature());
        }
        if (request.maxTokens() != null) {
            body.put("max_tokens", request.maxTokens());
        }
        if (request.format() == ResponseFormat.JSON) {
            body.putObject("response_format").put("type", "json_object");
        }
        if (stream) {
            body.put("stream", true);
            body.putObject("stream_options").put("include_usage", true);
        }
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    private static boolean mentionsJson(ChatRequest request) {
        return request.messages().stream().anyMatch(m -> m.content().toLowerCase(Locale.ROOT).contains("json"));
    }
}
